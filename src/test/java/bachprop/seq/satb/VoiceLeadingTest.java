package bachprop.seq.satb;

import static bachprop.seq.satb.VoiceLeading.Kind.CROSSING;
import static bachprop.seq.satb.VoiceLeading.Kind.PARALLEL_FIFTH;
import static bachprop.seq.satb.VoiceLeading.Kind.PARALLEL_OCTAVE;
import static bachprop.seq.satb.VoiceLeading.Kind.RANGE;
import static bachprop.seq.satb.VoiceLeading.Kind.SPACING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.satb.VoiceLeading.Violation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on hand-made progressions, counted by hand. Scores are written in MIDI (0 = rest),
 * one row per sixteenth step, S A T B, and turned into tokens by {@link #score}.
 */
class VoiceLeadingTest {

    /** MIDI rows to token rows. */
    static int[][] score(int[]... midi) {
        int[][] s = new int[midi.length][Tokens.VOICES];
        for (int t = 0; t < midi.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                s[t][v] = Tokens.token(midi[t][v]);
            }
        }
        return s;
    }

    static int[] step(int s, int a, int t, int b) {
        return new int[] {s, a, t, b};
    }

    @Test
    void sopranoAndBassMovingUpAFifthApartIsOneParallelFifth() {
        // G4/C3 → A4/D3: 19 and 19 semitones apart (a compound fifth), both voices move.
        List<Violation> v = VoiceLeading.violations(score(step(67, 0, 0, 48), step(69, 0, 0, 50)));
        assertEquals(List.of(new Violation(1, 0, 3, PARALLEL_FIFTH)), v);
    }

    @Test
    void sopranoAndTenorMovingInOctavesIsOneParallelOctave() {
        List<Violation> v = VoiceLeading.violations(score(step(72, 0, 60, 0), step(74, 0, 62, 0)));
        assertEquals(List.of(new Violation(1, 0, 2, PARALLEL_OCTAVE)), v);
    }

    @Test
    void aHiddenFifthIsNotAParallel() {
        // A4/F3 (a major tenth, 16 semitones) → D5/G3 (19, a fifth): similar motion INTO a fifth.
        assertEquals(List.of(), VoiceLeading.violations(score(step(69, 0, 0, 53), step(74, 0, 0, 55))));
    }

    @Test
    void consecutiveFifthsInContraryMotionCountAsParallel() {
        // G4/C3 (19) → C5/F2 (31): the soprano up, the bass down, a fifth (mod 12) at both steps.
        // The definition (both moving, mod 12 = 7 at both steps) counts them, as the
        // textbooks forbid them too (consecutive fifths).
        List<Violation> v = VoiceLeading.violations(score(step(67, 0, 0, 48), step(72, 0, 0, 41)));
        assertEquals(List.of(new Violation(1, 0, 3, PARALLEL_FIFTH)), v);
    }

    @Test
    void aHeldNoteAgainstAVoiceLeapingAnOctaveIsNotAParallel() {
        // G4 held over C3 → C2: a fifth (mod 12) at both steps, but the soprano does not move.
        assertEquals(List.of(), VoiceLeading.violations(score(step(67, 0, 0, 48), step(67, 0, 0, 36))));
        // and a held fifth (neither moves) is not a parallel either.
        assertEquals(List.of(), VoiceLeading.violations(score(step(67, 0, 0, 48), step(67, 0, 0, 48))));
    }

    @Test
    void aRestBetweenTwoFifthsBreaksTheParallel() {
        assertEquals(
                List.of(), VoiceLeading.violations(score(step(67, 0, 0, 48), step(0, 0, 0, 48), step(69, 0, 0, 50))));
    }

    @Test
    void anAltoAboveTheSopranoIsACrossingAtEveryStepItLasts() {
        List<Violation> v = VoiceLeading.violations(score(step(67, 69, 0, 0), step(67, 69, 0, 0), step(67, 67, 0, 0)));
        // the unison at step 2 is not a crossing.
        assertEquals(List.of(new Violation(0, 0, 1, CROSSING), new Violation(1, 0, 1, CROSSING)), v);
    }

    @Test
    void moreThanAnOctaveBetweenSopranoAndAltoIsSpacingButAnOctaveIsNot() {
        assertEquals(List.of(new Violation(0, 0, 1, SPACING)), VoiceLeading.violations(score(step(79, 64, 0, 0))));
        assertEquals(List.of(), VoiceLeading.violations(score(step(76, 64, 0, 0))));
    }

    @Test
    void altoTenorIsSpacedButTenorBassMayLieFarApart() {
        assertEquals(List.of(new Violation(0, 1, 2, SPACING)), VoiceLeading.violations(score(step(0, 67, 53, 0))));
        assertEquals(List.of(), VoiceLeading.violations(score(step(0, 0, 66, 36))));
    }

    @Test
    void aNoteBeyondItsVoicesRangeIsReportedForThatVoice() {
        // soprano B3 (59 < 60), tenor A4 (69, the top), bass F#4 (66, the top): only the soprano is out.
        assertEquals(List.of(new Violation(0, 0, 0, RANGE)), VoiceLeading.violations(score(step(59, 0, 69, 66))));
        assertEquals(List.of(new Violation(0, 2, 2, RANGE)), VoiceLeading.violations(score(step(0, 0, 70, 0))));
    }

    @Test
    void cMajorToDMinorInFourVoicesHasOneFifthAndOneOctaveInSixTransitions() {
        // C5 G4 E4 C3 → D5 A4 F4 D3: S–B octaves (24, 24) and A–B fifths (19, 19), both moving.
        int[][] s = score(step(72, 67, 64, 48), step(74, 69, 65, 50));
        assertEquals(
                List.of(new Violation(1, 0, 3, PARALLEL_OCTAVE), new Violation(1, 1, 3, PARALLEL_FIFTH)),
                VoiceLeading.violations(s));
        RuleMeasures m = RuleMeasures.of(s);
        // Tolerance 1e-12: 1 of 6 transitions, times 100.
        assertEquals(100.0 / 6, m.parallelFifthsPer100(), 1e-12);
        assertEquals(100.0 / 6, m.parallelOctavesPer100(), 1e-12);
        assertEquals(100.0, m.completeChordPercent(), 1e-12, "C major, then D minor: " + m);
        assertEquals(0.0, m.crossingPercent(), 0);
    }

    @Test
    void theTransitionsCountPairsSoundingAtBothStepsMovingOrNot() {
        // S and B sound at both steps, A only at the second, T holds: pairs S–T, S–B, T–B sound
        // at both steps (3 transitions), of which S–B moves in both voices.
        RuleMeasures m = RuleMeasures.of(score(step(67, 0, 60, 48), step(69, 64, 60, 50)));
        assertEquals(3, m.transitions);
        assertEquals(1, m.movingTransitions);
        assertEquals(1, m.parallelFifths);
        // Tolerance 1e-12: 1 of 3, times 100.
        assertEquals(100.0 / 3, m.parallelFifthsPer100(), 1e-12);
    }

    @Test
    void ratesOfScoresWithNothingToCountAreNullInTheJson() {
        RuleMeasures m = RuleMeasures.of(score(step(0, 0, 0, 0)));
        assertTrue(Double.isNaN(m.parallelFifthsPer100()));
        assertEquals(null, m.toJson().get("parallelFifthsPer100"));
    }

    @Test
    void theIntervalHistogramCountsOnlyMovesAndTheirSignedSizes() {
        // soprano: 67 → 69 (+2), held, → 64 (−5); a rest breaks the line (no interval into or out of it).
        RuleMeasures m = RuleMeasures.of(score(
                step(67, 0, 0, 0),
                step(69, 0, 0, 0),
                step(69, 0, 0, 0),
                step(64, 0, 0, 0),
                step(0, 0, 0, 0),
                step(72, 0, 0, 0)));
        double[] h = m.intervalHistogram(0);
        assertEquals(1, h[12 + 2]);
        assertEquals(1, h[12 - 5]);
        assertEquals(2, Arrays.stream(h).sum());
    }

    @Test
    void theKlDivergenceOfIdenticalHistogramsIsZeroAndOfDifferentOnesPositive() {
        RuleMeasures a = RuleMeasures.of(score(step(67, 0, 0, 0), step(69, 0, 0, 0), step(67, 0, 0, 0)));
        RuleMeasures b = RuleMeasures.of(score(step(67, 0, 0, 0), step(69, 0, 0, 0), step(67, 0, 0, 0)));
        // Tolerance 1e-15: Σ p log(p/p) with p the same doubles is exactly 0.
        for (double kl : a.intervalKlBits(b)) {
            assertEquals(0.0, kl, 1e-15);
        }
        RuleMeasures c = RuleMeasures.of(score(step(67, 0, 0, 0), step(79, 0, 0, 0)));
        assertTrue(c.intervalKlBits(a)[0] > 0.1, "a +12 leap against ±2 steps: " + c.intervalKlBits(a)[0]);
    }

    @Test
    void theKlDivergenceIsTheSmoothedFormulaWorkedByHand() {
        // P: 1 count in bin 0, 0 in bin 1 → (1.5, 0.5)/2; Q: 0 and 1 → (0.5, 1.5)/2.
        // KL = 0.75 log₂ 3 + 0.25 log₂ (1/3) = 0.5 log₂ 3.
        double kl = RuleMeasures.klBits(new double[] {1, 0}, new double[] {0, 1});
        // Tolerance 1e-12: two terms.
        assertEquals(0.5 * Math.log(3) / Math.log(2), kl, 1e-12);
    }
}
