package bachprop.nn.fast;

import bachprop.nn.DivergenceException;
import bachprop.nn.Gradient;
import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

/**
 * Stochastic gradient descent for a {@link FastNetwork}: the algorithm of section 5 and the
 * equations of {@link Network}, written for a whole mini-batch at once.
 *
 * <p>Where {@code Network} handles one example x, this class handles m examples side by side:
 * each vector of the text becomes a matrix with one column per example, Xˡ = [x₁ … xₘ], and each
 * equation becomes a matrix equation — Zˡ = Wˡ Aˡ⁻¹ + bˡ 1ᵀ, Δᴸ = (Aᴸ − Y) ⊙ σ′(Zᴸ), and so on.
 * Column c of every matrix is exactly what {@code Network} computes for example c. The sum over
 * the batch that section 4.3 averages is then one matrix product: Σ_c δ_c (a_c)ᵀ = Δ Aᵀ.
 *
 * <p>The products themselves are in {@link Kernels}; here every method is one step.
 */
public final class FastTrainer {

    /** Told after every mini-batch, e.g. to move a progress bar or extend a live plot. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param epoch     1-based epoch
         * @param batch     1-based index of the mini-batch just used, of {@code batches} in the epoch
         * @param costSoFar the mean cost (7) of the epoch's examples so far, each measured in the
         *                  forward pass just before its mini-batch's update
         */
        void batchDone(int epoch, int batch, int batches, double costSoFar);
    }

    /** The mean training cost of each epoch (as {@link Progress} reports it at the epoch's end). */
    public record History(double[] meanCost) {
        public int epochs() {
            return meanCost.length;
        }

        public double last() {
            return meanCost[meanCost.length - 1];
        }

        @Override
        public String toString() {
            if (meanCost.length == 0) {
                return "0 epochs";
            }
            StringBuilder sb =
                    new StringBuilder(meanCost.length + (meanCost.length == 1 ? " epoch" : " epochs") + ", mean cost");
            for (int e = 0; e < meanCost.length; e++) {
                if (meanCost.length > 8 && e == 4) {
                    sb.append(" → …");
                    e = meanCost.length - 3;
                }
                sb.append(e == 0 ? " " : " → ").append(String.format("%.4g", meanCost[e]));
            }
            return sb.toString();
        }
    }

    private final FastNetwork net;
    private final Kernels kernels;

    // One mini-batch of m examples. Each matrix has one column per example and is stored column
    // after column (Kernels explains the layout); index l = 1..L as in the text.
    private double[][] z; // Zˡ, size(l) × m (z[1] unused)
    private double[][] a; // Aˡ, size(l) × m; A¹ = X, the inputs
    private double[][] delta; // Δˡ, size(l) × m (delta[1] unused)
    private double[][] nablaB; // ∂C̄/∂bˡ, the batch mean of δˡ
    private double[] y; // Y, the targets, size(L) × m
    private int capacity; // the largest m the arrays above can hold

    public FastTrainer(FastNetwork net) {
        this(net, FastNetwork.sharedKernels());
    }

    public FastTrainer(FastNetwork net, Kernels kernels) {
        this.net = net;
        this.kernels = kernels;
    }

    public FastNetwork network() {
        return net;
    }

    // ---- Step 7: stochastic gradient descent ----

    /**
     * Trains on ({@code xs[i]}, {@code ys[i]}) for {@code epochs} epochs. Like
     * {@link Network#sgd}, each epoch shuffles the examples with {@code random} (the same
     * shuffles, so the same seed gives the same mini-batches), cuts them into mini-batches of
     * {@code miniBatchSize} (the last may be smaller) and takes one step per mini-batch.
     *
     * <p>To stop early (a Stop button), interrupt the training thread or throw from
     * {@code progress}: training stops after the current mini-batch, the steps taken so far kept.
     *
     * @param progress told after every mini-batch; may be null
     * @throws DivergenceException as soon as a mini-batch's cost, or after an epoch a weight or
     *                             bias, is NaN or infinite; the network is left as it was then
     * @throws java.util.concurrent.CancellationException if the thread was interrupted (the
     *                             interrupt flag stays set)
     */
    public History train(
            double[][] xs, double[][] ys, int epochs, int miniBatchSize, double eta, Random random, Progress progress) {
        net.checkData(xs, ys);
        if (epochs < 0 || miniBatchSize < 1) {
            throw new IllegalArgumentException(
                    "need epochs ≥ 0 and a mini-batch size ≥ 1 (got " + epochs + ", " + miniBatchSize + ")");
        }
        if (!Double.isFinite(eta)) {
            throw new IllegalArgumentException("η must be a finite number, not " + eta);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            order.add(i);
        }
        int batches = (xs.length + miniBatchSize - 1) / miniBatchSize;
        double[] history = new double[epochs];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            double total = 0;
            for (int batch = 0; batch < batches; batch++) {
                int from = batch * miniBatchSize;
                int m = Math.min(miniBatchSize, xs.length - from);
                load(xs, ys, order.subList(from, from + m));
                double cost = updateMiniBatch(m, eta);
                if (!Double.isFinite(cost)) {
                    throw new DivergenceException(
                            epoch, "the cost of mini-batch " + (batch + 1) + " is " + cost + " (η = " + eta + ")");
                }
                total += cost;
                if (progress != null) {
                    progress.batchDone(epoch, batch + 1, batches, total / (from + m));
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException(
                            "training interrupted in epoch " + epoch + " after mini-batch " + (batch + 1));
                }
            }
            if (!net.isFinite()) {
                throw new DivergenceException(epoch, "a weight or bias is NaN or infinite (η = " + eta + ")");
            }
            history[epoch - 1] = total / xs.length;
        }
        return new History(history);
    }

    /**
     * Steps 2–6 for one mini-batch ({@code xs[c]}, {@code ys[c]}): one step of size η along the
     * mean gradient. Returns the batch's summed cost (7), measured before the step.
     */
    public double updateMiniBatch(double[][] xs, double[][] ys, double eta) {
        loadAll(xs, ys);
        return updateMiniBatch(xs.length, eta);
    }

    /** Step 5: the mean gradient ∇C̄ over a mini-batch (no step is taken). */
    public Gradient meanGradient(double[][] xs, double[][] ys) {
        loadAll(xs, ys);
        int m = xs.length;
        backprop(m);
        int L = net.L();
        Mat[] nablaW = new Mat[L + 1];
        Vec[] nablaBv = new Vec[L + 1];
        for (int l = 2; l <= L; l++) {
            double[] sum = new double[net.size(l) * net.size(l - 1)];
            kernels.addScaledOuter(
                    sum, net.size(l), net.size(l - 1), 1.0 / m, delta[l], a[l - 1], m); // (BP4) mean of δ aᵀ
            nablaW[l] = FastNetwork.asMat(sum, net.size(l), net.size(l - 1));
            nablaBv[l] = new Vec(Arrays.copyOf(nablaB[l], net.size(l)));
        }
        return new Gradient(nablaW, nablaBv);
    }

    // ---- one mini-batch, step by step ----

    /** Steps 2–6 on the m examples already loaded; returns their summed cost (7) before the step. */
    private double updateMiniBatch(int m, double eta) {
        double cost = backprop(m);
        for (int l = net.L(); l >= 2; l--) {
            updateWeights(l, eta, m);
            updateBiases(l, eta);
        }
        return cost;
    }

    /** Steps 2–5: feed forward, cost, BP1, BP2 for every layer, BP3. Returns the summed cost. */
    private double backprop(int m) {
        feedforward(m);
        double cost = cost(m);
        outputError(m);
        for (int l = net.L() - 1; l >= 2; l--) {
            hiddenError(l, m);
        }
        for (int l = net.L(); l >= 2; l--) {
            biasGradient(l, m);
        }
        // Every Δˡ is computed before any weight changes: BP2 must use the old Wˡ⁺¹ (the bug in Mazur's blog,
        // docs/oracles.md).
        return cost;
    }

    /** Step 1 of each mini-batch: X = [x₁ … xₘ] and Y = [y₁ … yₘ], one example per column. */
    private void load(double[][] xs, double[][] ys, List<Integer> examples) {
        int m = examples.size();
        ensureCapacity(m);
        int nIn = net.size(1), nOut = net.size(net.L());
        for (int c = 0; c < m; c++) {
            int i = examples.get(c);
            System.arraycopy(xs[i], 0, a[1], c * nIn, nIn);
            System.arraycopy(ys[i], 0, y, c * nOut, nOut);
        }
    }

    /** {@link #load} of every example given, in order, after checking their sizes. */
    private void loadAll(double[][] xs, double[][] ys) {
        net.checkData(xs, ys);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            all.add(i);
        }
        load(xs, ys, all);
    }

    /** Step 2: (4) Zˡ = Wˡ Aˡ⁻¹ + bˡ 1ᵀ and (5) Aˡ = σ(Zˡ), for l = 2..L. */
    private void feedforward(int m) {
        for (int l = 2; l <= net.L(); l++) {
            kernels.affine(net.W[l], net.size(l), net.size(l - 1), net.b[l], a[l - 1], m, z[l]); // (4)
            kernels.sigma(z[l], a[l], net.size(l) * m); // (5)
        }
    }

    /** (7) C = ½ Σₖ (yₖ − aᴸₖ)², summed over the m columns. */
    private double cost(int m) {
        double[] aL = a[net.L()];
        double sum = 0;
        for (int c = 0, n = net.size(net.L()); c < m; c++) {
            double C = 0;
            for (int k = c * n; k < (c + 1) * n; k++) {
                C += (y[k] - aL[k]) * (y[k] - aL[k]);
            }
            sum += 0.5 * C;
        }
        return sum;
    }

    /** (BP1) Δᴸ = (Aᴸ − Y) ⊙ σ′(Zᴸ), with σ′(z) = σ(z)(1 − σ(z)) = a(1 − a). */
    private void outputError(int m) {
        int L = net.L();
        double[] aL = a[L], dL = delta[L];
        for (int i = 0; i < net.size(L) * m; i++) {
            dL[i] = (aL[i] - y[i]) * (aL[i] * (1.0 - aL[i]));
        }
    }

    /** (BP2) Δˡ = ((Wˡ⁺¹)ᵀ Δˡ⁺¹) ⊙ σ′(Zˡ). */
    private void hiddenError(int l, int m) {
        kernels.transposeTimes(net.W[l + 1], net.size(l + 1), net.size(l), delta[l + 1], m, delta[l]);
        double[] al = a[l], dl = delta[l];
        for (int i = 0; i < net.size(l) * m; i++) {
            dl[i] = dl[i] * (al[i] * (1.0 - al[i]));
        }
    }

    /** (BP3) ∂C/∂bˡ = δˡ, averaged over the batch (section 4.3): ∂C̄/∂bˡ = (1/m) Σ_c Δˡ_{·,c}. */
    private void biasGradient(int l, int m) {
        int n = net.size(l);
        double[] g = nablaB[l], d = delta[l];
        Arrays.fill(g, 0, n, 0.0);
        for (int c = 0; c < m; c++) {
            for (int k = 0; k < n; k++) {
                g[k] += d[c * n + k];
            }
        }
        for (int k = 0; k < n; k++) {
            g[k] *= 1.0 / m;
        }
    }

    /**
     * (BP4) then (13) for the weights: Wˡ → Wˡ − η · (1/m) Σ_c δ_c (a_c)ˡ⁻¹ᵀ = Wˡ − (η/m) Δˡ (Aˡ⁻¹)ᵀ.
     * The mean gradient is added straight into Wˡ rather than stored first: one pass over Wˡ.
     */
    private void updateWeights(int l, double eta, int m) {
        kernels.addScaledOuter(net.W[l], net.size(l), net.size(l - 1), -eta / m, delta[l], a[l - 1], m);
    }

    /** (13) for the biases: bˡ → bˡ − η ∂C̄/∂bˡ. */
    private void updateBiases(int l, double eta) {
        double[] bl = net.b[l], g = nablaB[l];
        for (int k = 0; k < bl.length; k++) {
            bl[k] = bl[k] - g[k] * eta;
        }
    }

    private void ensureCapacity(int m) {
        if (m <= capacity) {
            return;
        }
        int L = net.L();
        z = new double[L + 1][];
        a = new double[L + 1][];
        delta = new double[L + 1][];
        nablaB = new double[L + 1][];
        for (int l = 1; l <= L; l++) {
            a[l] = new double[net.size(l) * m];
            if (l >= 2) {
                z[l] = new double[net.size(l) * m];
                delta[l] = new double[net.size(l) * m];
                nablaB[l] = new double[net.size(l)];
            }
        }
        y = new double[net.size(L) * m];
        capacity = m;
    }

    @Override
    public String toString() {
        return "FastTrainer for " + net + " on " + kernels;
    }
}
