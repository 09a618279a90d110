/** Parallel fifths between the voices of a chorale (chapter 10): the rule the sampler keeps. */
public final class ParallelFifths {

    /** |upper − lower| mod 12: the interval between two MIDI pitches with the octaves taken out. */
    public static int intervalClass(int upper, int lower) {
        return Math.abs(upper - lower) % 12;
    }

    /** Both voices move, and they are a fifth apart (mod 12 = 7) before and after. */
    public static boolean parallelFifth(int upperBefore, int lowerBefore, int upperAfter, int lowerAfter) {
        boolean bothMove = upperAfter != upperBefore && lowerAfter != lowerBefore;
        return bothMove && intervalClass(upperAfter, lowerAfter) == 7;
    }

    /** Parallel fifths between every pair of voices from each step to the next; 0 is a rest. */
    public static int countParallelFifths(int[][] score) {
        int count = 0;
        for (int t = 1; t < score.length; t++) {
            for (int u = 0; u < score[t].length; u++) {
                for (int l = u + 1; l < score[t].length; l++) {
                    boolean sound = score[t - 1][u] != 0 && score[t - 1][l] != 0 && score[t][u] != 0 && score[t][l] != 0;
                    if (sound && parallelFifth(score[t - 1][u], score[t - 1][l], score[t][u], score[t][l])) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
