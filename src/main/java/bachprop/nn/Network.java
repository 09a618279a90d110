package bachprop.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A fully connected network of sigmoid neurons with quadratic cost, trained by backpropagation
 * and stochastic gradient descent, written to read like the text (sections 2–5).
 *
 * <p>Layers are numbered as in the text: layer 1 is the input, layer L the output. {@code W[l]}
 * is Wˡ, whose entry (k, j) is wˡₖ,ⱼ, the weight from neuron j of layer l−1 to neuron k of
 * layer l; {@code b[l]} is bˡ. So zˡ = Wˡ aˡ⁻¹ + bˡ (the text's eq. 4 writes xW: see chapter 1).
 *
 * <p>This is the teaching path: one example at a time, clear rather than fast. The chorale
 * chapters train through {@code bachprop.nn.fast}, which computes the same equations over a whole
 * mini-batch and is tested against this class.
 */
public final class Network {
    private final int[] sizes;
    private final Mat[] W; // W[l] = Wˡ for l = 2..L; W[0] and W[1] are unused (the input layer has no weights)
    private final Vec[] b; // b[l] = bˡ for l = 2..L

    /**
     * @param weights Wˡ for l = 2..L, in order
     * @param biases  bˡ for l = 2..L, in order
     */
    public Network(List<Mat> weights, List<Vec> biases) {
        if (weights.isEmpty() || weights.size() != biases.size()) {
            throw new IllegalArgumentException("need one weight matrix and one bias vector per layer after the input");
        }
        int L = weights.size() + 1;
        sizes = new int[L];
        sizes[0] = weights.get(0).cols();
        W = new Mat[L + 1];
        b = new Vec[L + 1];
        for (int l = 2; l <= L; l++) {
            Mat w = weights.get(l - 2);
            Vec bias = biases.get(l - 2);
            if (w.cols() != sizes[l - 2]) {
                throw new IllegalArgumentException("W" + Sym.sup(l) + " has " + w.cols() + " columns but layer "
                        + (l - 1) + " has " + sizes[l - 2] + " neurons");
            }
            if (bias.size() != w.rows()) {
                throw new IllegalArgumentException("b" + Sym.sup(l) + " has " + bias.size() + " entries but W"
                        + Sym.sup(l) + " has " + w.rows() + " rows");
            }
            sizes[l - 1] = w.rows();
            W[l] = w;
            b[l] = bias;
        }
    }

    /** Step 1 of the algorithm: random weights and biases, reproducible from {@code seed}. */
    public static Network random(long seed, Init init, int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output layer");
        }
        Random random = new Random(seed);
        List<Mat> weights = new ArrayList<>();
        List<Vec> biases = new ArrayList<>();
        for (int l = 2; l <= sizes.length; l++) {
            int nIn = sizes[l - 2];
            double std = init == Init.SCALED ? 1.0 / Math.sqrt(nIn) : 1.0;
            weights.add(Mat.gaussian(sizes[l - 1], nIn, std, random));
            biases.add(Mat.gaussian(1, sizes[l - 1], 1.0, random).row(0));
        }
        return new Network(weights, biases);
    }

    public static Network random(long seed, int... sizes) {
        return random(seed, Init.STANDARD, sizes);
    }

    public Network copy() {
        List<Mat> weights = new ArrayList<>();
        List<Vec> biases = new ArrayList<>();
        for (int l = 2; l <= L(); l++) {
            weights.add(W[l]);
            biases.add(b[l]);
        }
        return new Network(weights, biases);
    }

    /** The number of layers, L. */
    public int L() {
        return sizes.length;
    }

    /** The number of neurons in layer l (1-based). */
    public int size(int l) {
        return sizes[l - 1];
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public Mat weight(int l) {
        return W[l];
    }

    public Vec bias(int l) {
        return b[l];
    }

    /** wˡₖ,ⱼ with 0-based k and j. */
    public double weight(int l, int k, int j) {
        return W[l].get(k, j);
    }

    public double bias(int l, int j) {
        return b[l].get(j);
    }

    public void setWeight(int l, int k, int j, double value) {
        W[l] = W[l].with(k, j, value);
    }

    public void setBias(int l, int j, double value) {
        double[] v = b[l].toArray();
        v[j] = value;
        b[l] = new Vec(v);
    }

    /** The number of weights and biases. */
    public int parameterCount() {
        int n = 0;
        for (int l = 2; l <= L(); l++) {
            n += size(l) * size(l - 1) + size(l);
        }
        return n;
    }

    // ---- Feed forward (section 2) ----

    /** (3)–(5) aᴸ for input x. */
    public Vec feedforward(Vec x) {
        return forward(x, null).output();
    }

    /** Step 2: feed forward, keeping every zˡ and aˡ; records each step if {@code trace} is not null. */
    public ForwardPass forward(Vec x, Trace trace) {
        if (x.size() != size(1)) {
            throw new IllegalArgumentException(
                    "input has " + x.size() + " entries, the input layer has " + size(1) + " neurons");
        }
        Recorder record = Recorder.to(trace);
        Vec[] zs = new Vec[L() + 1];
        Vec[] as = new Vec[L() + 1];
        as[1] = x;
        for (int l = 2; l <= L(); l++) {
            zs[l] = W[l].times(as[l - 1]).plus(b[l]); // (4) zˡ = Wˡ aˡ⁻¹ + bˡ
            as[l] = Sigmoid.sigma(zs[l]); // (5) aˡ = σ(zˡ)
            record.layer(l, W[l], b[l], as[l - 1], zs[l], as[l]);
        }
        return new ForwardPass(zs, as);
    }

    /** (7) C = ½ Σₖ (yₖ − aᴸₖ)² for one example. */
    public double cost(Vec x, Vec y) {
        return QuadraticCost.cost(feedforward(x), y);
    }

    /** The mean of eq. 7 over many examples. */
    public double meanCost(List<Example> examples) {
        double total = 0;
        for (Example e : examples) {
            total += cost(e.x(), e.y());
        }
        return total / examples.size();
    }

    // ---- Backpropagation (section 4) ----

    public Gradient backprop(Vec x, Vec y) {
        return backprop(x, y, null);
    }

    /**
     * Steps 2–4 of the algorithm for one example: feed forward, the cost, the error of every
     * neuron (BP1, BP2), then the gradient (BP3, BP4). Records every step if {@code trace} is given.
     */
    public Gradient backprop(Vec x, Vec y, Trace trace) {
        if (y.size() != size(L())) {
            throw new IllegalArgumentException(
                    "target has " + y.size() + " entries, the output layer has " + size(L()) + " neurons");
        }
        Recorder record = Recorder.to(trace);
        ForwardPass f = forward(x, trace);
        record.cost(L(), f.output(), y);
        Vec[] delta = new Vec[L() + 1];
        delta[L()] = outputError(f, y, record);
        for (int l = L() - 1; l >= 2; l--) {
            delta[l] = hiddenError(l, f, delta[l + 1], record);
        }
        Vec[] nablaB = new Vec[L() + 1];
        Mat[] nablaW = new Mat[L() + 1];
        for (int l = L(); l >= 2; l--) {
            nablaB[l] = biasGradient(l, delta[l], record);
        }
        for (int l = L(); l >= 2; l--) {
            nablaW[l] = weightGradient(l, delta[l], f.a(l - 1), record);
        }
        return new Gradient(nablaW, nablaB);
    }

    /** (BP1) δᴸ = (aᴸ − y) ⊙ σ′(zᴸ) — eq. 16. */
    Vec outputError(ForwardPass f, Vec y, Recorder record) {
        Vec sp = Sigmoid.sigmaPrime(f.z(L()));
        Vec delta = QuadraticCost.costDerivative(f.a(L()), y).hadamard(sp);
        record.outputError(L(), f.a(L()), y, sp, delta);
        return delta;
    }

    /** (BP2) δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ) — eq. 17. */
    Vec hiddenError(int l, ForwardPass f, Vec deltaNext, Recorder record) {
        Vec sp = Sigmoid.sigmaPrime(f.z(l));
        Vec delta = W[l + 1].transposeTimes(deltaNext).hadamard(sp);
        record.hiddenError(l, W[l + 1], deltaNext, sp, delta);
        return delta;
    }

    /** (BP3) ∂C/∂bˡ = δˡ — eq. 20. */
    Vec biasGradient(int l, Vec delta, Recorder record) {
        record.biasGradient(l, delta, delta);
        return delta;
    }

    /** (BP4) ∂C/∂wˡₖ,ⱼ = δˡₖ aˡ⁻¹ⱼ — eq. 22, i.e. ∂C/∂Wˡ = δˡ (aˡ⁻¹)ᵀ. */
    Mat weightGradient(int l, Vec delta, Vec aPrev, Recorder record) {
        Mat nablaW = delta.outer(aPrev);
        record.weightGradient(l, delta, aPrev, nablaW);
        return nablaW;
    }

    // ---- Gradient descent (sections 3.5, 4.3, 5) ----

    /** Step 6: (13) v → v − η ∇C, for every weight and bias. */
    public void update(Gradient g, double eta) {
        update(g, eta, true, null);
    }

    /** (13) v → v − η ∂C/∂v; biases only if {@code updateBiases}; records each parameter if traced. */
    public void update(Gradient g, double eta, boolean updateBiases, Trace trace) {
        Recorder record = Recorder.to(trace);
        for (int l = L(); l >= 2; l--) {
            Mat newW = W[l].minus(g.nablaW(l).times(eta));
            record.updateWeights(l, W[l], eta, g.nablaW(l), newW);
            W[l] = newW;
        }
        for (int l = L(); l >= 2 && updateBiases; l--) {
            Vec newB = b[l].minus(g.nablaB(l).times(eta));
            record.updateBiases(l, b[l], eta, g.nablaB(l), newB);
            b[l] = newB;
        }
    }

    /**
     * One full step for one example, traced: feed forward, cost, BP1–BP4, then the update.
     * This is what the δ-flow visualiser and {@code bachprop trace} show.
     */
    public Trace trainStep(Vec x, Vec y, double eta, boolean updateBiases) {
        Trace trace = new Trace();
        Gradient g = backprop(x, y, trace);
        update(g, eta, updateBiases, trace);
        return trace;
    }

    /** Step 5 (section 4.3): ∇C̄, the mean of the per-example gradients over a mini-batch. */
    public Gradient meanGradient(List<Example> miniBatch) {
        Gradient sum = Gradient.zerosLike(this);
        for (Example e : miniBatch) {
            sum = sum.plus(backprop(e.x(), e.y()));
        }
        return sum.times(1.0 / miniBatch.size());
    }

    /** Steps 2–6 for one mini-batch: average the gradients, then take one step of size η. */
    public void updateMiniBatch(List<Example> miniBatch, double eta) {
        update(meanGradient(miniBatch), eta);
    }

    /** Called after each epoch of {@link #sgd}. */
    public interface EpochListener {
        void epochDone(int epoch, Network network);
    }

    /**
     * Step 7: stochastic gradient descent. Each epoch shuffles the training data with
     * {@code random}, cuts it into mini-batches and updates once per mini-batch.
     *
     * @throws DivergenceException as soon as a parameter stops being finite
     */
    public void sgd(
            List<Example> training, int epochs, int miniBatchSize, double eta, Random random, EpochListener listener) {
        List<Example> data = new ArrayList<>(training);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(data, random);
            for (int start = 0; start < data.size(); start += miniBatchSize) {
                updateMiniBatch(data.subList(start, Math.min(start + miniBatchSize, data.size())), eta);
            }
            if (!isFinite()) {
                throw new DivergenceException(epoch, "a weight or bias is NaN or infinite (η = " + eta + ")");
            }
            if (listener != null) {
                listener.epochDone(epoch, this);
            }
        }
    }

    public boolean isFinite() {
        for (int l = 2; l <= L(); l++) {
            if (!W[l].isFinite() || !b[l].isFinite()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Network");
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? " " : "-").append(sizes[i]);
        }
        sb.append(" (").append(parameterCount()).append(" parameters)");
        if (parameterCount() <= 60) {
            for (int l = 2; l <= L(); l++) {
                sb.append("\n  W")
                        .append(Sym.sup(l))
                        .append(" = ")
                        .append(W[l].toString().replace("\n", "\n       "));
                sb.append("\n  b").append(Sym.sup(l)).append(" = ").append(b[l]);
            }
        }
        return sb.toString();
    }
}
