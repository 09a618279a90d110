package bachprop.chorale;

import bachprop.chorale.mlp.Trainer;
import bachprop.chorale.plot.Charts;
import bachprop.chorale.plot.CostCurveModel;
import bachprop.chorale.plot.OutputBarsModel;
import bachprop.chorale.plot.PianoRollModel;
import bachprop.music.Note;
import bachprop.music.sound.Line;
import bachprop.music.sound.MidiFiles;
import bachprop.music.sound.Synth;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Writes the experiment's figures (PNG), music (MIDI, WAV) and prints its summary. */
public final class SeedExperimentOutput {
    private SeedExperimentOutput() {}

    static final int BPM = 80;

    public static List<String> write(SeedExperiment e, Path dir, boolean audio, PrintStream progress)
            throws IOException {
        List<String> files = new ArrayList<>();
        Files.createDirectories(dir);
        String data = e.data().isBuiltin() ? " — built-in practice melodies, NOT Bach" : "";
        Charts.writePng(Charts.costCurve(costModel(e, data), 1200, 700), dir.resolve("figure9-cost.png"));
        files.add("figure9-cost.png");
        SeedExperiment.Run main = e.runs.get(0);
        Charts.writePng(Charts.outputBars(barsModel(e, main), 1400, 700), dir.resolve("figure10-output-bars.png"));
        files.add("figure10-output-bars.png");
        List<PianoRollModel> rolls = rolls(e);
        Charts.writePng(Charts.pianoRolls(rolls, 1400, 320 * rolls.size()), dir.resolve("figure11-samples.png"));
        files.add("figure11-samples.png");
        Map<String, Object> m = main.after != null ? main.after : main.before;
        @SuppressWarnings("unchecked")
        List<Long> sampled = (List<Long>) m.get("intervalHistogramSampled");
        @SuppressWarnings("unchecked")
        List<Long> bach = (List<Long>) m.get("intervalHistogramBach");
        Charts.writePng(
                Charts.intervals(
                        sampled,
                        bach,
                        "Melodic intervals: samples " + (main.after != null ? "after" : "before") + " training ("
                                + main.label() + ") vs Bach, test windows" + data,
                        1200,
                        600),
                dir.resolve("intervals.png"));
        files.add("intervals.png");
        List<Note> opening = e.example.input();
        write(dir, "bach", opening, e.example.target(), "Bach's continuation", audio, files);
        for (SeedExperiment.Run r : e.runs) {
            String suffix = e.runs.size() > 1 ? "-" + r.init.name().toLowerCase() : "";
            if (r == main) {
                write(dir, "sample-before", opening, r.sampleBefore, "untrained network, sampled", audio, files);
            }
            if (r.sampleAfter != null) {
                write(
                        dir,
                        "sample-after" + suffix,
                        opening,
                        r.sampleAfter,
                        "trained network (" + r.label() + "), sampled",
                        audio,
                        files);
            }
        }
        progress.println("wrote " + files.size() + " figures and music files to " + dir);
        return files;
    }

    private static void write(
            Path dir,
            String name,
            List<Note> opening,
            List<Note> continuation,
            String who,
            boolean audio,
            List<String> files)
            throws IOException {
        List<Line> lines = List.of(
                new Line("opening (Bach)", opening, 19, 0),
                new Line("continuation: " + who, continuation, 73, length(opening)));
        MidiFiles.write(lines, BPM, dir.resolve(name + ".mid"));
        files.add(name + ".mid");
        if (audio) {
            Synth.writeWav(lines, BPM, dir.resolve(name + ".wav"));
            files.add(name + ".wav");
        }
    }

    static int length(List<Note> notes) {
        int t = 0;
        for (Note n : notes) {
            t += n.duration();
        }
        return t;
    }

    static CostCurveModel costModel(SeedExperiment e, String data) {
        CostCurveModel m = new CostCurveModel("Cost during training (the text's Figure 9), "
                + Arrays.toString(e.config().sizes()) + ", η = " + e.config().eta() + data);
        for (SeedExperiment.Run r : e.runs) {
            for (Trainer.CostPoint p : r.trainer.curve()) {
                m.add(r.label() + ", per mini-batch", p.examplesSeen(), p.cost());
            }
        }
        return m;
    }

    static OutputBarsModel barsModel(SeedExperiment e, SeedExperiment.Run r) {
        return new OutputBarsModel(r.barsBefore, r.barsAfter, e.barTargets(), NoteEmbedding.LOW);
    }

    static List<PianoRollModel> rolls(SeedExperiment e) {
        List<PianoRollModel> rolls = new ArrayList<>();
        SeedExperiment.Run main = e.runs.get(0);
        String where = " — " + e.example.melodyId() + " from note " + (e.example.start() + 1);
        rolls.add(new PianoRollModel(
                "Before training (" + main.label() + "), sampled" + where,
                e.example.input(),
                main.sampleBefore,
                e.example.target()));
        for (SeedExperiment.Run r : e.runs) {
            if (r.sampleAfter != null) {
                rolls.add(new PianoRollModel(
                        "After training (" + r.label() + "), sampled" + where,
                        e.example.input(),
                        r.sampleAfter,
                        e.example.target()));
            }
        }
        return rolls;
    }

    public static void summary(SeedExperiment e, PrintStream out) {
        out.println();
        out.println(
                "The text (section 6.3): cost 400 → 150, score 500 → 440, exact match 3%, ~30 → 4 high-probability pitches, 561 examples.");
        for (SeedExperiment.Run r : e.runs) {
            out.println("init " + r.init.name().toLowerCase()
                    + (r.divergence != null ? " — " + r.divergence.getMessage() : "") + ":");
            String ref = e.data().isBuiltin() ? "practice melodies" : "Bach";
            row(out, "before", r.before, ref);
            if (r.after != null) {
                row(out, "after", r.after, ref);
            }
        }
    }

    private static void row(PrintStream out, String label, Map<String, Object> m, String ref) {
        out.printf(
                "  %-6s cost %.1f  score %.0f (argmax %.0f)  exact next pitch %.1f%% sampled, %.1f%% argmax  "
                        + "(all 32: %.1f%% / %.1f%%)  high-prob pitches %.1f  bits/note %.2f  mean |interval| %.1f ("
                        + ref + " %.1f)%n",
                label,
                (double) m.get("cost"),
                (double) m.get("scoreSampled"),
                (double) m.get("scoreArgmax"),
                100 * (double) m.get("exactNextPitchSampled"),
                100 * (double) m.get("exactNextPitchArgmax"),
                100 * (double) m.get("exactAllPitchesSampled"),
                100 * (double) m.get("exactAllPitchesArgmax"),
                (double) m.get("highProbabilityPitches"),
                (double) m.get("bitsPerNote"),
                (double) m.get("meanAbsIntervalSampled"),
                (double) m.get("meanAbsIntervalBach"));
    }
}
