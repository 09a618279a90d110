package bachprop.nn.fast;

import bachprop.nn.Init;
import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.QuadraticCost;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The same network as {@link Network} (sigmoid neurons, quadratic cost, layers numbered 1..L,
 * Wˡ row k = neuron k of layer l, column j = neuron j of layer l−1) stored for speed: each Wˡ is
 * one flat array, row after row, and whole mini-batches go through at once.
 *
 * <p>Convert with {@link #from(Network)} and {@link #toNetwork()}; train with {@link FastTrainer}.
 */
public final class FastNetwork {
    private final int[] sizes;
    final double[][] W; // W[l] = Wˡ (size(l) × size(l−1), row after row) for l = 2..L; W[0], W[1] unused
    final double[][] b; // b[l] = bˡ for l = 2..L

    private FastNetwork(int[] sizes, double[][] W, double[][] b) {
        this.sizes = sizes;
        this.W = W;
        this.b = b;
    }

    /** A copy of {@code net}'s weights and biases (later changes to either do not affect the other). */
    public static FastNetwork from(Network net) {
        int L = net.L();
        double[][] W = new double[L + 1][];
        double[][] b = new double[L + 1][];
        for (int l = 2; l <= L; l++) {
            int rows = net.size(l), cols = net.size(l - 1);
            W[l] = new double[rows * cols];
            double[][] w = net.weight(l).toArray();
            for (int k = 0; k < rows; k++) {
                System.arraycopy(w[k], 0, W[l], k * cols, cols);
            }
            b[l] = net.bias(l).toArray();
        }
        return new FastNetwork(net.sizes(), W, b);
    }

    /** The same starting weights as {@link Network#random(long, Init, int...)} with the same seed. */
    public static FastNetwork random(long seed, Init init, int... sizes) {
        return from(Network.random(seed, init, sizes));
    }

    /** A {@link Network} with a copy of these weights and biases (to trace, inspect or save). */
    public Network toNetwork() {
        List<Mat> weights = new ArrayList<>();
        List<Vec> biases = new ArrayList<>();
        for (int l = 2; l <= L(); l++) {
            weights.add(asMat(W[l], size(l), size(l - 1)));
            biases.add(new Vec(b[l]));
        }
        return new Network(weights, biases);
    }

    /** A rows × cols matrix stored row after row, as a {@link Mat}. */
    static Mat asMat(double[] flat, int rows, int cols) {
        double[][] r = new double[rows][cols];
        for (int k = 0; k < rows; k++) {
            System.arraycopy(flat, k * cols, r[k], 0, cols);
        }
        return new Mat(r);
    }

    public FastNetwork copy() {
        double[][] w = new double[W.length][];
        double[][] bb = new double[b.length][];
        for (int l = 2; l <= L(); l++) {
            w[l] = W[l].clone();
            bb[l] = b[l].clone();
        }
        return new FastNetwork(sizes.clone(), w, bb);
    }

    /** The number of layers, L. */
    public int L() {
        return sizes.length;
    }

    /** The number of neurons in layer l (1-based, as in the text). */
    public int size(int l) {
        return sizes[l - 1];
    }

    public int[] sizes() {
        return sizes.clone();
    }

    /** wˡₖ,ⱼ with 0-based k and j. */
    public double weight(int l, int k, int j) {
        return W[l][k * size(l - 1) + j];
    }

    public double bias(int l, int j) {
        return b[l][j];
    }

    public int parameterCount() {
        int n = 0;
        for (int l = 2; l <= L(); l++) {
            n += size(l) * size(l - 1) + size(l);
        }
        return n;
    }

    /** True if no weight or bias is NaN or infinite. */
    public boolean isFinite() {
        for (int l = 2; l <= L(); l++) {
            if (!allFinite(W[l], W[l].length) || !allFinite(b[l], b[l].length)) {
                return false;
            }
        }
        return true;
    }

    /** True if the first n entries are all finite (no NaN, no ±∞). */
    static boolean allFinite(double[] x, int n) {
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0; // x·0 is 0 for finite x and NaN for NaN or ±∞
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            a0 += x[i] * 0;
            a1 += x[i + 1] * 0;
            a2 += x[i + 2] * 0;
            a3 += x[i + 3] * 0;
        }
        for (; i < n; i++) {
            a0 += x[i] * 0;
        }
        return a0 + a1 + a2 + a3 == 0;
    }

    /**
     * (3)–(5) for a whole batch: {@code batch[c]} is the input x of example c; entry c of the result
     * is its output aᴸ.
     */
    public double[][] feedforward(double[][] batch) {
        return feedforward(batch, sharedKernels());
    }

    /** {@link Kernels#shared()}, or a clear message if the JVM was started without the Vector API. */
    static Kernels sharedKernels() {
        requireVectorApi();
        return Kernels.shared();
    }

    /** Kernels needs the incubating Vector API; without it the JVM would only say NoClassDefFoundError. */
    public static void requireVectorApi() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            throw new IllegalStateException(
                    "the fast training path needs the JVM option --add-modules jdk.incubator.vector"
                            + " (the bachprop launcher and the Maven build pass it; a JShell session needs it in its remote VM options)");
        }
    }

    double[][] feedforward(double[][] batch, Kernels kernels) {
        int m = batch.length;
        double[] a = columns(batch, 0, m, size(1), "input");
        for (int l = 2; l <= L(); l++) {
            double[] z = new double[size(l) * m];
            kernels.affine(W[l], size(l), size(l - 1), b[l], a, m, z); // (4) Zˡ = Wˡ Aˡ⁻¹ + bˡ 1ᵀ
            a = new double[z.length];
            kernels.sigma(z, a, z.length); // (5) Aˡ = σ(Zˡ)
        }
        double[][] out = new double[m][size(L())];
        for (int c = 0; c < m; c++) {
            System.arraycopy(a, c * size(L()), out[c], 0, size(L()));
        }
        return out;
    }

    /**
     * The mean of (7) C = ½ Σₖ (yₖ − aᴸₖ)² over a data set ({@code xs[i]}, {@code ys[i]}), fed
     * forward in batches of 100.
     */
    public double meanCost(double[][] xs, double[][] ys) {
        checkData(xs, ys);
        double total = 0;
        for (int from = 0; from < xs.length; from += 100) {
            int to = Math.min(xs.length, from + 100);
            double[][] out = feedforward(Arrays.copyOfRange(xs, from, to));
            for (int c = 0; c < out.length; c++) {
                total += QuadraticCost.cost(new Vec(out[c]), new Vec(ys[from + c]));
            }
        }
        return total / xs.length;
    }

    void checkData(double[][] xs, double[][] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " inputs but " + ys.length + " targets");
        }
        if (xs.length == 0) {
            throw new IllegalArgumentException("no examples");
        }
        for (int i = 0; i < xs.length; i++) {
            if (xs[i].length != size(1)) {
                throw new IllegalArgumentException("input " + i + " has " + xs[i].length
                        + " entries, the input layer has " + size(1) + " neurons");
            }
            if (ys[i].length != size(L())) {
                throw new IllegalArgumentException("target " + i + " has " + ys[i].length
                        + " entries, the output layer has " + size(L()) + " neurons");
            }
        }
    }

    /** Rows from..to−1 of {@code data} as the columns of one n × m matrix (stored column after column). */
    static double[] columns(double[][] data, int from, int to, int n, String what) {
        double[] M = new double[n * (to - from)];
        for (int c = 0; c < to - from; c++) {
            double[] v = data[from + c];
            if (v.length != n) {
                throw new IllegalArgumentException(
                        what + " " + (from + c) + " has " + v.length + " entries, expected " + n);
            }
            System.arraycopy(v, 0, M, c * n, n);
        }
        return M;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FastNetwork");
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? " " : "-").append(sizes[i]);
        }
        return sb.append(" (")
                .append(String.format("%,d", parameterCount()))
                .append(" parameters, f64)")
                .toString();
    }
}
