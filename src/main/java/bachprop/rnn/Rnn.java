package bachprop.rnn;

import bachprop.nn.DivergenceException;
import bachprop.nn.Mat;
import bachprop.nn.Sigmoid;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The recurrent network of the text's section 7: one hidden layer of sigmoid neurons whose
 * state h_t is fed back, eq. 25, and an output o_t computed from h_t.
 *
 * <p>Vectors are rows, as eq. 25 writes them (x_t W_xh): entry (i, j) of W_xh is the weight from
 * input i to hidden neuron j, so each column belongs to one neuron. (The text declares x_t and
 * h_t column vectors; with columns the products would have to be W x_t — see chapter 8.)
 *
 * <p>Departing from the text, which leaves the output layer and cost open: the output is
 * ŷ_t = softmax(h_t W_ho + b_o) and the cost is the cross-entropy C = Σ_t −log ŷ_t[y_t] of the
 * true next token, so the network predicts a probability for every possible next note.
 *
 * <p>This is the teaching path, clear rather than fast: one sequence at a time.
 */
public final class Rnn {
    private final Map<Param, Mat> p = new EnumMap<>(Param.class);
    private final OutputGroups groups; // the output's softmax groups, e.g. {46, 16} for pitch and duration

    /**
     * @param Wxh n_in × n_h, @param Whh n_h × n_h, @param bh n_h, @param Who n_h × n_out, @param bo n_out
     */
    public Rnn(Mat Wxh, Mat Whh, Vec bh, Mat Who, Vec bo) {
        this(Wxh, Whh, bh, Who, bo, new int[] {Who.cols()});
    }

