import java.util.List;

/** Section 5: one epoch of stochastic gradient descent with a seeded shuffle. */
public final class Sgd {

    /** ∇C for one sigmoid neuron a = σ(w · x + b), C = ½(y − a)², v = {w₁, …, wₙ, b}. Given. */
    public static double[] gradient(double[] v, double[] x, double y) {
        int n = x.length;
        double z = v[n];
        for (int j = 0; j < n; j++) {
            z += v[j] * x[j];
        }
        double a = 1.0 / (1.0 + Math.exp(-z));
        double delta = (a - y) * a * (1 - a); // (BP1)
        double[] g = new double[n + 1];
        for (int j = 0; j < n; j++) {
            g[j] = delta * x[j]; // (BP4)
        }
        g[n] = delta; // (BP3)
        return g;
    }

    /** 0 … n − 1 shuffled by Collections.shuffle(list, new Random(seed)). */
    public static int[] shuffledOrder(int n, long seed) {
        throw new IllegalStateException("Not written yet: shuffledOrder is task 1 of .docs/instructions.md");
    }

    /** Consecutive pieces of m entries; the last may be shorter. */
    public static List<int[]> miniBatches(int[] order, int m) {
        throw new IllegalStateException("Not written yet: miniBatches is task 2 of .docs/instructions.md");
    }

    /** The parameters after one epoch of SGD over (xs, ys) in mini-batches of m. */
    public static double[] epoch(double[] v, double[][] xs, double[] ys, int m, double eta, long seed) {
        throw new IllegalStateException("Not written yet: epoch is task 3 of .docs/instructions.md");
    }
}
