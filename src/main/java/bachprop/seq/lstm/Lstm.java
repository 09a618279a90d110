package bachprop.seq.lstm;

import bachprop.nn.fast.Gemm;
import java.util.Arrays;
import java.util.Random;

/**
 * A one-layer LSTM with two softmax heads (pitch and duration) and cross-entropy. Row-vector
 * convention as in the text's eq. (25): z = x W + h W + b. All parameters θ are one list of rows
 * ({@link #theta}), so that Adam, clipping and the gradient check see one list of numbers; the
 * row indices name the blocks:
 * <pre>
 *   Wx  rows [wx, wx+X)   each 4H long, columns [i | f | g | o]   input weights
 *   Wh  rows [wh, wh+H)   each 4H long                            recurrent weights
 *   b   row  bias         4H long (forget gate starts at 1)        gate biases
 *   Wy  rows [wy, wy+H)   each O = P + D + R + 24 long             output weights
 *   by  row  by           O long                                   output biases
 * </pre>
 * The output has three parts: P pitch logits, D duration logits, and R = 2P − 1 interval
 * logits, one for each step from the previous pitch (−(P−1)..P−1 semitones). The interval
 * logit of q − last is added to pitch q's logit before the pitch softmax (the "interval head";
 * for the first note, with no previous pitch, nothing is added). A leap up a fifth then costs
 * the same weights in every key, which transposition alone teaches an LSTM only slowly. In the
 * same way 24 "key" logits, one per scale degree in major and in minor, are added by the degree
 * of q in the key estimated from the notes so far (the batch's {@code key}).
 * Not in the text: the text stops at the plain RNN of eq. (25) and names the LSTM as the remedy
 * for vanishing gradients; these are the standard LSTM equations (Hochreiter and Schmidhuber
 * 1997, with the forget gate of Gers et al. 2000).
 */
public final class Lstm {
    public final int inputs;
    public final int hidden;
    public final int pitches;
    public final int durations;
    final int gateSize;
    final int intervals;
    final int keyLogits;
    final int outputs;
    final int wx;
    final int wh;
    final int bias;
    final int wy;
    final int by;
    /** All parameters θ as rows, laid out as the class comment says. */
    public final double[][] theta;

    private final double[][] whT;
    private final double[][] wyT;

    /** What one forward pass cost, in nats, summed over the steps that have targets. */
    public record Loss(double pitchNats, double durationNats, int count) {
        public double total() {
            return pitchNats + durationNats;
        }

        public Loss plus(Loss o) {
            return new Loss(pitchNats + o.pitchNats, durationNats + o.durationNats, count + o.count);
        }

        public double pitchBitsPerNote() {
            return pitchNats / count / Math.log(2);
        }

        public double durationBitsPerNote() {
            return durationNats / count / Math.log(2);
        }
    }

