package bachprop.seq.satb;

import static bachprop.seq.satb.VoiceLeadingTest.score;
import static bachprop.seq.satb.VoiceLeadingTest.step;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.satb.VoiceLeading.Kind;
import bachprop.seq.satb.VoiceLeading.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rule-keeping sampler's chord rule ({@link RuleFilter#preferCompleteChords}) on hand-made sonorities. */
class ChordRuleTest {
    static final int C3 = Tokens.token(48);
    static final int D3 = Tokens.token(50);
    static final int E3 = Tokens.token(52);
    static final int G2 = Tokens.token(43);
    static final int A2 = Tokens.token(45);

    /** One step, soprano, alto and tenor given (MIDI; 0 = a rest), the bass still to choose. */
    static int[][] above(int s, int a, int t) {
        int[][] score = score(step(s == 0 ? 60 : s, a == 0 ? 60 : a, t == 0 ? 60 : t, 48));
        score[0][Tokens.SOPRANO] = s == 0 ? Tokens.REST : score[0][Tokens.SOPRANO];
        score[0][Tokens.ALTO] = a == 0 ? Tokens.REST : score[0][Tokens.ALTO];
        score[0][Tokens.TENOR] = t == 0 ? Tokens.REST : score[0][Tokens.TENOR];
        score[0][Tokens.BASS] = Tokens.REST;
        return score;
    }

    @Test
    void aBassThatCompletesTheTriadGetsTheChordWeightAndTheOthersKeepTheirShare() {
        // G4 E4 C4 above: C3 makes C major complete; D3 (C E G D) does not.
        double[] r = RuleFilterTest.on(C3, 1, D3, 1);
        double[] w = RuleFilter.preferCompleteChords(r, above(67, 64, 60), 0, Tokens.BASS, 3.0);
        // Tolerance 1e-12: 3 : 1.
        assertEquals(0.75, w[C3], 1e-12);
        assertEquals(0.25, w[D3], 1e-12);
    }

    @Test
    void anInfiniteWeightKeepsOnlyTheBassNotesThatCompleteTheChord() {
        // G4 E4 C4 above: C3 and E3 complete C major; A2 makes C E G A, D3 C E G D.
        double[] r = RuleFilterTest.on(C3, 1, E3, 1, A2, 4, D3, 2);
        double[] w = RuleFilter.preferCompleteChords(r, above(67, 64, 60), 0, Tokens.BASS, Double.POSITIVE_INFINITY);
        // Tolerance 1e-12: C3 and E3 share everything, as the model had them, one to one.
        assertEquals(0.5, w[C3], 1e-12);
        assertEquals(0.5, w[E3], 1e-12);
        assertEquals(0.0, w[A2], 0);
        assertEquals(0.0, w[D3], 0);
    }

    @Test
    void theMissingFifthOfADominantSeventhIsPreferredOverDoublingItsRoot() {
        // B4 F4 G3 above (G7 without its D): D3 completes it, G2 leaves G B F, which does not count.
        double[] r = RuleFilterTest.on(D3, 1, G2, 1);
        double[] w = RuleFilter.preferCompleteChords(r, above(71, 65, 55), 0, Tokens.BASS, 4.0);
        // Tolerance 1e-12: 4 : 1.
        assertEquals(0.8, w[D3], 1e-12);
        assertEquals(0.2, w[G2], 1e-12);
    }

    @Test
    void theRestNeverCountsAsCompletingAChord() {
        double[] r = RuleFilterTest.on(C3, 1, Tokens.REST, 1);
        double[] w = RuleFilter.preferCompleteChords(r, above(67, 64, 60), 0, Tokens.BASS, 3.0);
        // Tolerance 1e-12.
        assertEquals(0.75, w[C3], 1e-12);
        assertEquals(0.25, w[Tokens.REST], 1e-12);
    }

    @Test
    void whenNoBassNoteCanCompleteTheChordTheDistributionIsLeftAsItWasAndStillSamples() {
        // C5 B4 above: a semitone belongs to no triad or dominant seventh, whatever the bass does.
        double[] r = RuleFilterTest.on(C3, 2, D3, 1, G2, 1);
        double[] w = RuleFilter.preferCompleteChords(r, above(72, 71, 67), 0, Tokens.BASS, Double.POSITIVE_INFINITY);
        // Tolerance 0: unchanged, so it sums to 1 and the sampler can draw from it.
        assertArrayEquals(r, w, 0);
        assertEquals(1.0, Arrays.stream(w).sum(), 1e-12);
        Random rng = new Random(1);
        for (int k = 0; k < 20; k++) {
            int x = FourVoiceSampler.sample(w, rng);
            assertTrue(r[x] > 0, "sampled token " + x + " had no mass");
        }
    }

