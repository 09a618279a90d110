package bachprop.seq.ngram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.Key;
import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The n-gram's scale-degree viewpoint. */
class NgramViewpointTest {
    static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};

    /** A stepwise walk on the scale of a random key (annotated), so the degree says what the key is. */
    static NoteSequence inKey(String id, Random rng, int n) {
        Key key = new Key(rng.nextInt(12), false);
        List<SeqNote> m = new ArrayList<>();
        int step = 10 + rng.nextInt(4);
        for (int i = 0; i < n; i++) {
            step = Math.max(7, Math.min(15, step + rng.nextInt(3) - 1));
            int midi = 36 + key.tonic() + 12 * (step / 7) + MAJOR[step % 7];
            m.add(new SeqNote(midi, 4, new SeqNote.Score(null, null, false, key)));
        }
        return new NoteSequence(id, m, key);
    }

    static NgramModel train(Random rng, int viewpoints) {
        List<NoteSequence> train = new ArrayList<>();
        List<NoteSequence> valid = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            train.add(inKey("train:" + i, rng, 30));
        }
        for (int i = 0; i < 8; i++) {
            valid.add(inKey("valid:" + i, rng, 30));
        }
        return (NgramModel) new NgramKind()
                .train(
                        new TrainingData("test", train, valid),
                        new TrainingOptions(Map.of("max-order", "3", "viewpoints", "" + viewpoints)),
                        TrainingListener.NONE);
    }

    @Test
    void theDegreeViewpointIsChosenWhenTheKeyPredictsTheNotesAndItsDistributionsSumToOne() {
        NgramModel with = train(new Random(1), 1);
        NgramModel without = train(new Random(1), 0);
        assertTrue(with.degreeSettings.mu() > 0, with.describe());
        assertEquals(0, without.degreeSettings.mu());
        double bitsWith = (double) with.info().get("validPitchBitsPerNote");
        double bitsWithout = (double) without.info().get("validPitchBitsPerNote");
        assertTrue(bitsWith < bitsWithout, bitsWith + " vs " + bitsWithout);
        NoteSequence m = inKey("x", new Random(9), 20);
        for (int t = 0; t <= m.notes().size(); t++) {
            NextNote p = with.next(m.notes().subList(0, t));
            assertEquals(1.0, NgramTest.sum(p.pitch()), 1e-9, "after " + t + " notes");
        }
    }

    @Test
    void theDegreeAndTheKeysSurviveTheFile() throws Exception {
        NgramModel model = train(new Random(2), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writePayload(new DataOutputStream(bytes));
        NgramModel back = (NgramModel)
                new NgramKind().read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), 2);
        assertEquals(model.degreeSettings, back.degreeSettings);
        NoteSequence m = inKey("x", new Random(3), 15);
        for (int t = 0; t <= m.notes().size(); t++) {
            assertArrayEquals(
                    model.next(m.notes().subList(0, t)).pitch(),
                    back.next(m.notes().subList(0, t)).pitch(),
                    1e-15,
                    "after " + t + " notes");
        }
    }

    @Test
    void theGeometricCombinationFollowsItsFormula() {
        double[] p = {0.5, 0.3, 0.2};
        double[] q = {0.1, 0.6, 0.3};
        double mu = 0.7;
        double[] expected = new double[3];
        double z = 0;
        for (int w = 0; w < 3; w++) {
            expected[w] = p[w] * Math.pow(q[w], mu);
            z += expected[w];
        }
        for (int w = 0; w < 3; w++) {
            expected[w] /= z;
        }
        assertArrayEquals(expected, NgramModel.combine(p.clone(), q, mu), 1e-15);
    }
}
