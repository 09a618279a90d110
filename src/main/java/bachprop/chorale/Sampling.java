package bachprop.chorale;

import java.util.Random;

/**
 * Turning a block of network outputs into a choice: normalise to probabilities, then either draw
 * one value with a seeded generator or take the most likely one.
 */
public final class Sampling {
    private Sampling() {}

    /**
     * pᵢ = aᵢ / Σⱼ aⱼ over {@code a[from..to)} — the text's "modified so their probabilities summed
     * to 1". Sigmoid outputs are positive, so this is a distribution; if they sum to 0 (every output
     * underflowed) the result is uniform.
     */
    public static double[] normalise(double[] a, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            if (a[i] < 0 || !Double.isFinite(a[i])) {
                throw new IllegalArgumentException("output " + i + " is " + a[i] + ": not a non-negative number");
            }
            sum += a[i];
        }
        double[] p = new double[to - from];
        for (int i = 0; i < p.length; i++) {
            p[i] = sum > 0 ? a[from + i] / sum : 1.0 / p.length;
        }
        return p;
    }

    /**
     * Draws index i with probability p[i]: one uniform u in [0, 1) from {@code random}, then the
     * first i whose running total exceeds u. The same seed gives the same draws.
     */
    public static int sample(double[] p, Random random) {
        double u = random.nextDouble();
        double total = 0;
        int last = -1;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                total += p[i];
                last = i;
                if (u < total) {
                    return i;
                }
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("no positive probability to sample from");
        }
        return last; // u fell in the rounding gap when Σp is a hair below 1
    }

    /** The index of the largest value (the first one on ties). */
    public static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * How many values are "high": at least {@code fraction} of the largest. With fraction ½ this
     * is the count the chapter reports for the text's "around 30 values with similar
     * probabilities" (before training) against "only 4" (after).
     */
    public static int countHigh(double[] p, double fraction) {
        double max = p[argmax(p)];
        int n = 0;
        for (double v : p) {
            if (v >= fraction * max) {
                n++;
            }
        }
        return n;
    }
}
