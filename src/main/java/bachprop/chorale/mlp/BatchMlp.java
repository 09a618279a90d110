package bachprop.chorale.mlp;

import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.List;

/**
 * The same equations as {@link Network}, on plain arrays and without the trace, so the chorale
 * network (1984 inputs, up to three hidden layers of 500) trains in seconds per epoch. Tested
 * against {@link Network}'s gradients. Indices as in Network: {@code W[l]} is Wˡ, row-major,
 * entry (k, j) = wˡₖ,ⱼ from neuron j of layer l−1 to neuron k of layer l; layers 1..L.
 */
public final class BatchMlp implements Mlp {
    private final int[] sizes;
    private final double[][] W; // W[l] for l = 2..L, length size(l) * size(l-1)
    private final double[][] b; // b[l] for l = 2..L

    private BatchMlp(int[] sizes, double[][] W, double[][] b) {
        this.sizes = sizes;
        this.W = W;
        this.b = b;
    }

    /** A copy of {@code net}'s weights and biases. */
    public static BatchMlp of(Network net) {
        int L = net.L();
        double[][] W = new double[L + 1][];
        double[][] b = new double[L + 1][];
        for (int l = 2; l <= L; l++) {
            double[][] rows = net.weight(l).toArray();
            int cols = net.size(l - 1);
            W[l] = new double[rows.length * cols];
            for (int k = 0; k < rows.length; k++) {
                System.arraycopy(rows[k], 0, W[l], k * cols, cols);
            }
            b[l] = net.bias(l).toArray();
        }
        return new BatchMlp(net.sizes(), W, b);
    }

    private int L() {
        return sizes.length;
    }

    private int size(int l) {
        return sizes[l - 1];
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public double[] feedforward(double[] x) {
        double[] a = x;
        for (int l = 2; l <= L(); l++) {
            a = sigma(weightedInput(l, a)); // (5) aˡ = σ(zˡ)
        }
        return a;
    }

    /** (4) zˡ = Wˡ aˡ⁻¹ + bˡ. */
    private double[] weightedInput(int l, double[] aPrev) {
        int rows = size(l);
        int cols = size(l - 1);
        double[] w = W[l];
        double[] z = new double[rows];
        for (int k = 0; k < rows; k++) {
            int off = k * cols;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int j = 0;
            for (; j + 3 < cols; j += 4) {
                s0 += w[off + j] * aPrev[j];
                s1 += w[off + j + 1] * aPrev[j + 1];
                s2 += w[off + j + 2] * aPrev[j + 2];
                s3 += w[off + j + 3] * aPrev[j + 3];
            }
            for (; j < cols; j++) {
                s0 += w[off + j] * aPrev[j];
            }
            z[k] = s0 + s1 + s2 + s3 + b[l][k];
        }
        return z;
    }

    private static double[] sigma(double[] z) {
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
        }
        return a;
    }

    @Override
    public double updateMiniBatch(double[][] xs, double[][] ys, double eta) {
        int m = xs.length;
        double[][] nablaW = new double[L() + 1][];
        double[][] nablaB = new double[L() + 1][];
        for (int l = 2; l <= L(); l++) {
            nablaW[l] = new double[W[l].length];
            nablaB[l] = new double[b[l].length];
        }
        double cost = 0;
        for (int e = 0; e < m; e++) {
            cost += backprop(xs[e], ys[e], nablaW, nablaB);
        }
        update(nablaW, nablaB, eta / m);
        return cost;
    }

    /**
     * Steps 2–4 for one example: feed forward, BP1, BP2, then add BP3 and BP4 into the sums.
     * Returns the example's cost (eq. 7).
     */
    double backprop(double[] x, double[] y, double[][] nablaW, double[][] nablaB) {
        double[][] a = new double[L() + 1][];
        a[1] = x;
        for (int l = 2; l <= L(); l++) {
            a[l] = sigma(weightedInput(l, a[l - 1])); // (4), (5)
        }
        double[] aL = a[L()];
        double[] delta = new double[aL.length];
        for (int j = 0; j < aL.length; j++) {
            delta[j] = (aL[j] - y[j]) * aL[j] * (1 - aL[j]); // (BP1) δᴸ = (aᴸ − y) ⊙ σ′(zᴸ), σ′ = a(1 − a)
        }
        double cost = Mlp.cost(aL, y);
        for (int l = L(); l >= 2; l--) {
            accumulate(l, delta, a[l - 1], nablaW[l], nablaB[l]);
            if (l > 2) {
                delta = hiddenError(l - 1, delta, a[l - 1]);
            }
        }
        return cost;
    }

    /** (BP3) ∂C/∂bˡ = δˡ and (BP4) ∂C/∂wˡₖ,ⱼ = δˡₖ aˡ⁻¹ⱼ, added to the mini-batch sums. */
    private void accumulate(int l, double[] delta, double[] aPrev, double[] nW, double[] nB) {
        int cols = size(l - 1);
        for (int k = 0; k < delta.length; k++) {
            double dk = delta[k];
            nB[k] += dk;
            if (dk == 0) {
                continue;
            }
            int off = k * cols;
            for (int j = 0; j < cols; j++) {
                nW[off + j] += dk * aPrev[j];
            }
        }
    }

    /** (BP2) δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ), with σ′(zˡ) = aˡ(1 − aˡ). */
    private double[] hiddenError(int l, double[] deltaNext, double[] al) {
        int cols = size(l);
        double[] w = W[l + 1];
        double[] sum = new double[cols];
        for (int k = 0; k < deltaNext.length; k++) {
            double dk = deltaNext[k];
            int off = k * cols;
            for (int j = 0; j < cols; j++) {
                sum[j] += w[off + j] * dk;
            }
        }
        for (int j = 0; j < cols; j++) {
            sum[j] *= al[j] * (1 - al[j]);
        }
        return sum;
    }

    /** (13) v → v − (η/m) Σ ∂C/∂v over the mini-batch. */
    private void update(double[][] nablaW, double[][] nablaB, double step) {
        for (int l = 2; l <= L(); l++) {
            double[] w = W[l];
            double[] nW = nablaW[l];
            for (int i = 0; i < w.length; i++) {
                w[i] -= step * nW[i];
            }
            for (int i = 0; i < b[l].length; i++) {
                b[l][i] -= step * nablaB[l][i];
            }
        }
    }

    @Override
    public boolean isFinite() {
        for (int l = 2; l <= L(); l++) {
            for (double v : W[l]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            for (double v : b[l]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public Network toNetwork() {
        List<Mat> weights = new ArrayList<>();
        List<Vec> biases = new ArrayList<>();
        for (int l = 2; l <= L(); l++) {
            int rows = size(l);
            int cols = size(l - 1);
            double[][] m = new double[rows][cols];
            for (int k = 0; k < rows; k++) {
                System.arraycopy(W[l], k * cols, m[k], 0, cols);
            }
            weights.add(new Mat(m));
            biases.add(new Vec(b[l].clone()));
        }
        return new Network(weights, biases);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("BatchMlp");
        for (int i = 0; i < sizes.length; i++) {
            s.append(i == 0 ? " " : "-").append(sizes[i]);
        }
        return s.toString();
    }
}
