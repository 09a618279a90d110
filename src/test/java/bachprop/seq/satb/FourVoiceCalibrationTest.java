package bachprop.seq.satb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.Evaluation;
import bachprop.seq.IntervalCalibration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule-keeping sampler's interval calibration on hand-made distributions, in the sampler and in a model file. */
public class FourVoiceCalibrationTest {
    /** The tenor's moves up a whole tone twice as likely (β = ln 2), every other voice and interval as it is. */
    public static FourVoiceCalibration tenorTonesUp() {
        double[] beta = new double[Evaluation.BINS];
        beta[Evaluation.bin(2)] = Math.log(2);
        List<IntervalCalibration> v = new ArrayList<>(FourVoiceCalibration.NONE.voices());
        v.set(Tokens.TENOR, new IntervalCalibration(beta));
        return new FourVoiceCalibration(v);
    }

    static double[] uniform() {
        double[] q = new double[Tokens.COUNT];
        Arrays.fill(q, 1.0 / Tokens.COUNT);
        return q;
    }

    @Test
    void aMoveIsReweightedByItsIntervalWhileHoldsAndRestsKeepTheirShare() {
        int[][] score = {{30, 25, 20, 10}, {0, 0, 0, 0}};
        double[] q = uniform();
        double[] out = tenorTonesUp().apply(q, score, 1, Tokens.TENOR);
        assertEquals(q[20], out[20], 1e-15, "holding the tenor's note");
        assertEquals(q[Tokens.REST], out[Tokens.REST], 1e-15, "a rest");
        assertEquals(2.0, out[22] / out[21], 1e-12, "a tone up against a semitone up");
        assertEquals(1.0, Arrays.stream(out).sum(), 1e-12, "the moves keep their total");
    }

    @Test
    void aTokenTheRulesForbadeStaysForbidden() {
        int[][] score = {{30, 25, 20, 10}, {0, 0, 0, 0}};
        double[] q = uniform();
        q[22] = 0;
        double total = Arrays.stream(q).sum();
        double[] out = tenorTonesUp().apply(q, score, 1, Tokens.TENOR);
        assertEquals(0.0, out[22]);
        assertEquals(total, Arrays.stream(out).sum(), 1e-12);
    }

    @Test
    void atStepZeroAfterARestOrForAnotherVoiceNothingChanges() {
        double[] q = uniform();
        FourVoiceCalibration c = tenorTonesUp();
        assertSame(q, c.apply(q, new int[][] {{0, 0, 0, 0}}, 0, Tokens.TENOR), "step 0");
        assertSame(q, c.apply(q, new int[][] {{30, 25, 0, 10}, {0, 0, 0, 0}}, 1, Tokens.TENOR), "after a rest");
        assertSame(q, c.apply(q, new int[][] {{30, 25, 20, 10}, {0, 0, 0, 0}}, 1, Tokens.BASS), "the bass");
    }

    @Test
    void onlyTheRuleKeepingSamplerUsesAModelsCalibration() {
        FourVoiceModel plain = FakeFourVoiceModels.uniform();
        FourVoiceModel calibrated = PieceMemoryModel.of(plain, MemoryWeights.OFF, tenorTonesUp());
        assertEquals(tenorTonesUp(), calibrated.calibration());
        int[][] opening = {{30, 25, 20, 10}, {31, 26, 21, 11}};
        for (long seed = 1; seed <= 3; seed++) {
            var free = FourVoiceSampler.Options.plain(seed);
            assertTrue(Arrays.deepEquals(
                    FourVoiceSampler.extend(plain, opening, 40, free),
                    FourVoiceSampler.extend(calibrated, opening, 40, free)));
        }
        var ruled = new FourVoiceSampler.Options(1.0, true, 7);
        assertFalse(Arrays.deepEquals(
                FourVoiceSampler.extend(plain, opening, 40, ruled),
                FourVoiceSampler.extend(calibrated, opening, 40, ruled)));
    }

    @Test
    void eachVoiceStepsTowardsItsOwnTargetHistogram() {
        int[][] target = new int[9][];
        int[][] sampled = new int[9][];
        for (int t = 0; t < 9; t++) {
            target[t] = new int[] {30 + t, 25, 20 + (t % 2) * 2, 10}; // soprano steps up a semitone, the tenor by tones
            sampled[t] = new int[] {30 + 2 * (t % 2), 25, 20 + (t % 2), 10}; // and the other way round
        }
        RuleMeasures want = new RuleMeasures().add(target, 1, 9);
        RuleMeasures got = new RuleMeasures().add(sampled, 1, 9);
        FourVoiceCalibration c = FourVoiceCalibration.NONE.step(want, got, 1.0);
        double[] s = c.voices().get(Tokens.SOPRANO).beta();
        double[] t = c.voices().get(Tokens.TENOR).beta();
        assertTrue(s[Evaluation.bin(1)] > 0 && s[Evaluation.bin(2)] < 0, "soprano: " + c);
        assertTrue(t[Evaluation.bin(2)] > 0 && t[Evaluation.bin(1)] < 0, "tenor: " + c);
        assertTrue(c.voices().get(Tokens.ALTO).isNone(), "the alto never moved in either");
    }
}