    /**
     * An RNN whose output is split into groups with a softmax each (beyond the text: chapter 9
     * predicts a pitch and a duration, two distributions); the groups' sizes must add up to n_out.
     */
    public Rnn(Mat Wxh, Mat Whh, Vec bh, Mat Who, Vec bo, int... groups) {
        int nH = Whh.rows();
        require(Whh.cols() == nH, "W_hh must be square, it is " + Whh.rows() + "×" + Whh.cols());
        require(Wxh.cols() == nH, "W_xh has " + Wxh.cols() + " columns but the hidden layer has " + nH + " neurons");
        require(bh.size() == nH, "b_h has " + bh.size() + " entries but the hidden layer has " + nH + " neurons");
        require(Who.rows() == nH, "W_ho has " + Who.rows() + " rows but the hidden layer has " + nH + " neurons");
        require(bo.size() == Who.cols(), "b_o has " + bo.size() + " entries but W_ho has " + Who.cols() + " columns");
        this.groups = new OutputGroups(groups, Who.cols());
        p.put(Param.W_XH, Wxh);
        p.put(Param.W_HH, Whh);
        p.put(Param.B_H, row(bh));
        p.put(Param.W_HO, Who);
        p.put(Param.B_O, row(bo));
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A vector as a matrix of one row: how a bias is stored. */
    static Mat row(Vec v) {
        return new Mat(new double[][] {v.toArray()});
    }

    /** Random weights N(0, 1/n_in) (so a sum of n_in terms has spread about 1), zero biases. */
    public static Rnn random(long seed, int nIn, int nHidden, int nOut) {
        Random r = new Random(seed);
        return new Rnn(
                Mat.gaussian(nIn, nHidden, 1 / Math.sqrt(nIn), r),
                Mat.gaussian(nHidden, nHidden, 1 / Math.sqrt(nHidden), r),
                Vec.zeros(nHidden),
                Mat.gaussian(nHidden, nOut, 1 / Math.sqrt(nHidden), r),
                Vec.zeros(nOut));
    }

    /** Random weights as {@link #random(long, int, int, int)}, with the output split into softmax groups. */
    public static Rnn randomGrouped(long seed, int nIn, int nHidden, int... groups) {
        int nOut = 0;
        for (int g : groups) {
            nOut += g;
        }
        Rnn r = random(seed, nIn, nHidden, nOut);
        return new Rnn(r.Wxh(), r.Whh(), r.bh(), r.Who(), r.bo(), groups);
    }

    public Rnn copy() {
        return new Rnn(Wxh(), Whh(), bh(), Who(), bo(), groups.sizes());
    }

    /** The sizes of the output's softmax groups (one group of n_out unless made with groups). */
    public int[] groups() {
        return groups.sizes();
    }

    /** The output's softmax groups, for the forward pass. */
    OutputGroups outputGroups() {
        return groups;
    }

    public int nIn() {
        return Wxh().rows();
    }

    public int nHidden() {
        return Whh().rows();
    }

    public int nOut() {
        return Who().cols();
    }

    public Mat Wxh() {
        return p.get(Param.W_XH);
    }

    public Mat Whh() {
        return p.get(Param.W_HH);
    }

    public Vec bh() {
        return p.get(Param.B_H).row(0);
    }

    public Mat Who() {
        return p.get(Param.W_HO);
    }

    public Vec bo() {
        return p.get(Param.B_O).row(0);
    }

    /** One parameter block (a bias as a matrix of one row). */
    public Mat get(Param q) {
        return p.get(q);
    }

    /** Entry (i, j) of one block (i = 0 for a bias). */
    public double get(Param q, int i, int j) {
        return p.get(q).get(i, j);
    }

    public void set(Param q, int i, int j, double value) {
        p.put(q, p.get(q).with(i, j, value));
    }

    /** Replaces a whole block (same shape). */
    public void set(Param q, Mat value) {
        Mat old = p.get(q);
        require(
                old.rows() == value.rows() && old.cols() == value.cols(),
                q.symbol() + " must stay " + old.rows() + "×" + old.cols());
        p.put(q, value);
    }

    public int parameterCount() {
        int n = 0;
        for (Mat m : p.values()) {
            n += m.rows() * m.cols();
        }
        return n;
    }

    // ---- Feed forward (section 7.1) ----

    /** The forward pass from h₀ = 0. */
    public RnnForward forward(List<Vec> xs, int[] targets) {
        return forward(xs, Vec.zeros(nHidden()), targets, null);
    }

    /**
     * Feeds x₁..x_T forward from the starting state h₀, keeping every z_t, h_t, o_t, ŷ_t; the
     * cost counts the steps whose target is ≥ 0 (−1 means "no target at this step").
     * Records each step if {@code trace} is not null.
     */
    public RnnForward forward(List<Vec> xs, Vec h0, int[] targets, BpttTrace trace) {
        return forward(xs, h0, perGroup(targets), trace);
    }

    /** One target index per softmax group at each step (null: no target at that step). */
    int[][] perGroup(int[] targets) {
        return groups.perGroup(targets);
    }

    /**
     * The forward pass with one target index per output group at each step ({@code targets[t−1]},
     * null where there is none); the cost of a step is the sum of its groups' cross-entropies.
     */
    public RnnForward forward(List<Vec> xs, Vec h0, int[][] targets, BpttTrace trace) {
        return RnnForwardPass.run(this, xs, h0, targets, trace);
    }

    /** The indices into o_t (all groups side by side) of the targets y. */
    int[] flatTargets(int[] y) {
        return groups.flatTargets(y);
    }

    /** z_t = x_t W_xh + h_{t−1} W_hh + b_h, the inside of eq. 25. */
    Vec weightedInput(Vec xt, Vec hPrev) {
        // Mat.transposeTimes(v) is Wᵀv, whose entries are those of the row vector v W.
        return Wxh().transposeTimes(xt).plus(Whh().transposeTimes(hPrev)).plus(bh());
    }

    /** o_t = h_t W_ho + b_o. */
    Vec output(Vec ht) {
        return Who().transposeTimes(ht).plus(bo());
    }

    /** C = Σ_t C_t for one sequence of inputs and targets (−1: no target), from h₀ = 0. */
    public double cost(List<Vec> xs, int[] targets) {
        return forward(xs, targets).totalCost();
    }

    // ---- Tokens: one-hot inputs, next-token targets (section 7.2) ----

    /** The one-hot vectors x_t of a sequence of token numbers 0..n_in−1. */
    public List<Vec> oneHot(int[] tokens) {
        List<Vec> xs = new ArrayList<>();
        for (int k : tokens) {
            require(k >= 0 && k < nIn(), "token " + k + " is not one of the " + nIn() + " inputs");
            xs.add(Softmax.oneHot(nIn(), k));
        }
        return xs;
    }

    /** Input the sequence without its last token and target it shifted by one: [A,B,C,D] → [B,C,D,E]. */
    public static int[] inputsOf(int[] sequence) {
        return Arrays.copyOf(sequence, sequence.length - 1);
    }

    /** The targets: the sequence shifted forwards by one step (section 7.2). */
    public static int[] targetsOf(int[] sequence) {
        return Arrays.copyOfRange(sequence, 1, sequence.length);
    }

    /** The next-token cost of one token sequence: C = Σ_t −log ŷ_t[s_{t+1}]. */
    public double sequenceCost(int[] sequence) {
        return cost(oneHot(inputsOf(sequence)), targetsOf(sequence));
    }

    // ---- Backpropagation through time and the update ----

    /** ∇C for one sequence, by backpropagation through time (see {@link Bptt}). */
    public RnnGradient bptt(List<Vec> xs, int[] targets) {
        return bptt(xs, Vec.zeros(nHidden()), targets, null);
    }

    /** The forward pass and BPTT from h₀, both recorded in {@code trace} if it is not null. */
    public RnnGradient bptt(List<Vec> xs, Vec h0, int[] targets, BpttTrace trace) {
        return bptt(xs, h0, perGroup(targets), trace);
    }

    /** The same with one target per output group and step (null: none). */
    public RnnGradient bptt(List<Vec> xs, Vec h0, int[][] targets, BpttTrace trace) {
        return Bptt.backward(this, forward(xs, h0, targets, trace), targets, trace);
    }

    /** (13) v → v − η ∂C/∂v for every block; recorded (one step per block) if traced. */
    public void update(RnnGradient g, double eta, BpttTrace trace) {
        for (Param q : Param.values()) {
            Mat old = p.get(q);
            Mat updated = old.minus(g.get(q).times(eta));
            if (trace != null) {
                trace.add(
                        BpttEquation.UPDATE,
                        0,
                        List.of(
                                Names.matrix(q.symbol(), q.tex(), old),
                                Names.scalar("η", "\\eta", eta),
                                Names.gradient(q, g.get(q))),
                        Names.matrix(q.symbol(), q.tex(), updated));
            }
            p.put(q, updated);
        }
    }

    /** One traced training step on one sequence: forward, BPTT, clipping (if c > 0), update. */
    public BpttTrace trainStep(List<Vec> xs, int[] targets, double eta, double clip) {
        BpttTrace trace = new BpttTrace();
        RnnGradient g = bptt(xs, Vec.zeros(nHidden()), targets, trace);
        if (clip > 0) {
            g = Clip.byGlobalNorm(g, clip, trace);
        }
        update(g, eta, trace);
        return trace;
    }

    /** Called after each epoch of {@link #train}, with the mean cost per predicted token. */
    public interface EpochListener {
        void epochDone(int epoch, double meanCostPerToken);
    }

    /**
     * Stochastic gradient descent over whole sequences: each epoch shuffles them, and for each
     * one takes BPTT's gradient of the next-token cost, clips it to norm {@code clip} (if > 0)
     * and steps by η.
     *
     * @throws DivergenceException as soon as a parameter stops being finite
     */
    public void train(
            List<int[]> sequences, int epochs, double eta, double clip, Random random, EpochListener listener) {
        RnnTraining.sgd(this, sequences, epochs, eta, clip, random, listener);
    }

    // ---- Using it: the next-token distribution ----

    /** The hidden state after reading {@code tokens} from h₀ = 0. */
    public Vec state(int[] tokens) {
        Vec h = Vec.zeros(nHidden());
        for (Vec x : oneHot(tokens)) {
            h = step(h, x);
        }
        return h;
    }

    /** ŷ after reading {@code tokens}: the probability of each possible next token. */
    public Vec nextTokenProbabilities(int[] tokens) {
        require(tokens.length > 0, "need at least one token to predict the next");
        return groups.softmax(output(state(tokens)));
    }

    /** One step from state h with token k: returns h' = σ(x W_xh + h W_hh + b_h). */
    public Vec step(Vec h, int token) {
        return step(h, Softmax.oneHot(nIn(), token));
    }

    /** One step of eq. 25 from state h with input x. */
    public Vec step(Vec h, Vec x) {
        return Sigmoid.sigma(weightedInput(x, h));
    }

    /** softmax(h W_ho + b_o), per output group. */
    public Vec probabilities(Vec h) {
        return groups.softmax(output(h));
    }

    public boolean isFinite() {
        return p.values().stream().allMatch(Mat::isFinite);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(
                "Rnn " + nIn() + "→" + nHidden() + "→" + nOut() + " (" + parameterCount() + " parameters)");
        if (parameterCount() <= 80) {
            for (Param q : Param.values()) {
                String m = q.isBias()
                        ? p.get(q).row(0).toString()
                        : p.get(q).toString().replace("\n", "\n         ");
                sb.append("\n  ").append(q.symbol()).append(" = ").append(m);
            }
        }
        return sb.toString();
    }
}
