import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class WindowsTest {

    static double[] toDoubles(int[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    @Test
    @Tag("task:1")
    void sixtyFourNotesHoldExactlyOneWindowOf32Plus32() {
        Check.near("count(64, 32, 32)", 1, Windows.count(64, 32, 32), 0, mistake("missing-plus-one", 0));
    }

    @Test
    @Tag("task:1")
    void longerMelodiesGiveOneWindowPerExtraNoteAndShortOnesNone() {
        Check.near("count(70, 32, 32)", 7, Windows.count(70, 32, 32), 0, mistake("missing-plus-one", 6));
        Check.near("count(63, 32, 32)", 0, Windows.count(63, 32, 32), 0);
        Check.near("count(10, 2, 3)", 6, Windows.count(10, 2, 3), 0, mistake("missing-plus-one", 5));
    }

    @Test
    @Tag("task:1")
    void aMelodyShorterThanOneWindowHasNoneNeverFewer() {
        // Window of 32 + 32 = 64: lengths 0, 1, 63 hold none, 64 one, 65 two.
        Check.near("count(0, 32, 32)", 0, Windows.count(0, 32, 32), 0, mistake("negative-count", -63));
        Check.near("count(1, 32, 32)", 0, Windows.count(1, 32, 32), 0, mistake("negative-count", -62));
        Check.near("count(63, 32, 32)", 0, Windows.count(63, 32, 32), 0);
        Check.near("count(64, 32, 32)", 1, Windows.count(64, 32, 32), 0, mistake("missing-plus-one", 0));
        Check.near("count(65, 32, 32)", 2, Windows.count(65, 32, 32), 0, mistake("missing-plus-one", 1));
        Check.near("count(3, 2, 3)", 0, Windows.count(3, 2, 3), 0, mistake("negative-count", -1));
    }

    @Test
    @Tag("task:2")
    void aMelodyShorterThanOneWindowGivesNoWindows() {
        Check.near("windows in 0 notes", 0, Windows.windows(new int[0], 2, 3).length, 0);
        Check.near("windows in 1 note", 0, Windows.windows(new int[] {60}, 2, 3).length, 0);
        Check.near("windows in 4 notes (one short of 2 + 3)", 0, Windows.windows(new int[] {60, 62, 64, 65}, 2, 3).length, 0);
        Check.near("windows in 5 notes", 1, Windows.windows(new int[] {60, 62, 64, 65, 67}, 2, 3).length, 0);
    }

    @Test
    @Tag("task:2")
    void windowsAreCopiesAndTheMelodyIsLeftAlone() {
        int[] melody = {60, 62, 64, 65, 67, 69};
        int[][][] w = Windows.windows(melody, 2, 3);
        Check.near("the melody after windows", new double[] {60, 62, 64, 65, 67, 69}, toDoubles(melody), 0);
        w[0][0][0] = -1;
        w[0][1][0] = -1;
        Check.near("the melody after changing window 0", new double[] {60, 62, 64, 65, 67, 69}, toDoubles(melody), 0);
    }

    @Test
    @Tag("task:2")
    void eachTargetStartsWhereItsInputEnds() {
        int[] melody = {60, 62, 64, 65, 67, 69, 71};
        int[][][] w = Windows.windows(melody, 2, 3);
        Check.near("number of windows of 2 + 3 in 7 notes", 3, w.length, 0);
        Check.near("window 0 input", new double[] {60, 62}, toDoubles(w[0][0]), 0);
        Check.near("window 0 target", new double[] {64, 65, 67}, toDoubles(w[0][1]), 0,
                mistake("shift-by-one", 62, 64, 65));
        Check.near("window 2 input", new double[] {64, 65}, toDoubles(w[2][0]), 0);
        Check.near("window 2 target", new double[] {67, 69, 71}, toDoubles(w[2][1]), 0,
                mistake("shift-by-one", 65, 67, 69));
    }

    @Test
    @Tag("task:2")
    void aMelodyOf65NotesGivesTwoWindowsOf32Plus32() {
        int[] melody = new int[65];
        for (int i = 0; i < melody.length; i++) {
            melody[i] = 48 + i % 24;
        }
        int[][][] w = Windows.windows(melody, 32, 32);
        Check.near("windows in 65 notes", 2, w.length, 0);
        Check.near("first target note of window 1", melody[33], w[1][1][0], 0, mistake("shift-by-one", melody[2]));
        Check.near("last target note of window 1", melody[64], w[1][1][31], 0, mistake("shift-by-one", melody[33]));
    }
}
