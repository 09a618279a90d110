package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.lstm.Features;
import bachprop.seq.lstm.Lstm;
import bachprop.seq.lstm.LstmModel;
import bachprop.seq.lstm.SamplingChoice;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sampling-side interval calibration (issue 15, finishing: the UCI interval KL). */
class IntervalCalibrationTest {
    static double[] beta(int interval, double b) {
        double[] beta = new double[Evaluation.BINS];
        beta[Evaluation.bin(interval)] = b;
        return beta;
    }

    @Test
    void reweightingMultipliesEachPitchByItsIntervalsFactorAndRenormalises() {
        double[] uniform = new double[Vocab.PITCHES];
        Arrays.fill(uniform, 1.0 / Vocab.PITCHES);
        int last = 60;
        double[] p = new IntervalCalibration(beta(0, Math.log(2))).reweighted(uniform, last);
        // the repeated note counts twice: 2 / (45 + 2), every other pitch 1 / 47
        assertEquals(2.0 / 47, p[Vocab.pitchIndex(60)], 1e-15);
        assertEquals(1.0 / 47, p[Vocab.pitchIndex(62)], 1e-15);
        assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
        // a leap beyond an octave falls in one shared bin
        double[] q = new IntervalCalibration(beta(13, Math.log(0.5))).reweighted(uniform, last);
        assertEquals(q[Vocab.pitchIndex(73)], q[Vocab.pitchIndex(80)], 0.0);
        assertEquals(0.5 * q[Vocab.pitchIndex(72)], q[Vocab.pitchIndex(80)], 1e-15);
    }

    @Test
    void theFirstNoteAndNoCalibrationLeaveTheDistributionAsItIs() {
        NextNote p = new NextNote(new double[Vocab.PITCHES], new double[Vocab.DURATIONS]);
        assertSame(p, new IntervalCalibration(beta(0, 1)).apply(p, List.of()));
        assertSame(p, IntervalCalibration.NONE.apply(p, List.of(new SeqNote(60, 4))));
    }

    @Test
    void aStepMovesEachFactorByTheLogRatioOfTargetToSampledShares() {
        double[] target = new double[Evaluation.BINS];
        double[] sampled = new double[Evaluation.BINS];
        target[Evaluation.bin(0)] = 15.5; // Bach repeats in 15.5 % of steps
        target[Evaluation.bin(2)] = 84.5;
        sampled[Evaluation.bin(0)] = 21.1; // the model in 21.1 %
        sampled[Evaluation.bin(2)] = 78.9;
        IntervalCalibration c = IntervalCalibration.NONE.step(target, sampled, 0.5);
        double total = 100 + 0.5 * Evaluation.BINS; // both histograms: 100 counts plus the pseudo-counts
        double expectedRepeat = 0.5 * Math.log((15.5 + 0.5) / total / ((21.1 + 0.5) / total));
        assertEquals(expectedRepeat, c.beta()[Evaluation.bin(0)], 1e-6);
        assertTrue(c.beta()[Evaluation.bin(0)] < 0, "the over-sampled repeat is made less likely");
        assertTrue(c.beta()[Evaluation.bin(2)] > 0, "the under-sampled step up a tone more likely");
        assertEquals(0.0, c.beta()[Evaluation.bin(5)], 0.0, "a bin neither has stays");
    }

    @Test
    void aStepNeverMakesALeapBeyondAnOctaveMoreLikely() {
        double[] target = new double[Evaluation.BINS];
        double[] sampled = new double[Evaluation.BINS];
        target[Evaluation.bin(13)] = 50;
        target[Evaluation.bin(-13)] = 50;
        sampled[Evaluation.bin(0)] = 100;
        IntervalCalibration c = IntervalCalibration.NONE.step(target, sampled, 1);
        assertEquals(0.0, c.beta()[Evaluation.bin(13)], 0.0);
        assertEquals(0.0, c.beta()[Evaluation.bin(-13)], 0.0);
        assertTrue(c.beta()[Evaluation.bin(0)] < 0);
        assertThrows(IllegalArgumentException.class, () -> new IntervalCalibration(beta(0, 5)));
        assertThrows(IllegalArgumentException.class, () -> new IntervalCalibration(new double[3]));
    }

    static LstmModel lstm() {
        return new LstmModel(
                List.of(Lstm.random(Features.WIDTH, 6, Vocab.PITCHES, Vocab.DURATIONS, new Random(3))), Map.of(), 1.0);
    }

    static List<SeqNote> melody() {
        List<SeqNote> notes = new ArrayList<>();
        for (int p : new int[] {67, 67, 69, 71, 72, 71, 69, 67, 66, 67}) {
            notes.add(new SeqNote(p, 4));
        }
        return notes;
    }

    @Test
    void theCalibrationChangesWhatIsDrawnNeverWhatIsScored() {
        LstmModel plain = lstm();
        LstmModel calibrated = plain.withCalibration(new IntervalCalibration(beta(0, IntervalCalibration.LIMIT)));
        for (SequenceModel[] pair : new SequenceModel[][] {
            {plain, calibrated},
            {LongShortTerm.of(plain, StmSettings.DEFAULT), LongShortTerm.of(calibrated, StmSettings.DEFAULT)}
        }) {
            assertEquals(pair[0].teacherForced(melody()), pair[1].teacherForced(melody()));
            List<SeqNote> a = pair[0].extend(melody(), 200, 1.0, new Random(2));
            List<SeqNote> b = pair[1].extend(melody(), 200, 1.0, new Random(2));
            assertTrue(repeats(b) > repeats(a) + 40, "repeats " + repeats(a) + " → " + repeats(b));
        }
    }

    static int repeats(List<SeqNote> notes) {
        int n = 0;
        for (int i = 1; i < notes.size(); i++) {
            n += notes.get(i).pitch() == notes.get(i - 1).pitch() ? 1 : 0;
        }
        return n;
    }

    @Test
    void fittingBringsTheSampledIntervalsCloserToTheTargets() {
        // a random network samples wild intervals; the targets (these melodies) move by steps
        List<NoteSequence> melodies = new ArrayList<>();
        Random rng = new Random(5);
        for (int m = 0; m < 6; m++) {
            List<SeqNote> notes = new ArrayList<>();
            int p = 67;
            for (int i = 0; i < 40; i++) {
                p = Math.max(55, Math.min(79, p + new int[] {-2, -1, 0, 1, 2}[rng.nextInt(5)]));
                notes.add(new SeqNote(p, 4));
            }
            melodies.add(new NoteSequence("m" + m, notes));
        }
        var fit = SamplingChoice.calibrate(lstm(), StmSettings.DEFAULT, melodies, melodies, 1);
        assertEquals(5, fit.klBits().size());
        assertTrue(fit.round() > 0, "some round improved on no calibration: " + fit.klBits());
        double kept = fit.klBits().get(fit.round());
        assertTrue(kept < 0.5 * fit.klBits().get(0), "KL per round " + fit.klBits());
        assertNotEquals(IntervalCalibration.NONE, fit.chosen());
    }
}
