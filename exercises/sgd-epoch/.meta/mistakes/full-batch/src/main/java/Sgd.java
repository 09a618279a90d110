import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

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
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        Collections.shuffle(list, new Random(seed));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = list.get(i);
        }
        return order;
    }

    /** Consecutive pieces of m entries; the last may be shorter. */
    public static List<int[]> miniBatches(int[] order, int m) {
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += m) {
            batches.add(Arrays.copyOfRange(order, start, Math.min(start + m, order.length)));
        }
        return batches;
    }

    /** The parameters after one epoch of SGD over (xs, ys) in mini-batches of m. */
    public static double[] epoch(double[] v, double[][] xs, double[] ys, int m, double eta, long seed) {
        double[] p = v.clone();
        double[] mean = new double[p.length];
        for (int[] batch : miniBatches(shuffledOrder(xs.length, seed), m)) {
            for (int i : batch) {
                double[] g = gradient(v, xs[i], ys[i]);
                for (int q = 0; q < p.length; q++) {
                    mean[q] += g[q] / xs.length;
                }
            }
        }
        for (int q = 0; q < p.length; q++) {
            p[q] -= eta * mean[q];
        }
        return p;
    }
}
