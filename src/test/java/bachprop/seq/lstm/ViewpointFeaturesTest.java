package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.Key;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SeqNote.Score;
import bachprop.seq.Vocab;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The viewpoint inputs (feature layout 2) and their gradients. */
class ViewpointFeaturesTest {
    static final Key G_MAJOR = new Key(7, false);

    /**
     * A UCI-like melody in 3/4 (bar 12) starting on the upbeat at 8, G major by signature, a
     * fermata on note {@code fermataAt}; pitches from a random walk.
     */
    static List<SeqNote> annotated(Random rng, int n, int fermataAt, Key key) {
        List<SeqNote> m = new ArrayList<>();
        int onset = 8;
        int p = 67;
        for (int i = 0; i < n; i++) {
            int d = i == 0 ? 4 : 2 + 2 * rng.nextInt(3);
            m.add(new SeqNote(p, d, new Score(onset, 12, i == fermataAt, key)));
            onset += d;
            p = Math.max(60, Math.min(79, p + rng.nextInt(7) - 3));
        }
        return m;
    }

    static double[][] rows(Features.Layout layout, List<SeqNote> m) {
        SeqBatch b = SeqBatch.empty(m.size(), 1, layout.width);
        Features.encode(layout, m, m.size(), 0, b.x(), b.last(), b.key(), 1, 0);
        return b.x();
    }

    static int hot(double[] x, int from, int count) {
        int at = -1;
        for (int k = from; k < from + count; k++) {
            if (x[k] == 1) {
                assertEquals(-1, at, "one-hot block at " + from + " has two ones");
                at = k - from;
            }
        }
        return at;
    }

    @Test
    void layoutOneIgnoresTheAnnotationsSoOldModelsSeeWhatTheySawBefore() {
        List<SeqNote> m = annotated(new Random(1), 20, 5, G_MAJOR);
        List<SeqNote> plain = m.stream().map(SeqNote::plain).toList();
        double[][] a = rows(Features.Layout.V1, m);
        double[][] b = rows(Features.Layout.V1, plain);
        for (int t = 0; t < m.size(); t++) {
            assertArrayEquals(b[t], a[t], "step " + t);
        }
    }

    @Test
    void positionCountsFromTheFirstBarLineSoTheUpbeatIsWhereTheScorePutsIt() {
        List<SeqNote> m = annotated(new Random(2), 12, 5, G_MAJOR);
        double[][] x = rows(Features.Layout.V2, m);
        double[][] old = rows(Features.Layout.V1, m);
        for (int t = 1; t < m.size(); t++) {
            SeqNote prev = m.get(t - 1);
            int onset = prev.score().onset() + prev.duration();
            assertEquals(onset % 12, hot(x[t], Features.POSITION, Features.POSITIONS), "step " + t);
            assertEquals(1, x[t][Features.METRE + 1], "3/4 at step " + t);
        }
        // the first note is an upbeat of 4 at 8: note 1 is on the downbeat, not at 4 as layout 1 counts
        assertEquals(0, hot(x[1], Features.POSITION, Features.POSITIONS));
        assertEquals(4, hot(old[1], Features.POSITION, Features.POSITIONS));
    }

    @Test
    void theFermataAndTheNotesSinceItComeFromThePreviousNotesOnly() {
        List<SeqNote> m = annotated(new Random(3), 14, 5, G_MAJOR);
        double[][] x = rows(Features.Layout.V2, m);
        for (int t = 1; t < m.size(); t++) {
            assertEquals(t - 1 == 5 ? 1 : 0, x[t][Features.FERMATA], "fermata input at step " + t);
            int since = t - 1 >= 5 ? t - 1 - 5 : t;
            assertEquals(since, hot(x[t], Features.SINCE, Features.SINCE_MAX), "notes since the fermata at " + t);
        }
        assertEquals(0, x[5][Features.FERMATA], "note 5's own fermata is not an input of the step predicting it");
    }

    @Test
    void theDegreeIsInTheAnnotatedKeyNotTheEstimateAndTransposesWithTheMelody() {
        Key eMinor = new Key(4, true); // the relative minor of G: same notes, another tonic
        List<SeqNote> m = annotated(new Random(4), 10, 99, eMinor);
        SeqBatch b = SeqBatch.empty(m.size(), 1, Features.Layout.V2.width);
        Features.encode(Features.Layout.V2, m, m.size(), 3, b.x(), b.last(), b.key(), 1, 0);
        for (int t = 1; t < m.size(); t++) {
            assertEquals(12 + 7, b.key()[t], "E minor moved up 3 semitones is G minor, at step " + t);
            int degree = Math.floorMod(m.get(t - 1).pitch() + 3 - 7, 12);
            assertEquals(degree, hot(b.x()[t], Features.DEGREE, 12));
            assertEquals(1, b.x()[t][Features.MINOR]);
        }
    }

