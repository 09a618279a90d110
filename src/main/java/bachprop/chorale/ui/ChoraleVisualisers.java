package bachprop.chorale.ui;

import bachprop.chorale.ExperimentCache;
import bachprop.chorale.NoteEmbedding;
import bachprop.chorale.SeedExperiment;
import bachprop.chorale.mlp.Trainer;
import bachprop.chorale.plot.Charts;
import bachprop.chorale.plot.CostCurveModel;
import bachprop.chorale.plot.OutputBarsModel;
import bachprop.chorale.plot.PianoRollModel;
import bachprop.music.Note;
import bachprop.viz.Visualiser;
import bachprop.viz.common.Options;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * The chapter-7 visualisers, each a model from {@code bachprop.chorale.plot} plus a {@link ChartView}:
 * <ul>
 *   <li>{@code cost-curve}: cost against training (Figure 9); each step shows one more epoch; with
 *       {@code live: true} training runs in the background and the curve grows as it goes;</li>
 *   <li>{@code output-bars}: the pitch probabilities of four output notes (Figure 10); step 0
 *       before training, step 1 before and after;</li>
 *   <li>{@code piano-roll}: the opening and a sampled continuation (Figure 11) with Bach's own as
 *       outlines; each step reveals one more generated note; {@code when: before|after}.</li>
 * </ul>
 * Options shared by all three: hidden, eta, epochs (default 10), init (standard|scaled|both),
 * seed, dataset (auto|jsb|uci|builtin), data, theme (standard|projector: the chart light on black).
 */
public final class ChoraleVisualisers {
    private ChoraleVisualisers() {}

    /** The option names of the three: those of the experiment ({@link ExperimentCache#OPTIONS}) and the view's own. */
    public static String[] options(String... viewOptions) {
        List<String> all = new ArrayList<>(ExperimentCache.OPTIONS);
        all.addAll(Arrays.asList(viewOptions));
        return all.toArray(String[]::new);
    }

    public static Visualiser costCurve(Map<String, String> options) {
        return new CostCurve(options);
    }

    public static Visualiser outputBars(Map<String, String> options) {
        return new OutputBars(options);
    }

    public static Visualiser pianoRoll(Map<String, String> options) {
        return new PianoRoll(options);
    }

    /** Shared stepping over 0..last. */
    private abstract static class Stepper implements Visualiser {
        protected int step;
        protected ChartView view;
        protected boolean dark;

        /** The {@code theme} option: projector draws the chart light on black. */
        void theme(Options options) {
            dark = options.theme().dark();
        }

        abstract int last();

        abstract ChartView makeView();

        @Override
        public Node view() {
            if (view == null) {
                view = makeView();
            }
            return view;
        }

        void changed() {
            if (view != null) {
                view.invalidate();
            }
        }

        @Override
        public boolean stepForward() {
            if (step >= last()) {
                return false;
            }
            step++;
            changed();
            return true;
        }

        @Override
        public boolean stepBack() {
            if (step <= 0) {
                return false;
            }
            step--;
            changed();
            return true;
        }

        @Override
        public void reset() {
            step = 0;
            changed();
        }

        /** The {@code step} option, clamped to 0..last(); the current step if absent. */
        void seek(Options options) {
            step = (int) Math.max(0, Math.min(last(), options.whole("step", step)));
        }
    }

    static final class CostCurve extends Stepper {
        private final SeedExperiment experiment;
        private final CostCurveModel shown;
        private final boolean live;
        private final int epochs;

        CostCurve(Map<String, String> options) {
            Options o = new Options("cost-curve", options);
            theme(o);
            live = o.flag("live", false);
            SeedExperiment.Config c = ExperimentCache.config(options);
            epochs = c.epochs();
            String title = "Cost during training (Figure 9), " + Arrays.toString(c.sizes()) + ", η = " + c.eta();
            shown = new CostCurveModel(title);
            if (live) {
                experiment = ExperimentCache.prepare(options);
                step = epochs;
                Thread t = new Thread(() -> experiment.run(ExperimentCache.feeding(shown)), "chorale-training");
                t.setDaemon(true);
                t.start();
                shown.addListener(this::changed);
            } else {
                experiment = ExperimentCache.finished(options);
                step = epochs;
                seek(o);
                fill();
            }
        }

        /** Copies the curve up to the current epoch into the shown model. */
        private void fill() {
            shown.clear();
            for (SeedExperiment.Run r : experiment.runs) {
                for (Trainer.CostPoint p : r.trainer.curve()) {
                    if (p.epoch() <= step) {
                        shown.add(r.label(), p.examplesSeen(), p.cost());
                    }
                }
            }
        }

        @Override
        void changed() {
            if (!live) {
                fill();
            }
            super.changed();
        }

