/** Parallel fifths between the voices of a chorale (chapter 10): the rule the sampler keeps. */
public final class ParallelFifths {

    /** |upper − lower| mod 12: the interval between two MIDI pitches with the octaves taken out. */
    public static int intervalClass(int upper, int lower) {
        throw new IllegalStateException("Not written yet: intervalClass is task 1 of .docs/instructions.md");
    }

    /** Both voices move, and they are a fifth apart (mod 12 = 7) before and after. */
    public static boolean parallelFifth(int upperBefore, int lowerBefore, int upperAfter, int lowerAfter) {
        throw new IllegalStateException("Not written yet: parallelFifth is task 2 of .docs/instructions.md");
    }

    /** Parallel fifths between every pair of voices from each step to the next; 0 is a rest. */
    public static int countParallelFifths(int[][] score) {
        throw new IllegalStateException("Not written yet: countParallelFifths is task 3 of .docs/instructions.md");
    }
}