    @Test
    void aRestInAVoiceAboveLeavesTheBassAlone() {
        double[] r = RuleFilterTest.on(C3, 1, D3, 1);
        double[] w = RuleFilter.preferCompleteChords(r, above(67, 0, 60), 0, Tokens.BASS, 3.0);
        // Tolerance 0: no complete verticality is possible.
        assertArrayEquals(r, w, 0);
    }

    @Test
    void aWeightOfOneChangesNothing() {
        double[] r = RuleFilterTest.on(C3, 1, D3, 1);
        assertArrayEquals(r, RuleFilter.preferCompleteChords(r, above(67, 64, 60), 0, Tokens.BASS, 1.0), 0);
    }

    @Test
    void theSopranoIsNeverWeighed() {
        double[] r = RuleFilterTest.on(Tokens.token(72), 1, Tokens.token(73), 1);
        int[][] s = above(0, 0, 0);
        assertArrayEquals(r, RuleFilter.preferCompleteChords(r, s, 0, Tokens.SOPRANO, 5.0), 0);
    }

    @Test
    void aTenorThatLeavesNoChordWithinReachOfTheBassGetsLessThanOneThatDoes() {
        // C5 E4 above: a tenor G3 (C E G) leaves a bass that completes C major; B3 (C E B) leaves none.
        int[][] s = above(72, 64, 0);
        int g3 = Tokens.token(55);
        int b3 = Tokens.token(59);
        assertTrue(RuleFilter.keepsChordPossible(g3, s, 0, Tokens.TENOR));
        assertFalse(RuleFilter.keepsChordPossible(b3, s, 0, Tokens.TENOR));
        double[] w = RuleFilter.preferCompleteChords(RuleFilterTest.on(g3, 1, b3, 1), s, 0, Tokens.TENOR, 2.0);
        // Tolerance 1e-12: 2 : 1.
        assertEquals(2.0 / 3, w[g3], 1e-12);
        assertEquals(1.0 / 3, w[b3], 1e-12);
    }

    @Test
    void anAltoASemitoneFromTheSopranoCanBelongToNoChordAndIsWeighedBelowAThird() {
        // Under C5: A4 (C A, in A minor or F major) keeps a chord within reach; B4 (C B) cannot.
        int[][] s = above(72, 0, 0);
        int a4 = Tokens.token(69);
        int b4 = Tokens.token(71);
        double[] w = RuleFilter.preferCompleteChords(RuleFilterTest.on(a4, 1, b4, 1), s, 0, Tokens.ALTO, 3.0);
        // Tolerance 1e-12: 3 : 1.
        assertEquals(0.75, w[a4], 1e-12);
        assertEquals(0.25, w[b4], 1e-12);
    }

    @Test
    void theChordRuleNeverAllowsATokenTheHardRulesRefuseAndNeverLeavesNothing() {
        // Random steps and distributions: after the hard rules and the chord rule (finite and infinite
        // weights), every token with mass keeps the hard rules, and the whole still sums to 1.
        Random rng = new Random(23);
        int checked = 0;
        for (int trial = 0; trial < 300; trial++) {
            int[][] s = new int[2][Tokens.VOICES];
            for (int v = 0; v < Tokens.VOICES; v++) {
                s[0][v] = RuleFilterTest.inRange(rng, v);
                s[1][v] = RuleFilterTest.inRange(rng, v);
            }
            int v = 1 + rng.nextInt(3);
            double[] q = new double[Tokens.COUNT];
            for (int x = 0; x < q.length; x++) {
                q[x] = rng.nextDouble() < 0.5 ? rng.nextDouble() : 0;
            }
            q[0] = 0.001;
            double[] hard = VoiceLeading.restrict(FourVoiceSampler.tempered(q, 1.0), s, 1, v);
            for (double weight : new double[] {2.0, Double.POSITIVE_INFINITY}) {
                double[] w = RuleFilter.preferCompleteChords(hard, s, 1, v, weight);
                // Tolerance 1e-9.
                assertEquals(1.0, Arrays.stream(w).sum(), 1e-9, "sums to 1");
                for (int x = 0; x < Tokens.COUNT; x++) {
                    if (w[x] > 0) {
                        checked++;
                        assertTrue(hard[x] > 0, "token " + x + " has mass only the hard rules refused");
                        s[1][v] = x;
                        int voice = v;
                        List<Violation> broken = VoiceLeading.violations(s).stream()
                                .filter(b -> b.step() == 1 && b.lower() == voice && b.upper() <= voice)
                                .filter(b ->
                                        b.kind() != Kind.CROSSING && b.kind() != Kind.SPACING || b.upper() == voice - 1)
                                .toList();
                        assertEquals(List.of(), broken, Arrays.deepToString(s));
                    }
                }
            }
        }
        assertTrue(checked > 1000, "tokens checked: " + checked);
    }
}
