package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.ngram.NgramKind;
import bachprop.util.Json;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CrossValidation} with the n-gram on the 23 synthetic melodies of {@link FoldsTest} (5 folds; under a second). */
class CrossValidationTest {
    /** The n-gram kind, remembering what each rotation gave it to learn from. */
    static final class Recording implements ModelKind {
        final NgramKind ngram = new NgramKind();
        final List<TrainingData> seen = new ArrayList<>();

        @Override
        public String name() {
            return "ngram";
        }

        @Override
        public int payloadVersion() {
            return ngram.payloadVersion();
        }

        @Override
        public SequenceModel train(TrainingData data, TrainingOptions options, TrainingListener listener) {
            seen.add(data);
            return ngram.train(data, options, listener);
        }

        @Override
        public SequenceModel read(DataInputStream in, int version) throws IOException {
            return ngram.read(in, version);
        }
    }

    static final Evaluation.Options OPTIONS = new Evaluation.Options(3, 4, 2, 1.0, 5);

    static final class Log implements CrossValidation.Listener {
        final List<Integer> started = new ArrayList<>();
        final List<Integer> scored = new ArrayList<>();

        @Override
        public TrainingListener starting(Folds.Rotation r) {
            started.add(r.index());
            return s -> {};
        }

        @Override
        public void scored(CrossValidation.Fold f) {
            scored.add(f.rotation().index());
        }
    }

    /** A short context and no transpositions keep the n-gram's tuning quick. */
    static TrainingOptions quick() {
        return new TrainingOptions(Map.of("max-order", "3", "max-shift", "0"));
    }

    static List<CrossValidation.Fold> run(Recording kind, Folds folds) {
        return CrossValidation.run(kind, CrossValidationTest::quick, folds, OPTIONS, new Log());
    }

    @Test
    void everyMelodyIsScoredExactlyOnceAndEveryNoteCounts() {
        Corpus c = FoldsTest.corpus();
        Folds folds = Folds.of(c, 5);
        List<CrossValidation.Fold> fs = run(new Recording(), folds);
        Map<String, Integer> scored = new HashMap<>();
        int notes = 0;
        for (CrossValidation.Fold f : fs) {
            for (NoteSequence m : f.rotation().test()) {
                scored.merge(m.id(), 1, Integer::sum);
            }
            notes += f.teacherForced().notes();
        }
        assertEquals(FoldsTest.MELODIES, scored.size());
        assertTrue(scored.values().stream().allMatch(n -> n == 1), "scored once each: " + scored);
        assertEquals(23 * 24 / 2, notes, "melody k has k + 1 notes: 1 + 2 + … + 23 = 276 notes scored");
        Map<String, Object> json = CrossValidation.toJson("ngram", folds, Map.of(), fs, OPTIONS);
        assertEquals(276.0, CrossValidation.number(json, "pooled.teacherForced.notes"));
        assertEquals(23.0, CrossValidation.number(json, "pooled.melodies"));
    }

    @Test
    void theKindNeverLearnsFromTheTestBlockAndValidatesOnTheNextBlock() {
        Folds folds = Folds.of(FoldsTest.corpus(), 5);
        Recording kind = new Recording();
        Log log = new Log();
        CrossValidation.run(kind, CrossValidationTest::quick, folds, OPTIONS, log);
        assertEquals(List.of(0, 1, 2, 3, 4), log.started);
        assertEquals(List.of(0, 1, 2, 3, 4), log.scored);
        assertEquals(5, kind.seen.size(), "one model per rotation");
        for (int i = 0; i < 5; i++) {
            TrainingData d = kind.seen.get(i);
            Set<String> test = FoldsTest.ids(folds.block(i));
            for (NoteSequence m : d.train()) {
                assertTrue(!test.contains(m.id()), "rotation " + i + " trains on test melody " + m.id());
            }
            for (NoteSequence m : d.valid()) {
                assertTrue(!test.contains(m.id()), "rotation " + i + " validates on test melody " + m.id());
            }
            assertEquals(FoldsTest.ids(folds.block((i + 1) % 5)), FoldsTest.ids(d.valid()));
            assertEquals(
                    23 - folds.block(i).size() - d.valid().size(), d.train().size(), "the rest is trained on");
        }
    }

    @Test
    void meanAndSdAreOverFoldsAndPooledFiguresAreNoteWeighted() {
        Folds folds = Folds.of(FoldsTest.corpus(), 5);
        List<CrossValidation.Fold> fs = run(new Recording(), folds);
        Map<String, Object> json = CrossValidation.toJson("ngram", folds, Map.of(), fs, OPTIONS);
        double[] bits = fs.stream()
                .mapToDouble(f -> f.teacherForced().pitchBitsPerNote())
                .toArray();
        double sum = 0;
        double weighted = 0;
        int notes = 0;
        for (CrossValidation.Fold f : fs) {
            sum += f.teacherForced().pitchBitsPerNote();
            weighted += f.teacherForced().pitchBits();
            notes += f.teacherForced().notes();
        }
        double mean = sum / bits.length;
        double ss = 0;
        for (double b : bits) {
            ss += (b - mean) * (b - mean);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> across = (Map<String, Object>) json.get("acrossFolds");
        Map<String, Object> pitch = castMap(across.get("teacherForced.pitchBitsPerNote"));
        assertEquals(mean, (Double) pitch.get("mean"), 1e-12);
        assertEquals(Math.sqrt(ss / 4), (Double) pitch.get("sd"), 1e-12, "the sample sd, n − 1 = 4");
        assertEquals(weighted / notes, CrossValidation.number(json, "pooled.teacherForced.pitchBitsPerNote"), 1e-12);
        assertTrue(Math.abs(mean - weighted / notes) > 1e-6, "folds of unequal notes: the two means differ here");
        assertEquals(CrossValidation.MEASURES, List.copyOf(across.keySet()));
    }

    @Test
    void theSameSeedGivesTheSameOutput() {
        Folds folds = Folds.of(FoldsTest.corpus(), 4);
        String a = Json.write(CrossValidation.toJson("ngram", folds, Map.of(), run(new Recording(), folds), OPTIONS));
        String b = Json.write(CrossValidation.toJson("ngram", folds, Map.of(), run(new Recording(), folds), OPTIONS));
        assertEquals(a, b);
        Evaluation.Options other = new Evaluation.Options(3, 4, 2, 1.0, 6);
        String c = Json.write(CrossValidation.toJson(
                "ngram",
                folds,
                Map.of(),
                CrossValidation.run(new Recording(), CrossValidationTest::quick, folds, other, new Log()),
                other));
        Map<String, Object> pa =
                castMap(castMap(castMap(Json.parse(a)).get("pooled")).get("generation"));
        Map<String, Object> pc =
                castMap(castMap(castMap(Json.parse(c)).get("pooled")).get("generation"));
        assertTrue(!pa.get("model").equals(pc.get("model")), "another sampling seed samples other continuations");
        assertEquals(pa.get("bach"), pc.get("bach"), "Bach's continuations do not depend on the seed");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