    @Test
    void theInputForTheNextStepMatchesTheTeacherForcedRowAlsoAfterSampledNotes() {
        Random rng = new Random(5);
        List<SeqNote> m = new ArrayList<>(annotated(rng, 9, 4, G_MAJOR));
        for (int i = 0; i < 6; i++) {
            m.add(new SeqNote(60 + rng.nextInt(12), 1 + rng.nextInt(8))); // sampled: no score
        }
        double[][] x = rows(Features.Layout.V2, m);
        for (int t = 0; t < m.size(); t++) {
            assertArrayEquals(x[t], Features.next(Features.Layout.V2, m.subList(0, t)), "step " + t);
        }
        // a sampled note's duration moves the bar position on, and the key stays the annotated one
        SeqNote last = m.get(m.size() - 1);
        double[] after = Features.next(Features.Layout.V2, m);
        int onset = m.get(8).score().onset();
        for (int i = 8; i < m.size(); i++) {
            onset += m.get(i).duration();
        }
        assertEquals(onset % 12, hot(after, Features.POSITION, Features.POSITIONS));
        assertEquals(Features.code(G_MAJOR), Features.keyCode(Features.Layout.V2, m));
        assertEquals(Math.floorMod(last.pitch() - 7, 12), hot(after, Features.DEGREE, 12));
    }

    @Test
    void contourIsTheDirectionOfTheLastTwoSteps() {
        List<SeqNote> m = List.of(new SeqNote(60, 4), new SeqNote(64, 4), new SeqNote(64, 4), new SeqNote(62, 4));
        double[] x = Features.next(Features.Layout.V2, m);
        assertEquals(0, hot(x, Features.CONTOUR, 3), "64 → 62 goes down");
        assertEquals(1, hot(x, Features.CONTOUR + 3, 3), "64 → 64 stays");
        double[] y = Features.next(Features.Layout.V2, m.subList(0, 2));
        assertEquals(2, hot(y, Features.CONTOUR, 3), "60 → 64 goes up");
        assertEquals(-1, hot(y, Features.CONTOUR + 3, 3), "no step before it");
    }

    @Test
    void layoutTwoIsExactlyAsWideAsItsBlocks() {
        assertEquals(Features.WIDTH_V2, Features.Layout.V2.width);
        assertEquals(Features.WIDTH, Features.Layout.V1.width);
        assertTrue(Features.Layout.V2.width > Vocab.WIDTH);
    }

    /**
     * The viewpoint inputs feed Wx like every other input: the gradient of every weight, the new
     * inputs' columns included, against central differences on a tiny LSTM fed real layout-2
     * rows of annotated melodies (transposed, padded batch, interval and key heads in use).
     * Tolerance: 1e-7 absolute (the loss is about 60 nats, so rounding in C(θ ± ε)/2ε alone is
     * about 1e-9) and 1e-5 relative with the check's floor of 1e-3 on the denominator.
     */
    @Test
    void viewpointInputGradientsMatchFiniteDifferences() {
        Random rng = new Random(6);
        List<MelodyBatches.Example> ex = List.of(
                new MelodyBatches.Example(annotated(rng, 7, 3, G_MAJOR), 2),
                new MelodyBatches.Example(annotated(rng, 5, 1, new Key(4, true)), -1),
                new MelodyBatches.Example(annotated(rng, 6, 99, G_MAJOR), 0));
        SeqBatch in = MelodyBatches.slices(Features.Layout.V2, ex, 3).get(0);
        LstmGradientCheck.Result r = LstmGradientCheck.run(in, 3, 11);
        int newColumns = 0;
        for (int k = Features.WIDTH; k < Features.Layout.V2.width; k++) {
            for (double[] row : in.x()) {
                if (row[k] != 0) {
                    newColumns++;
                    break;
                }
            }
        }
        assertTrue(newColumns >= 15, "the batch uses " + newColumns + " of the new inputs");
        assertTrue(r.parameters() > 4 * 3 * Features.Layout.V2.width, r.toString());
        assertTrue(r.maxAbsError() < 1e-7, r.toString());
        assertTrue(r.maxRelativeError() < 1e-5, r.toString());
    }

    @Test
    void aLayoutTwoModelSurvivesItsFileAndStillExtends() throws Exception {
        Random rng = new Random(8);
        Lstm net = Lstm.random(Features.Layout.V2.width, 5, Vocab.PITCHES, Vocab.DURATIONS, rng);
        LstmModel model = new LstmModel(List.of(net), Map.of(), 0.9);
        model.roundToStored();
        var bytes = new ByteArrayOutputStream();
        model.writePayload(new DataOutputStream(bytes));
        LstmModel back = LstmModel.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                new LstmKind().payloadVersion(),
                Map.of());
        assertEquals(Features.Layout.V2, back.layout);
        List<SeqNote> m = annotated(rng, 10, 4, G_MAJOR);
        assertEquals(model.teacherForced(m), back.teacherForced(m));
        List<SeqNote> more = back.extend(m, 6, 1.0, new Random(1));
        assertEquals(6, more.size());
        NoteSequence s = new NoteSequence("x", m, G_MAJOR);
        assertTrue(s.toString().contains("G4/4@8/12"), s.toString());
    }
}
