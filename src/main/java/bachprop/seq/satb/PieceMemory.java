package bachprop.seq.satb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The short-term model of the four-voice task: a memory of the chorale being predicted, read step by
 * step as its tokens are chosen (Bach's when teacher-forced, sampled ones when extending). For token
 * (t, v) it finds the earlier steps u whose preceding steps agree longest with the steps before t
 * (and whose voices above v agree with this step's), and predicts what voice v did at those steps.
 * A chorale's repeated phrases (the repeated first lines of bar form) are what it remembers.
 */
public final class PieceMemory {
    /** Agreements longer than this many steps count as this many (they all fall in the last bucket). */
    public static final int CAP = 64;

    private final List<int[]> steps = new ArrayList<>();
    private int[] match = new int[0]; // match[u]: how many steps before u agree with the steps before t
    private final int[] current = new int[Tokens.VOICES];
    private int voice;

    /** What the memory says about the current token: the agreement length L, and p (null when L = 0). */
    public record Recall(int length, double[] p) {
        @Override
        public String toString() {
            return p == null
                    ? "Recall[nothing]"
                    : "Recall[L " + length + ", p(best) " + String.format("%.3f", max(p)) + "]";
        }

        private static double max(double[] p) {
            return Arrays.stream(p).max().orElse(0);
        }
    }

    /** The step being predicted. */
    public int step() {
        return steps.size();
    }

    /** The voice being predicted. */
    public int voice() {
        return voice;
    }

    /** The longest agreement L over earlier steps u with the same voices above, and the tokens voice v took there. */
    public Recall recall() {
        int longest = 0;
        for (int u = 1; u < steps.size(); u++) {
            if (match[u] > longest && sameAbove(steps.get(u))) {
                longest = match[u];
            }
        }
        if (longest == 0) {
            return new Recall(0, null);
        }
        double[] p = new double[Tokens.COUNT];
        int n = 0;
        for (int u = 1; u < steps.size(); u++) {
            if (match[u] == longest && sameAbove(steps.get(u))) {
                p[steps.get(u)[voice]]++;
                n++;
            }
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= n;
        }
        return new Recall(longest, p);
    }

    /** Reads the current voice's token; after the bass the step is complete and agreements are updated. */
    public void choose(int token) {
        current[voice++] = token;
        if (voice < Tokens.VOICES) {
            return;
        }
        int t = steps.size();
        int[] next = new int[t + 1];
        for (int u = 1; u <= t; u++) {
            next[u] = Arrays.equals(current, steps.get(u - 1)) ? Math.min(CAP, match[u - 1] + 1) : 0;
        }
        steps.add(current.clone());
        match = next;
        voice = 0;
    }

    private boolean sameAbove(int[] earlier) {
        for (int k = 0; k < voice; k++) {
            if (earlier[k] != current[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "PieceMemory[step " + step() + ", voice " + voice + ", " + recall() + "]";
    }
}
