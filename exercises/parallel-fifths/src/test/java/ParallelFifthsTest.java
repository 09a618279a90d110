import static bachprop.grade.api.Check.mistake;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every test makes its own scores (MIDI numbers, 0 = rest, one row per step, soprano first);
 * expected values are counted by hand, each in a comment.
 */
class ParallelFifthsTest {

    static double yes(boolean b) {
        return b ? 1 : 0;
    }

    @Test
    @Tag("task:1")
    void aFifthIsSevenWhicheverVoiceIsAbove() {
        Check.near("intervalClass(67, 60), G4 over C4", 7, ParallelFifths.intervalClass(67, 60), 0);
        // Crossed voices: the "lower" voice G4 above the "upper" C4; still a fifth.
        Check.near("intervalClass(60, 67), C4 under G4", 7, ParallelFifths.intervalClass(60, 67), 0,
                mistake("signed-remainder", -7));
    }

    @Test
    @Tag("task:1")
    void aTwelfthIsAFifthWithTheOctaveTakenOut() {
        // G4 over C3: 19 semitones, an octave and a fifth.
        Check.near("intervalClass(67, 48)", 7, ParallelFifths.intervalClass(67, 48), 0,
                mistake("no-octave-reduction", 19));
        Check.near("intervalClass(48, 67)", 7, ParallelFifths.intervalClass(48, 67), 0,
                mistake("no-octave-reduction", 19), mistake("signed-remainder", -7));
        Check.near("intervalClass(72, 48), two octaves", 0, ParallelFifths.intervalClass(72, 48), 0,
                mistake("no-octave-reduction", 24));
        Check.near("intervalClass(60, 60), a unison", 0, ParallelFifths.intervalClass(60, 60), 0);
    }

    @Test
    @Tag("task:2")
    void twoVoicesRisingTogetherAFifthApartAreParallelFifths() {
        // G4/C3 → A4/D3.
        Check.near("parallelFifth(67, 48, 69, 50)", 1, yes(ParallelFifths.parallelFifth(67, 48, 69, 50)), 0);
        // C5/F4 → B4/E4, falling.
        Check.near("parallelFifth(72, 65, 71, 64)", 1, yes(ParallelFifths.parallelFifth(72, 65, 71, 64)), 0);
    }

    @Test
    @Tag("task:2")
    void aHiddenFifthIsNotAParallelFifth() {
        // A4/F3 (16 semitones, a tenth) → D5/G3 (19, a fifth): similar motion INTO a fifth, allowed here.
        Check.near("parallelFifth(69, 53, 74, 55), a hidden fifth", 0,
                yes(ParallelFifths.parallelFifth(69, 53, 74, 55)), 0, mistake("hidden-fifth", 1));
    }

    @Test
    @Tag("task:2")
    void aHeldNoteAgainstAMovingVoiceIsNotAParallelFifth() {
        // G4 held while the bass leaps C3 → C2: a fifth before and after, but only one voice moves.
        Check.near("parallelFifth(67, 48, 67, 36)", 0, yes(ParallelFifths.parallelFifth(67, 48, 67, 36)), 0,
                mistake("held-note", 1));
        // G4/C3 held: neither moves.
        Check.near("parallelFifth(67, 48, 67, 48)", 0, yes(ParallelFifths.parallelFifth(67, 48, 67, 48)), 0,
                mistake("held-note", 1));
    }

    @Test
    @Tag("task:2")
    void fifthsInContraryMotionCountAsParallelFifths() {
        // G4/C3 (19) → C5/F2 (31): the soprano up, the bass down, a fifth (mod 12) both times.
        Check.near("parallelFifth(67, 48, 72, 41)", 1, yes(ParallelFifths.parallelFifth(67, 48, 72, 41)), 0);
    }

    @Test
    @Tag("task:2")
    void octavesAndFourthsAreNotFifths() {
        Check.near("parallelFifth(72, 60, 74, 62), octaves", 0, yes(ParallelFifths.parallelFifth(72, 60, 74, 62)), 0);
        Check.near("parallelFifth(67, 62, 69, 64), fourths", 0, yes(ParallelFifths.parallelFifth(67, 62, 69, 64)), 0);
    }

    static int[][] cMajorToDMinor() {
        // C5 G4 E4 C3 → D5 A4 F4 D3: alto–bass 19 → 19 (fifths); soprano–bass 24 → 24 (octaves, not counted).
        return new int[][] {{72, 67, 64, 48}, {74, 69, 65, 50}};
    }

    @Test
    @Tag("task:3")
    void cMajorToDMinorHasOneParallelFifthBetweenAltoAndBass() {
        int[][] score = cMajorToDMinor();
        Check.near("countParallelFifths(C major → D minor)", 1, ParallelFifths.countParallelFifths(score), 0,
                mistake("adjacent-only", 0), mistake("each-pair-twice", 2));
        assertArrayEquals(cMajorToDMinor(), score, "countParallelFifths changed the score");
    }

    @Test
    @Tag("task:3")
    void aPassageOfFourChordsHasTwoParallelFifths() {
        int[][] score = {
            {67, 64, 60, 48}, // G4 E4 C4 C3
            {69, 65, 62, 50}, // A4 F4 D4 D3: S–T 7 → 7 and S–B 19 → 19 (T–B octaves 12 → 12 not counted)
            {71, 67, 62, 43}, // B4 G4 D4 G2: the tenor holds; S–B 19 → 28
            {72, 67, 64, 48}, // C5 G4 E4 C3: the alto holds; T–B 19 → 16
        };
        Check.near("countParallelFifths(four chords)", 2, ParallelFifths.countParallelFifths(score), 0,
                mistake("adjacent-only", 0), mistake("each-pair-twice", 4));
    }

    @Test
    @Tag("task:3")
    void aVoiceEnteringAfterARestMakesNoParallelFifth() {
        // The soprano enters on G4 as the bass moves G3 → C4: a rest is no pitch, so 0 and 55 are no fifth.
        int[][] score = {{0, 0, 0, 55}, {67, 0, 0, 60}};
        Check.near("countParallelFifths(an entry after a rest)", 0, ParallelFifths.countParallelFifths(score), 0,
                mistake("rest-as-pitch", 1));
    }

    @Test
    @Tag("task:3")
    void aScoreOfNoStepsOrOneStepHasNoParallelFifths() {
        Check.near("countParallelFifths(no steps)", 0, ParallelFifths.countParallelFifths(new int[0][]), 0);
        Check.near("countParallelFifths(one step)", 0, ParallelFifths.countParallelFifths(new int[][] {{67, 60, 55, 48}}), 0);
    }
}