    public Lstm(int inputs, int hidden, int pitches, int durations) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.pitches = pitches;
        this.durations = durations;
        this.gateSize = 4 * hidden;
        this.intervals = 2 * pitches - 1;
        this.keyLogits = 24;
        this.outputs = pitches + durations + intervals + keyLogits;
        this.wx = 0;
        this.wh = wx + inputs;
        this.bias = wh + hidden;
        this.wy = bias + 1;
        this.by = wy + hidden;
        this.theta = new double[by + 1][];
        for (int r = 0; r < by + 1; r++) {
            theta[r] = new double[r < wy ? gateSize : outputs];
        }
        this.whT = new double[gateSize][hidden];
        this.wyT = new double[outputs][hidden];
    }

    /** Uniform(±1/√H) weights, zero biases except the forget gate's 1 (it starts by remembering). */
    public static Lstm random(int inputs, int hidden, int pitches, int durations, Random rng) {
        Lstm net = new Lstm(inputs, hidden, pitches, durations);
        double s = 1 / Math.sqrt(hidden);
        for (int r = 0; r < net.theta.length; r++) {
            if (r == net.bias || r == net.by) {
                continue;
            }
            for (int j = 0; j < net.theta[r].length; j++) {
                net.theta[r][j] = (2 * rng.nextDouble() - 1) * s;
            }
        }
        Arrays.fill(net.theta[net.bias], hidden, 2 * hidden, 1.0);
        return net;
    }

    /** A zero array of θ's shape, for gradients and optimiser state. */
    public double[][] zeros() {
        double[][] z = new double[theta.length][];
        for (int r = 0; r < theta.length; r++) {
            z[r] = new double[theta[r].length];
        }
        return z;
    }

    public int parameterCount() {
        int n = 0;
        for (double[] row : theta) {
            n += row.length;
        }
        return n;
    }

    /** Where an output row's interval logits start: the logit of the step q − last sits at this + q. */
    int intervalLogits(int last) {
        return pitches + durations + (pitches - 1) - last;
    }

    /** Where the 12 degree logits of {@code key} (12·minor + tonic) start in an output row. */
    int degreeLogits(int key) {
        return pitches + durations + intervals + 12 * (key / 12);
    }

    /** The scale degree (0–11) of pitch index q in {@code key}. */
    static int degree(int q, int key) {
        return Math.floorMod(q - key % 12, 12);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** tanh z = 2σ(2z) − 1, through Math.exp (a JIT intrinsic; Math.tanh is several times slower). */
    static double tanh(double z) {
        return 2 / (1 + Math.exp(-2 * z)) - 1;
    }

    /**
     * The forward pass over a batch, keeping on the tape what backward needs. {@code keep} is the
     * probability of keeping a hidden unit in dropout (1 = no dropout); the tape's h0, c0 hold
     * the state before step 0 and are left as the caller set them.
     */
    Loss forward(Tape s, SeqBatch in, double keep, Random rng) {
        int steps = in.steps();
        int size = in.size();
        int h = hidden;
        double pitchNats = 0;
        double durationNats = 0;
        int count = 0;
        for (int t = 0; t < steps; t++) {
            int row = t * size;
            // z = x_t Wx + h_{t−1} Wh + b, for all B sequences at once
            for (int b = 0; b < size; b++) {
                System.arraycopy(theta[bias], 0, s.gates[row + b], 0, gateSize);
            }
            Blas.gemm(in.x(), row, size, theta, wx, s.gates, row);
            if (t == 0) {
                Blas.gemm(s.h0, 0, size, theta, wh, s.gates, 0);
            } else {
                Blas.gemm(s.h, row - size, size, theta, wh, s.gates, row);
            }
            for (int b = 0; b < size; b++) {
                double[] z = s.gates[row + b];
                double[] cPrev = t == 0 ? s.c0[b] : s.c[row - size + b];
                double[] cNow = s.c[row + b];
                double[] tanhC = s.tanhC[row + b];
                double[] hNow = s.h[row + b];
                for (int j = 0; j < h; j++) {
                    double i = sigmoid(z[j]); // i = σ(z_i)    input gate
                    double f = sigmoid(z[h + j]); // f = σ(z_f)    forget gate
                    double g = tanh(z[2 * h + j]); // g = tanh(z_g) candidate
                    double o = sigmoid(z[3 * h + j]); // o = σ(z_o)    output gate
                    double c = f * cPrev[j] + i * g; // c_t = f ⊙ c_{t−1} + i ⊙ g
                    double tc = tanh(c);
                    z[j] = i;
                    z[h + j] = f;
                    z[2 * h + j] = g;
                    z[3 * h + j] = o;
                    cNow[j] = c;
                    tanhC[j] = tc;
                    hNow[j] = o * tc; // h_t = o ⊙ tanh(c_t)
                }
                dropout(hNow, s.hDrop[row + b], s.keepMask[row + b], keep, rng);
            }
            // y = h̃_t Wy + by, then a softmax over the pitches and one over the durations
            for (int b = 0; b < size; b++) {
                System.arraycopy(theta[by], 0, s.probs[row + b], 0, outputs);
            }
            Blas.gemm(s.hDrop, row, size, theta, wy, s.probs, row);
            for (int b = 0; b < size; b++) {
                double[] p = s.probs[row + b];
                int last = in.last()[row + b];
                if (last >= 0) {
                    int r0 = intervalLogits(last);
                    for (int q = 0; q < pitches; q++) {
                        p[q] += p[r0 + q]; // y_q ← y_q + y_interval(q − last)
                    }
                }
                int key = in.key()[row + b];
                if (key >= 0) {
                    int k0 = degreeLogits(key);
                    for (int q = 0; q < pitches; q++) {
                        p[q] += p[k0 + degree(q, key)]; // y_q ← y_q + y_degree(q in the key)
                    }
                }
                softmax(p, 0, pitches);
                softmax(p, pitches, durations);
                int tp = in.pitch()[row + b];
                int td = in.duration()[row + b];
                if (tp >= 0) {
                    pitchNats -= Math.log(p[tp]); // C = −ln p(target)
                    durationNats -= Math.log(p[pitches + td]);
                    count++;
                }
            }
        }
        return new Loss(pitchNats, durationNats, count);
    }

    private static void dropout(double[] h, double[] hDrop, double[] mask, double keep, Random rng) {
        if (keep >= 1.0) {
            System.arraycopy(h, 0, hDrop, 0, h.length);
            Arrays.fill(mask, 1.0);
            return;
        }
        for (int k = 0; k < h.length; k++) {
            mask[k] = rng.nextDouble() < keep ? 1 / keep : 0.0; // inverted dropout: E[h̃] = h
            hDrop[k] = h[k] * mask[k];
        }
    }

    static void softmax(double[] y, int from, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = from; k < from + n; k++) {
            max = Math.max(max, y[k]);
        }
        double sum = 0;
        for (int k = from; k < from + n; k++) {
            y[k] = Math.exp(y[k] - max);
            sum += y[k];
        }
        for (int k = from; k < from + n; k++) {
            y[k] /= sum;
        }
    }

    /**
     * Backpropagation through time over the whole batch after {@link #forward}: adds
     * {@code scale} · ∂C/∂θ to {@code grad} (scale = 1 / number of targets gives the mean).
     */
    void backward(Tape s, SeqBatch in, double scale, double[][] grad) {
        int steps = in.steps();
        int size = in.size();
        int h = hidden;
        Blas.transpose(theta, wh, hidden, whT); // Whᵀ and Wyᵀ of θ as it is now
        Blas.transpose(theta, wy, hidden, wyT);
        for (int b = 0; b < size; b++) {
            Arrays.fill(s.dhNext[b], 0.0);
            Arrays.fill(s.dcNext[b], 0.0);
        }
        for (int t = steps - 1; t >= 0; t--) {
            int row = t * size;
            outputDelta(s, in, row, size, scale);
            // ∂C/∂h_t = (∂C/∂y) Wyᵀ ⊙ dropout mask + what flows back from step t+1
            for (int b = 0; b < size; b++) {
                Arrays.fill(s.dh[b], 0.0);
            }
            Blas.gemm(s.dy, row, size, wyT, 0, s.dh, 0);
            for (int b = 0; b < size; b++) {
                double[] dhb = s.dh[b];
                double[] mask = s.keepMask[row + b];
                double[] next = s.dhNext[b];
                for (int j = 0; j < h; j++) {
                    dhb[j] = dhb[j] * mask[j] + next[j];
                }
            }
            for (int b = 0; b < size; b++) {
                double[] a = s.gates[row + b];
                double[] dz = s.dz[row + b];
                double[] tanhC = s.tanhC[row + b];
                double[] cPrev = t == 0 ? s.c0[b] : s.c[row - size + b];
                double[] dhb = s.dh[b];
                double[] dcNext = s.dcNext[b];
                for (int j = 0; j < h; j++) {
                    double i = a[j];
                    double f = a[h + j];
                    double g = a[2 * h + j];
                    double o = a[3 * h + j];
                    double tc = tanhC[j];
                    double dO = dhb[j] * tc; // ∂C/∂o = ∂C/∂h ⊙ tanh(c)
                    double dc = dhb[j] * o * (1 - tc * tc)
                            + dcNext[j]; // ∂C/∂c = ∂C/∂h ⊙ o ⊙ (1 − tanh²c) + ∂C/∂c_{t+1} ⊙ f_{t+1}
                    double dI = dc * g; // ∂C/∂i = ∂C/∂c ⊙ g
                    double dG = dc * i; // ∂C/∂g = ∂C/∂c ⊙ i
                    double dF = dc * cPrev[j]; // ∂C/∂f = ∂C/∂c ⊙ c_{t−1}
                    dcNext[j] = dc * f; // carried to step t−1
                    dz[j] = dI * i * (1 - i); // σ′ = σ(1 − σ)
                    dz[h + j] = dF * f * (1 - f);
                    dz[2 * h + j] = dG * (1 - g * g); // tanh′ = 1 − tanh²
                    dz[3 * h + j] = dO * o * (1 - o);
                }
            }
            // ∂C/∂h_{t−1} = (∂C/∂z_t) Whᵀ
            for (int b = 0; b < size; b++) {
                Arrays.fill(s.dhNext[b], 0.0);
            }
            Blas.gemm(s.dz, row, size, whT, 0, s.dhNext, 0);
        }
        weightGradients(s, in, grad);
    }

    /**
     * ∂C/∂y = p − onehot(target) for each softmax head (zero where there is no target), times
     * scale; an interval logit gets the δ of the one pitch it was added to.
     */
    private void outputDelta(Tape s, SeqBatch in, int row, int size, double scale) {
        for (int b = 0; b < size; b++) {
            double[] dy = s.dy[row + b];
            int tp = in.pitch()[row + b];
            int td = in.duration()[row + b];
            if (tp < 0) {
                Arrays.fill(dy, 0.0);
                continue;
            }
            double[] p = s.probs[row + b];
            for (int k = 0; k < pitches + durations; k++) {
                dy[k] = p[k] * scale;
            }
            dy[tp] -= scale;
            dy[pitches + td] -= scale;
            Arrays.fill(dy, pitches + durations, outputs, 0.0);
            int last = in.last()[row + b];
            if (last >= 0) {
                int r0 = intervalLogits(last);
                for (int q = 0; q < pitches; q++) {
                    dy[r0 + q] = dy[q]; // ∂C/∂y_interval(q − last) = ∂C/∂y_q
                }
            }
            int key = in.key()[row + b];
            if (key >= 0) {
                int k0 = degreeLogits(key);
                for (int q = 0; q < pitches; q++) {
                    dy[k0 + degree(q, key)] += dy[q]; // a degree logit collects the δ of each pitch it was added to
                }
            }
        }
    }

    /** The sums over time and batch: ∂C/∂W = Σ_t (input at t)ᵀ (∂C/∂z_t), and the biases' Σ_t ∂C/∂z_t. */
    private void weightGradients(Tape s, SeqBatch in, double[][] grad) {
        int rows = in.steps() * in.size();
        int size = in.size();
        Blas.gemmTN(in.x(), 0, rows, s.dz, 0, grad, wx); // ∂C/∂Wx = Σ_t x_tᵀ δz_t
        Blas.gemmTN(s.h0, 0, size, s.dz, 0, grad, wh); // ∂C/∂Wh = Σ_t h_{t−1}ᵀ δz_t
        Blas.gemmTN(s.h, 0, rows - size, s.dz, size, grad, wh);
        Blas.gemmTN(s.hDrop, 0, rows, s.dy, 0, grad, wy); // ∂C/∂Wy = Σ_t h̃_tᵀ δy_t
        double[] gb = grad[bias];
        double[] gby = grad[by];
        for (int r = 0; r < rows; r++) {
            Gemm.axpy(gb.length, 1.0, s.dz[r], 0, gb, 0); // ∂C/∂b = Σ_t δz_t
            Gemm.axpy(gby.length, 1.0, s.dy[r], 0, gby, 0); // ∂C/∂by = Σ_t δy_t
        }
    }

    @Override
    public String toString() {
        return "Lstm[" + inputs + " → " + hidden + " → " + pitches + " pitches + " + durations + " durations + "
                + intervals + " intervals + " + keyLogits + " degrees, " + parameterCount() + " parameters]";
    }
}
