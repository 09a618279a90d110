package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.Surprise.NoteSurprise;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Per-note information content and entropy, on models whose distributions are known exactly. */
class SurpriseTest {
    /** After a C4: D4 with 1/2, E4 with 1/4, F4 with 1/4; otherwise C4 with 1/2, the other 45 pitches share 1/2. */
    static final class StepUp implements SequenceModel {
        @Override
        public String kind() {
            return "step-up";
        }

        @Override
        public String describe() {
            return "known distributions";
        }

        @Override
        public NextNote next(List<SeqNote> soFar) {
            double[] p = new double[Vocab.PITCHES];
            if (!soFar.isEmpty() && soFar.get(soFar.size() - 1).pitch() == 60) {
                p[Vocab.pitchIndex(62)] = 0.5;
                p[Vocab.pitchIndex(64)] = 0.25;
                p[Vocab.pitchIndex(65)] = 0.25;
            } else {
                Arrays.fill(p, 0.5 / (Vocab.PITCHES - 1));
                p[Vocab.pitchIndex(60)] = 0.5;
            }
            double[] d = new double[Vocab.DURATIONS];
            d[Vocab.durationIndex(4)] = 1;
            return new NextNote(p, d);
        }

        @Override
        public void writePayload(DataOutputStream out) {}
    }

    static final double TOL = 1e-12;

    @Test
    void icIsMinusLogTwoOfThePitchProbabilityAndEntropyIsTheExpectedIc() {
        List<SeqNote> melody = List.of(new SeqNote(60, 4), new SeqNote(64, 4), new SeqNote(60, 8), new SeqNote(62, 4));
        List<NoteSurprise> s = Surprise.of(new StepUp(), melody);
        assertEquals(4, s.size());
        assertEquals(1.0, s.get(0).icBits(), TOL, "C4 first: p = 1/2");
        assertEquals(2.0, s.get(1).icBits(), TOL, "E4 after C4: p = 1/4");
        assertEquals(1.0, s.get(2).icBits(), TOL, "C4 after E4: p = 1/2");
        assertEquals(1.0, s.get(3).icBits(), TOL, "D4 after C4: p = 1/2");
        assertEquals(1.5, s.get(1).entropyBits(), TOL, "½·1 + ¼·2 + ¼·2 after C4");
        double rest = 0.5 / (Vocab.PITCHES - 1);
        double h = 0.5 + (Vocab.PITCHES - 1) * rest * -Math.log(rest) / Math.log(2);
        assertEquals(h, s.get(0).entropyBits(), 1e-9, "½ on C4, the rest spread evenly");
        assertTrue(s.stream().allMatch(NoteSurprise::given), "every note teacher-forced is given");
        assertEquals(0.25, s.get(1).probability(), TOL);
    }

    @Test
    void sampledNotesGetTheProbabilityTheModelGaveThemWhenItDrewThem() {
        SequenceModel m = new StepUp();
        List<SeqNote> opening = List.of(new SeqNote(67, 4), new SeqNote(60, 4));
        List<SeqNote> added = m.extend(opening, 12, 1.0, new Random(5));
        List<SeqNote> all = new ArrayList<>(opening);
        all.addAll(added);
        List<NoteSurprise> s = Surprise.of(m, all, opening.size());
        for (int t = 0; t < all.size(); t++) {
            double p = m.next(all.subList(0, t)).pitchProbability(all.get(t).pitch());
            assertEquals(-Math.log(p) / Math.log(2), s.get(t).icBits(), TOL, "note " + t);
            assertEquals(t < opening.size(), s.get(t).given(), "note " + t);
        }
    }

    @Test
    void anImpossibleNoteIsInfinitelySurprisingAndZeroProbabilitiesAddNoEntropy() {
        assertEquals(Double.POSITIVE_INFINITY, Surprise.ic(0));
        assertEquals(0.0, Surprise.ic(1), 0);
        double[] uniform = new double[46];
        Arrays.fill(uniform, 1.0 / 46);
        assertEquals(Math.log(46) / Math.log(2), Surprise.entropy(uniform), 1e-12, "log₂ 46 ≈ 5.52");
        assertEquals(1.0, Surprise.entropy(new double[] {0.5, 0, 0.5, 0}), TOL, "0 · log 0 counts as 0, not NaN");
        assertFalse(Double.isNaN(Surprise.entropy(new double[] {1, 0})));
    }

    @Test
    void theMostSurprisingNotesComeFirstAndTiesKeepTheirOrder() {
        List<SeqNote> melody = List.of(new SeqNote(60, 4), new SeqNote(64, 4), new SeqNote(60, 8), new SeqNote(65, 4));
        List<NoteSurprise> s = Surprise.of(new StepUp(), melody);
        List<NoteSurprise> top = Surprise.mostSurprising(s, 3);
        assertEquals(List.of(1, 3, 0), top.stream().map(NoteSurprise::index).toList(), "2 bits, 2 bits, then 1 bit");
        assertEquals(1.5, Surprise.meanIc(s), TOL);
    }

    @Test
    void theMeanIcOverEveryNoteIsTheTeacherForcedBitsPerNote() {
        Random rng = new Random(2);
        List<NoteSequence> melodies = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            List<SeqNote> notes = new ArrayList<>();
            for (int i = 0; i < 10 + k; i++) {
                notes.add(new SeqNote(60 + rng.nextInt(8), 1 + rng.nextInt(8)));
            }
            melodies.add(new NoteSequence("m" + k, notes, null));
        }
        SequenceModel m = new StepUp();
        double sum = 0;
        int n = 0;
        for (Map<String, Object> melody : Evaluation.perNote(m, melodies)) {
            for (Object o : (List<?>) melody.get("notes")) {
                sum += ((Number) ((Map<?, ?>) o).get("icBits")).doubleValue();
                n++;
            }
        }
        Evaluation.TeacherForced tf = Evaluation.teacherForced(m, melodies);
        assertEquals(tf.notes(), n);
        assertEquals(tf.pitchBitsPerNote(), sum / n, 1e-12);
        Map<String, Object> json = Evaluation.evaluate(m, "x", melodies, Evaluation.Options.defaults(), true);
        assertEquals(3, ((List<?>) json.get("perNote")).size());
        assertFalse(Evaluation.evaluate(m, "x", melodies, Evaluation.Options.defaults())
                .containsKey("perNote"));
    }
}
