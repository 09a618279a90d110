package bachprop.seq.satb;

import static bachprop.seq.satb.Chords.Quality.DOMINANT_SEVENTH;
import static bachprop.seq.satb.Chords.Quality.MAJOR_TRIAD;
import static bachprop.seq.satb.Chords.Quality.MINOR_TRIAD;
import static bachprop.seq.satb.Chords.Quality.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chord qualities of hand-made verticalities (MIDI, S A T B). */
class ChordsTest {

    static Chords.Quality of(int s, int a, int t, int b) {
        return Chords.quality(new int[] {Tokens.token(s), Tokens.token(a), Tokens.token(t), Tokens.token(b)});
    }

    @Test
    void cMajorWithTheRootDoubledIsACompleteMajorTriad() {
        assertEquals(MAJOR_TRIAD, of(72, 67, 64, 48)); // C5 G4 E4 C3
    }

    @Test
    void aMinorInFirstInversionIsACompleteMinorTriad() {
        assertEquals(MINOR_TRIAD, of(69, 64, 57, 48)); // A4 E4 A3 C3
    }

    @Test
    void gSevenWithAllFourNotesIsACompleteDominantSeventh() {
        assertEquals(DOMINANT_SEVENTH, of(71, 65, 62, 43)); // B4 F4 D4 G2
    }

    @Test
    void gSevenWithoutItsFifthIsNotCountedAsComplete() {
        // G B F with G doubled: a real chord in Bach, but the issue counts complete chords only.
        assertEquals(OTHER, of(67, 65, 59, 43));
        assertFalse(of(67, 65, 59, 43).counts());
    }

    @Test
    void aDiminishedTriadAnOpenFifthAndAChordWithARestAreOther() {
        assertEquals(OTHER, of(71, 65, 62, 50)); // B D F
        assertEquals(OTHER, of(72, 67, 60, 48)); // C G C C: no third
        assertEquals(OTHER, Chords.quality(new int[] {Tokens.token(72), 0, Tokens.token(64), Tokens.token(48)}));
        assertFalse(Chords.complete(new int[] {Tokens.token(72), 0, Tokens.token(64), Tokens.token(48)}));
    }

    static int pcs(int... midi) {
        int bits = 0;
        for (int m : midi) {
            bits |= 1 << (m % 12);
        }
        return bits;
    }

    @Test
    void cAndEWithOneVoiceToComeCanStillBecomeACompleteTriad() {
        assertTrue(Chords.completable(pcs(60, 64), 1)); // add G (C major) or A (A minor)
    }

    @Test
    void aTriadWithNoVoiceToComeIsCompletableAndAnIncompleteOneIsNot() {
        assertTrue(Chords.completable(pcs(60, 64, 67), 0));
        assertFalse(Chords.completable(pcs(67, 71, 65), 0)); // G B F: G7 without its fifth
        assertTrue(Chords.completable(pcs(67, 71, 65), 1)); // … which a D completes
    }

    @Test
    void aSemitoneBelongsToNoTriadOrDominantSeventhSoNothingCompletesIt() {
        for (int missing = 0; missing <= 3; missing++) {
            assertFalse(Chords.completable(pcs(72, 71), missing), "C and B, " + missing + " to come");
        }
    }
}
