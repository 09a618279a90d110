package bachprop.seq.satb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FourVoiceSampler with enforceRules: what the filter promises, through the sampler itself. */
class FourVoiceSamplerRulesTest {
    /** A soprano line in range: C5 D5 E5 D5 C5 B4 C5, each a quarter (four sixteenths). */
    static int[] soprano() {
        int[] midi = {72, 74, 76, 74, 72, 71, 72};
        int[] s = new int[midi.length * 4];
        for (int i = 0; i < s.length; i++) {
            s[i] = Tokens.token(midi[i / 4]);
        }
        return s;
    }

    @Test
    void harmonisingWithTheRulesWritesNoViolationUnderTheGivenSoprano() {
        for (long seed = 1; seed <= 5; seed++) {
            int[][] score = FourVoiceSampler.harmonise(
                    FakeFourVoiceModels.lockstep(), soprano(), new FourVoiceSampler.Options(1.0, true, seed));
            assertEquals(List.of(), VoiceLeading.violations(score), "seed " + seed);
        }
    }

    @Test
    void harmonisingAUniformModelWithoutTheRulesBreaksThem() {
        int[][] score = FourVoiceSampler.harmonise(
                FakeFourVoiceModels.uniform(), soprano(), new FourVoiceSampler.Options(1.0, false, 1));
        assertFalse(VoiceLeading.violations(score).isEmpty());
    }

    @Test
    void extendingWithTheRulesKeepsThemFromTheFirstSampledStepOn() {
        // The opening itself breaks a rule (the alto above the soprano); the sampled steps must not.
        int[][] opening =
                VoiceLeadingTest.score(VoiceLeadingTest.step(67, 69, 60, 48), VoiceLeadingTest.step(67, 69, 60, 48));
        int[][] score = FourVoiceSampler.extend(
                FakeFourVoiceModels.lockstep(), opening, 24, new FourVoiceSampler.Options(1.0, true, 3));
        assertEquals(
                List.of(
                        new VoiceLeading.Violation(0, 0, 1, VoiceLeading.Kind.CROSSING),
                        new VoiceLeading.Violation(1, 0, 1, VoiceLeading.Kind.CROSSING)),
                VoiceLeading.violations(score));
    }

    @Test
    void withoutTheRulesTheChordWeightChangesNothingSoTheModelColumnIsTheModelsOwn() {
        int[][] opening = VoiceLeadingTest.score(VoiceLeadingTest.step(72, 64, 55, 48));
        for (long seed = 1; seed <= 3; seed++) {
            int[][] plain = FourVoiceSampler.extend(
                    FakeFourVoiceModels.uniform(), opening, 32, new FourVoiceSampler.Options(1.0, false, seed, 1.0));
            int[][] weighed = FourVoiceSampler.extend(
                    FakeFourVoiceModels.uniform(),
                    opening,
                    32,
                    new FourVoiceSampler.Options(1.0, false, seed, RuleFilter.CHORD_WEIGHT));
            assertEquals(Arrays.deepToString(plain), Arrays.deepToString(weighed), "seed " + seed);
        }
    }

    @Test
    void withTheRulesTheChordRuleMakesAUniformModelWriteMoreCompleteChordsAndStillNoViolation() {
        // Harmonising the soprano 20 times with the rules, the chord rule off (w = 1) and at the
        // shipped weight: complete chords must rise (a uniform model rarely makes one by chance).
        RuleMeasures off = new RuleMeasures();
        RuleMeasures on = new RuleMeasures();
        for (long seed = 1; seed <= 20; seed++) {
            int[][] a = FourVoiceSampler.harmonise(
                    FakeFourVoiceModels.uniform(), soprano(), new FourVoiceSampler.Options(1.0, true, seed, 1.0));
            int[][] b = FourVoiceSampler.harmonise(
                    FakeFourVoiceModels.uniform(),
                    soprano(),
                    new FourVoiceSampler.Options(1.0, true, seed, RuleFilter.CHORD_WEIGHT));
            assertEquals(List.of(), VoiceLeading.violations(b), "seed " + seed);
            off.add(a, 0, a.length);
            on.add(b, 0, b.length);
        }
        assertTrue(
                on.completeChordPercent() > off.completeChordPercent() + 5,
                "complete chords, w = 1: " + off.completeChordPercent() + " %, shipped w: " + on.completeChordPercent()
                        + " %");
    }
}