        @Override
        int last() {
            return live ? step : epochs;
        }

        @Override
        ChartView makeView() {
            return new ChartView((w, h) -> Charts.costCurve(shown, w, h), dark);
        }

        public CostCurveModel model() {
            return shown;
        }

        @Override
        public String name() {
            return "cost-curve";
        }

        @Override
        public Map<String, Object> numbers() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("visualiser", name());
            m.put("epoch", step);
            for (CostCurveModel.Series s : shown.allSeries()) {
                List<CostCurveModel.Point> p = s.points();
                m.put(
                        s.label() + " last cost",
                        p.isEmpty() ? null : p.get(p.size() - 1).y());
                m.put(s.label() + " points", p.size());
            }
            return m;
        }

        @Override
        public String toString() {
            return "cost-curve (epoch " + step + " of " + epochs + (live ? ", live" : "") + ")";
        }
    }

    static final class OutputBars extends Stepper {
        private final SeedExperiment experiment;
        private final SeedExperiment.Run run;
        private final int[] targets;

        OutputBars(Map<String, String> options) {
            Options o = new Options("output-bars", options);
            theme(o);
            experiment = ExperimentCache.finished(options);
            run = experiment.runs.get(0);
            targets = experiment.barTargets();
            step = last();
            seek(o);
        }

        public OutputBarsModel model() {
            return new OutputBarsModel(run.barsBefore, step >= 1 ? run.barsAfter : null, targets, NoteEmbedding.LOW);
        }

        @Override
        int last() {
            return run.barsAfter == null ? 0 : 1;
        }

        @Override
        ChartView makeView() {
            return new ChartView((w, h) -> Charts.outputBars(model(), w, h), dark);
        }

        @Override
        public String name() {
            return "output-bars";
        }

        @Override
        public Map<String, Object> numbers() {
            OutputBarsModel m = model();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("visualiser", name());
            out.put("init", run.init.name().toLowerCase());
            List<Object> notes = new ArrayList<>();
            for (int i = 0; i < m.notes(); i++) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("target", Note.name(m.target(i)));
                n.put("highBefore", m.highBefore(i));
                n.put("before", m.before(i));
                if (m.hasAfter()) {
                    n.put("highAfter", m.highAfter(i));
                    n.put("after", m.after(i));
                }
                notes.add(n);
            }
            out.put("notes", notes);
            return out;
        }

        @Override
        public String toString() {
            return "output-bars (" + (step == 0 ? "before training" : "before and after training") + ")";
        }
    }

    static final class PianoRoll extends Stepper {
        private final PianoRollModel model;

        PianoRoll(Map<String, String> options) {
            Options o = new Options("piano-roll", options);
            theme(o);
            SeedExperiment e = ExperimentCache.finished(options);
            String when = o.choice("when", "after", "before", "after", "bach");
            SeedExperiment.Run r = e.runs.get(0);
            List<Note> generated;
            if (when.equals("before")) {
                generated = r.sampleBefore;
            } else if (when.equals("after")) {
                generated = r.sampleAfter != null ? r.sampleAfter : r.sampleBefore;
            } else {
                generated = e.example.target();
            }
            String who = when.equals("bach")
                    ? "Bach's own continuation"
                    : "sampled " + when + " training (" + r.label() + ")";
            String notBach = e.data().isBuiltin() ? " — practice melody, NOT Bach" : "";
            model = new PianoRollModel(
                    e.example.melodyId() + ": opening and " + who + notBach,
                    e.example.input(),
                    generated,
                    when.equals("bach") ? null : e.example.target());
            if (when.equals("bach")) {
                model.continuation("Bach's continuation"); // what is drawn after the opening is his
            }
            step = model.generatedLength();
            seek(o);
            model.reveal(step);
        }

        public PianoRollModel model() {
            return model;
        }

        @Override
        void changed() {
            model.reveal(step);
            super.changed();
        }

        @Override
        int last() {
            return model.generatedLength();
        }

        @Override
        ChartView makeView() {
            return new ChartView((w, h) -> Charts.pianoRoll(model, w, h), dark);
        }

        @Override
        public String name() {
            return "piano-roll";
        }

        @Override
        public Map<String, Object> numbers() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("visualiser", name());
            m.put("title", model.title());
            m.put(
                    "opening",
                    model.notes().subList(0, model.openingLength()).stream()
                            .map(Note::pitch)
                            .toList());
            m.put(
                    "generatedShown",
                    model
                            .visible()
                            .subList(model.openingLength(), model.visible().size())
                            .stream()
                            .map(Note::pitch)
                            .toList());
            m.put("reference", model.reference().stream().map(Note::pitch).toList());
            return m;
        }

        @Override
        public String toString() {
            return "piano-roll (" + model + ")";
        }
    }
}
