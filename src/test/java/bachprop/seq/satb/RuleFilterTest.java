package bachprop.seq.satb;

import static bachprop.seq.satb.VoiceLeadingTest.score;
import static bachprop.seq.satb.VoiceLeadingTest.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.satb.VoiceLeading.Kind;
import bachprop.seq.satb.VoiceLeading.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sampler's filter: what it allows, and its fallback. */
class RuleFilterTest {
    static final int D4 = Tokens.token(62);
    static final int E4 = Tokens.token(64);
    static final int G3 = Tokens.token(55);

    /** Step 0: soprano G4 over alto C4 (a fifth); step 1: soprano A4, the alto to choose. */
    static int[][] fifthThenSopranoUp() {
        int[][] s = score(step(67, 60, 0, 0), step(69, 0, 0, 0));
        s[1][Tokens.ALTO] = Tokens.REST;
        return s;
    }

    static double[] on(int... tokensAndWeights) {
        double[] q = new double[Tokens.COUNT];
        for (int i = 0; i < tokensAndWeights.length; i += 2) {
            q[tokensAndWeights[i]] = tokensAndWeights[i + 1];
        }
        double sum = Arrays.stream(q).sum();
        for (int i = 0; i < q.length; i++) {
            q[i] /= sum;
        }
        return q;
    }

    @Test
    void theAltoMayNotFollowTheSopranoInFifthsWhenAnotherNoteIsPossible() {
        // D4 under A4 continues the fifth G4/C4 → A4/D4; E4 breaks nothing.
        double[] r = VoiceLeading.restrict(on(D4, 9, E4, 1), fifthThenSopranoUp(), 1, Tokens.ALTO);
        // Tolerance 1e-12: all of the mass left is E4's.
        assertEquals(0.0, r[D4], 0);
        assertEquals(1.0, r[E4], 1e-12);
    }

    @Test
    void aUniformDistributionKeepsEveryAllowedTokenInProportion() {
        double[] q = new double[Tokens.COUNT];
        Arrays.fill(q, 1.0 / Tokens.COUNT);
        RuleFilter.Restricted r = RuleFilter.restrict(q, fifthThenSopranoUp(), 1, Tokens.ALTO);
        assertEquals(0, r.dropped());
        // Allowed: the rest, and alto notes in 57..69 (within an octave of A4, not above it, in range 52..74)
        // except D4: 1 + 13 − 1 = 13 tokens.
        long allowed = Arrays.stream(r.q()).filter(x -> x > 0).count();
        assertEquals(13, allowed, r.toString());
        // Tolerance 1e-12: equal shares of 13.
        assertEquals(1.0 / 13, r.q()[E4], 1e-12);
        assertEquals(1.0 / 13, r.q()[Tokens.REST], 1e-12);
        assertEquals(1.0, Arrays.stream(r.q()).sum(), 1e-12);
    }

    @Test
    void whenOnlyASpacingBreakerAndAParallelAreLeftSpacingIsRelaxedFirst() {
        // G3 is 14 semitones under A4 (spacing), D4 makes the parallel fifth.
        RuleFilter.Restricted r = RuleFilter.restrict(on(D4, 1, G3, 1), fifthThenSopranoUp(), 1, Tokens.ALTO);
        assertEquals(1, r.dropped());
        assertEquals(List.of("spacing"), r.droppedRules());
        // Tolerance 1e-12: G3 gets all of the mass.
        assertEquals(1.0, r.q()[G3], 1e-12);
    }

    @Test
    void whenEveryTokenBreaksARuleTheModelsOwnDistributionIsReturned() {
        double[] q = on(D4, 1);
        RuleFilter.Restricted r = RuleFilter.restrict(q, fifthThenSopranoUp(), 1, Tokens.ALTO);
        assertEquals(RuleFilter.RELAXED.size(), r.dropped());
        // Tolerance 0: q is returned as it was.
        assertEquals(1.0, r.q()[D4], 0);
    }

    @Test
    void aDistributionWithNoMassBecomesUniformNeverAllZeros() {
        RuleFilter.Restricted r = RuleFilter.restrict(new double[Tokens.COUNT], fifthThenSopranoUp(), 1, Tokens.ALTO);
        // Tolerance 1e-12.
        assertEquals(1.0, Arrays.stream(r.q()).sum(), 1e-12);
        assertEquals(1.0 / Tokens.COUNT, r.q()[0], 1e-12);
    }

    @Test
    void everyTokenTheFilterAllowsBreaksNoRuleWithTheVoicesAbove() {
        Random rng = new Random(17);
        double[] uniform = new double[Tokens.COUNT];
        Arrays.fill(uniform, 1.0 / Tokens.COUNT);
        int checked = 0;
        for (int trial = 0; trial < 300; trial++) {
            int[][] s = new int[2][Tokens.VOICES];
            for (int v = 0; v < Tokens.VOICES; v++) {
                s[0][v] = inRange(rng, v);
                s[1][v] = inRange(rng, v);
            }
            int v = 1 + rng.nextInt(3);
            double[] r = VoiceLeading.restrict(uniform, s, 1, v);
            assertEquals(1.0, Arrays.stream(r).sum(), 1e-9, "sums to 1 (tolerance 1e-9)");
            for (int x = 0; x < Tokens.COUNT; x++) {
                s[1][v] = x;
                List<Violation> broken = VoiceLeading.violations(s).stream()
                        .filter(w -> w.step() == 1 && w.lower() == v && w.upper() <= v)
                        .filter(w -> w.kind() != Kind.CROSSING && w.kind() != Kind.SPACING || w.upper() == v - 1)
                        .toList();
                if (r[x] > 0) {
                    checked++;
                    assertEquals(
                            List.of(),
                            broken,
                            "allowed token " + x + " for voice " + v + " in " + Arrays.deepToString(s));
                } else {
                    assertFalse(
                            broken.isEmpty(),
                            "token " + x + " was refused but breaks nothing: " + Arrays.deepToString(s));
                }
            }
        }
        assertTrue(checked > 1000, "allowed tokens checked: " + checked);
    }

    /** A token in voice v's range (a Bach-like random chord, crossings and parallels allowed). */
    static int inRange(Random rng, int v) {
        int midi = VoiceLeading.LOW[v] + rng.nextInt(VoiceLeading.HIGH[v] - VoiceLeading.LOW[v] + 1);
        return Tokens.token(midi);
    }
}
