package bachprop.seq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code chorale evaluate --folds N}: for each rotation of {@link Folds}, the kind trains on the
 * rotation's training blocks (choices and early stopping on its validation block) exactly as
 * {@code chorale train} would, and the model is scored on the test block with the measures of
 * {@link Evaluation} (the same sampling options and seed in every fold). Summaries: the mean and
 * the sample standard deviation over folds of each measure, and the pooled figures (sums over all
 * folds' notes and continuations, i.e. note-weighted).
 */
public final class CrossValidation {
    /**
     * The per-fold measures summarised over folds, as paths into a fold's JSON
     * ({@code teacherForced.pitchBitsPerNote} is {@code fold.teacherForced.pitchBitsPerNote}).
     */
    public static final List<String> MEASURES = List.of(
            "teacherForced.pitchBitsPerNote",
            "teacherForced.pitchAccuracy",
            "teacherForced.durationBitsPerNote",
            "teacherForced.durationAccuracy",
            "generation.intervalKlBits",
            "generation.model.meanAbsInterval",
            "generation.model.leapsBeyondOctave",
            "generation.model.leapShare",
            "generation.model.inKeyShare",
            "generation.model.meanRange",
            "generation.bach.meanAbsInterval",
            "generation.bach.leapsBeyondOctave",
            "generation.bach.inKeyShare",
            "generation.bach.meanRange");

    private CrossValidation() {}

    /** Told when a rotation starts (returns where its training progress goes) and when it is scored. */
    public interface Listener {
        TrainingListener starting(Folds.Rotation rotation);

        void scored(Fold fold);
    }

    /** One rotation's model, scored on its test block. */
    public record Fold(
            Folds.Rotation rotation,
            String describe,
            Evaluation.TeacherForced teacherForced,
            Evaluation.Generated generated,
            Evaluation.Options options) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fold", rotation.index() + 1);
            m.put("testBlock", rotation.index() + 1);
            m.put("validationBlock", rotation.validationBlock() + 1);
            m.put("trainMelodies", rotation.train().size());
            m.put("validMelodies", rotation.valid().size());
            m.put("testMelodies", rotation.test().size());
            m.put("testIds", rotation.test().stream().map(NoteSequence::id).toList());
            m.put("describe", describe);
            m.put("teacherForced", teacherForced.toJson());
            m.put("generation", Evaluation.generationJson(generated, options));
            return m;
        }

        @Override
        public String toString() {
            return String.format(
                    "fold %d: %d melodies, %d notes, %.3f bits per note (pitch), accuracy %.1f%%",
                    rotation.index() + 1,
                    rotation.test().size(),
                    teacherForced.notes(),
                    teacherForced.pitchBitsPerNote(),
                    100 * teacherForced.pitchAccuracy());
        }
    }

    /**
     * Runs every rotation. {@code options} gives a fresh set of training options per fold (each
     * kind records which it read). Exceptions from training (bad options, divergence) pass through.
     */
    public static List<Fold> run(
            ModelKind kind, Supplier<TrainingOptions> options, Folds folds, Evaluation.Options o, Listener listener) {
        List<Fold> out = new ArrayList<>();
        for (int i = 0; i < folds.count(); i++) {
            Folds.Rotation r = folds.rotation(i);
            TrainingListener progress = listener.starting(r);
            SequenceModel model = kind.train(r.trainingData(folds.source()), options.get(), progress);
            Fold f = new Fold(
                    r,
                    model.describe(),
                    Evaluation.teacherForced(model, r.test()),
                    Evaluation.sample(model, r.test(), o),
                    o);
            out.add(f);
            listener.scored(f);
        }
        return out;
    }

    /** Everything {@code evaluate --folds N --json} prints (keys in docs/sequence-models.md). */
    public static Map<String, Object> toJson(
            String kind, Folds folds, Map<String, String> trainingOptions, List<Fold> fs, Evaluation.Options o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", kind);
        out.put("data", folds.source());
        out.put("folds", folds.count());
        out.put("foldOrder", folds.toString());
        out.put("melodies", folds.melodies().size());
        out.put("trainingOptions", new LinkedHashMap<>(trainingOptions));
        List<Map<String, Object>> rotations = new ArrayList<>();
        for (Fold f : fs) {
            rotations.add(f.toJson());
        }
        out.put("rotations", rotations);
        Map<String, Object> across = new LinkedHashMap<>();
        for (String measure : MEASURES) {
            double[] x = rotations.stream().mapToDouble(r -> number(r, measure)).toArray();
            Map<String, Object> ms = new LinkedHashMap<>();
            ms.put("mean", mean(x));
            ms.put("sd", sd(x));
            across.put(measure, ms);
        }
        out.put("acrossFolds", across);
        Evaluation.TeacherForced tf = fs.get(0).teacherForced();
        Evaluation.Generated g = fs.get(0).generated();
        int melodies = fs.get(0).rotation().test().size();
        for (Fold f : fs.subList(1, fs.size())) {
            tf = tf.plus(f.teacherForced());
            g = g.plus(f.generated());
            melodies += f.rotation().test().size();
        }
        Map<String, Object> pooled = new LinkedHashMap<>();
        pooled.put("melodies", melodies);
        pooled.put("teacherForced", tf.toJson());
        pooled.put("generation", Evaluation.generationJson(g, o));
        out.put("pooled", pooled);
        return out;
    }

    /** x̄ = Σ xᵢ / n. */
    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** The sample standard deviation √(Σ (xᵢ − x̄)² / (n − 1)). */
    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** The number at a dotted path in nested maps; NaN where it is missing or null. */
    @SuppressWarnings("unchecked")
    public static double number(Map<String, Object> json, String path) {
        Object at = json;
        for (String part : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) {
                return Double.NaN;
            }
            at = ((Map<String, Object>) m).get(part);
        }
        return at instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
