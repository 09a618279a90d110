package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    /** Always: C4 with 1/2, D4 with 1/4, the other 44 pitches share 1/4; four sixteenths with 3/4, two with 1/4. */
    static final class Fixed implements SequenceModel {
        @Override
        public String kind() {
            return "fixed";
        }

        @Override
        public String describe() {
            return "fixed distribution";
        }

        @Override
        public NextNote next(List<SeqNote> soFar) {
            double[] p = new double[Vocab.PITCHES];
            Arrays.fill(p, 0.25 / (Vocab.PITCHES - 2));
            p[Vocab.pitchIndex(60)] = 0.5;
            p[Vocab.pitchIndex(62)] = 0.25;
            double[] d = new double[Vocab.DURATIONS];
            d[Vocab.durationIndex(4)] = 0.75;
            d[Vocab.durationIndex(2)] = 0.25;
            return new NextNote(p, d);
        }

        @Override
        public void writePayload(DataOutputStream out) {}
    }

    @Test
    void teacherForcedMeasuresMatchAHandCalculation() {
        NoteSequence m = new NoteSequence(
                "test:1", List.of(new SeqNote(60, 4), new SeqNote(62, 4), new SeqNote(60, 2), new SeqNote(64, 4)));
        Evaluation.TeacherForced tf = Evaluation.teacherForced(new Fixed(), List.of(m));
        double other = Math.log(0.25 / 44) / Math.log(2);
        // −log₂ ½ − log₂ ¼ − log₂ ½ − log₂(1/176) over 4 notes
        assertEquals((1 + 2 + 1 - other) / 4, tf.pitchBitsPerNote(), 1e-12);
        assertEquals(0.5, tf.pitchAccuracy(), 1e-12); // C4 is predicted every time: right for notes 1 and 3
        double d34 = -Math.log(0.75) / Math.log(2);
        assertEquals((3 * d34 + 2) / 4, tf.durationBitsPerNote(), 1e-12);
        assertEquals(0.75, tf.durationAccuracy(), 1e-12);
        assertEquals(4, tf.notes());
    }

    @Test
    void klDivergenceInBitsMatchesAHandCalculation() {
        double[] bach = new double[Evaluation.BINS];
        double[] model = new double[Evaluation.BINS];
        bach[Evaluation.bin(2)] = 3;
        bach[Evaluation.bin(-1)] = 1;
        model[Evaluation.bin(2)] = 1;
        model[Evaluation.bin(-1)] = 1;
        model[Evaluation.bin(13)] = 2;
        double q = 0.5 * Evaluation.BINS + 4; // model counts + pseudo-counts
        double expected =
                0.75 * Math.log(0.75 / (1.5 / q)) / Math.log(2) + 0.25 * Math.log(0.25 / (1.5 / q)) / Math.log(2);
        assertEquals(expected, Evaluation.klBits(bach, model), 1e-12);
        assertEquals(26, Evaluation.bin(13));
        assertEquals(25, Evaluation.bin(-20));
        assertEquals(12, Evaluation.bin(0));
    }

    @Test
    void continuationStatisticsCountLeapsKeyAndRange() {
        Evaluation.Continuations c = new Evaluation.Continuations();
        Key cMajor = new Key(0, false);
        // from G4 (67): up to C6 (84 is out of vocabulary, so use A5 81 = +14), down to F#4 66 (−15), up to G4 67 (+1)
        c.add(new SeqNote(67, 4), List.of(new SeqNote(81, 4), new SeqNote(66, 4), new SeqNote(67, 4)), cMajor);
        Map<String, Object> j = c.toJson();
        assertEquals(2, j.get("leapsBeyondOctave"));
        assertEquals(2.0 / 3, (Double) j.get("inKeyShare"), 1e-12); // A and G are in C major, F# is not
        assertEquals(66, j.get("lowest"));
        assertEquals(81, j.get("highest"));
        assertEquals(15.0, (Double) j.get("meanRange"), 1e-12);
        assertEquals((14 + 15 + 1) / 3.0, (Double) j.get("meanAbsInterval"), 1e-12);
    }

    @Test
    void krumhanslSchmucklerFindsTheKeyOfAScale() {
        List<SeqNote> cMajor = List.of(
                new SeqNote(60, 8),
                new SeqNote(62, 2),
                new SeqNote(64, 4),
                new SeqNote(65, 2),
                new SeqNote(67, 6),
                new SeqNote(69, 2),
                new SeqNote(71, 2),
                new SeqNote(72, 8));
        assertEquals(new Key(0, false), Key.estimate(cMajor));
        List<SeqNote> aMinor = List.of(
                new SeqNote(69, 8),
                new SeqNote(71, 2),
                new SeqNote(72, 4),
                new SeqNote(74, 2),
                new SeqNote(76, 6),
                new SeqNote(77, 2),
                new SeqNote(68, 3),
                new SeqNote(69, 8));
        assertEquals(new Key(9, true), Key.estimate(aMinor));
        assertEquals(new Key(9, true), Key.estimate(aMinor, 0)); // no sharps or flats: C major or A minor
    }
}
