package bachprop.seq.lstm;

import java.util.Arrays;
import java.util.Random;

/**
 * A one-layer LSTM with two softmax heads (pitch and duration) and cross-entropy, on flat
 * arrays. Row-vector convention as in the text's eq. (25): z = x W + h W + b. All parameters
 * live in one vector θ ({@link #theta}) so that Adam, clipping and the gradient check see one
 * list of numbers; the offsets name the blocks:
 * <pre>
 *   Wx  X × 4H    input weights, columns [i | f | g | o]
 *   Wh  H × 4H    recurrent weights
 *   b   4H        gate biases (forget gate starts at 1)
 *   Wy  H × O     output weights, O = P pitches + D durations
 *   by  O         output biases
 * </pre>
 * Not in the text: the text stops at the plain RNN of eq. (25) and names the LSTM as the remedy
 * for vanishing gradients; these are the standard LSTM equations (Hochreiter and Schmidhuber
 * 1997, with a forget gate, Gers et al. 2000).
 */
public final class Lstm {
    public final int inputs;
    public final int hidden;
    public final int pitches;
    public final int durations;
    final int gateSize;
    final int outputs;
    final int wx;
    final int wh;
    final int bias;
    final int wy;
    final int by;
    /** All parameters θ, laid out as the class comment says. */
    public final double[] theta;
    private final double[] whT;
    private final double[] wyT;

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
        this.outputs = pitches + durations;
        this.wx = 0;
        this.wh = wx + inputs * gateSize;
        this.bias = wh + hidden * gateSize;
        this.wy = bias + gateSize;
        this.by = wy + hidden * outputs;
        this.theta = new double[by + outputs];
        this.whT = new double[gateSize * hidden];
        this.wyT = new double[outputs * hidden];
    }

    /** Uniform(±1/√H) weights, zero biases except the forget gate's 1 (it starts by remembering). */
    public static Lstm random(int inputs, int hidden, int pitches, int durations, Random rng) {
        Lstm net = new Lstm(inputs, hidden, pitches, durations);
        double s = 1 / Math.sqrt(hidden);
        for (int k = 0; k < net.bias; k++) {
            net.theta[k] = (2 * rng.nextDouble() - 1) * s;
        }
        for (int j = hidden; j < 2 * hidden; j++) {
            net.theta[net.bias + j] = 1.0;
        }
        for (int k = net.wy; k < net.by; k++) {
            net.theta[k] = (2 * rng.nextDouble() - 1) * s;
        }
        return net;
    }

    public int parameterCount() {
        return theta.length;
    }

    /** Refreshes the transposed copies the backward pass reads; call after θ changes. */
    public void parametersChanged() {
        Blas.transpose(theta, wh, hidden, gateSize, whT);
        Blas.transpose(theta, wy, hidden, outputs, wyT);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
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
        int g4 = gateSize;
        double pitchNats = 0;
        double durationNats = 0;
        int count = 0;
        for (int t = 0; t < steps; t++) {
            int row = t * size;
            // z = x_t Wx + h_{t−1} Wh + b, for all B sequences at once
            for (int b = 0; b < size; b++) {
                System.arraycopy(theta, bias, s.gates, (row + b) * g4, g4);
            }
            Blas.gemm(in.x(), row * inputs, size, inputs, theta, wx, g4, s.gates, row * g4);
            if (t == 0) {
                Blas.gemm(s.h0, 0, size, h, theta, wh, g4, s.gates, 0);
            } else {
                Blas.gemm(s.h, (row - size) * h, size, h, theta, wh, g4, s.gates, row * g4);
            }
            for (int b = 0; b < size; b++) {
                int gz = (row + b) * g4;
                int hc = (row + b) * h;
                double[] cPrev = t == 0 ? s.c0 : s.c;
                int cp = t == 0 ? b * h : (row - size + b) * h;
                for (int j = 0; j < h; j++) {
                    double i = sigmoid(s.gates[gz + j]);                  // i = σ(z_i)   input gate
                    double f = sigmoid(s.gates[gz + h + j]);              // f = σ(z_f)   forget gate
                    double g = Math.tanh(s.gates[gz + 2 * h + j]);        // g = tanh(z_g) candidate
                    double o = sigmoid(s.gates[gz + 3 * h + j]);          // o = σ(z_o)   output gate
                    double c = f * cPrev[cp + j] + i * g;                 // c_t = f ⊙ c_{t−1} + i ⊙ g
                    double tc = Math.tanh(c);
                    s.gates[gz + j] = i;
                    s.gates[gz + h + j] = f;
                    s.gates[gz + 2 * h + j] = g;
                    s.gates[gz + 3 * h + j] = o;
                    s.c[hc + j] = c;
                    s.tanhC[hc + j] = tc;
                    s.h[hc + j] = o * tc;                                 // h_t = o ⊙ tanh(c_t)
                }
            }
            dropout(s, row * h, size * h, keep, rng);
            // y = h̃_t Wy + by, then a softmax over the pitches and one over the durations
            int yo = row * outputs;
            for (int b = 0; b < size; b++) {
                System.arraycopy(theta, by, s.probs, yo + b * outputs, outputs);
            }
            Blas.gemm(s.hDrop, row * h, size, h, theta, wy, outputs, s.probs, yo);
            for (int b = 0; b < size; b++) {
                int p = yo + b * outputs;
                softmax(s.probs, p, pitches);
                softmax(s.probs, p + pitches, durations);
                int tp = in.pitch()[row + b];
                int td = in.duration()[row + b];
                if (tp >= 0) {
                    pitchNats -= Math.log(s.probs[p + tp]);               // C = −ln p(target)
                    durationNats -= Math.log(s.probs[p + pitches + td]);
                    count++;
                }
            }
        }
        return new Loss(pitchNats, durationNats, count);
    }

    private static void dropout(Tape s, int from, int n, double keep, Random rng) {
        if (keep >= 1.0) {
            System.arraycopy(s.h, from, s.hDrop, from, n);
            Arrays.fill(s.keepMask, from, from + n, 1.0);
            return;
        }
        for (int k = from; k < from + n; k++) {
            double m = rng.nextDouble() < keep ? 1 / keep : 0.0;      // inverted dropout: E[h̃] = h
            s.keepMask[k] = m;
            s.hDrop[k] = s.h[k] * m;
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
    void backward(Tape s, SeqBatch in, double scale, double[] grad) {
        int steps = in.steps();
        int size = in.size();
        int h = hidden;
        int g4 = gateSize;
        Arrays.fill(s.dhNext, 0, size * h, 0.0);
        Arrays.fill(s.dcNext, 0, size * h, 0.0);
        if (s.dy.length < steps * size * outputs) {
            s.dy = new double[steps * size * outputs];
        }
        for (int t = steps - 1; t >= 0; t--) {
            int row = t * size;
            outputDelta(s, in, row, size, scale);
            // ∂C/∂h_t = (∂C/∂y) Wyᵀ ⊙ dropout mask + what flows back from step t+1
            int yo = row * outputs;
            Arrays.fill(s.dh, 0, size * h, 0.0);
            Blas.gemm(s.dy, yo, size, outputs, wyT, 0, h, s.dh, 0);
            for (int k = 0; k < size * h; k++) {
                s.dh[k] = s.dh[k] * s.keepMask[row * h + k] + s.dhNext[k];
            }
            for (int b = 0; b < size; b++) {
                int gz = (row + b) * g4;
                int hc = (row + b) * h;
                double[] cPrev = t == 0 ? s.c0 : s.c;
                int cp = t == 0 ? b * h : (row - size + b) * h;
                for (int j = 0; j < h; j++) {
                    double i = s.gates[gz + j];
                    double f = s.gates[gz + h + j];
                    double g = s.gates[gz + 2 * h + j];
                    double o = s.gates[gz + 3 * h + j];
                    double tc = s.tanhC[hc + j];
                    double dh = s.dh[b * h + j];
                    double dO = dh * tc;                                   // ∂C/∂o = ∂C/∂h ⊙ tanh(c)
                    double dc = dh * o * (1 - tc * tc) + s.dcNext[b * h + j]; // ∂C/∂c = ∂C/∂h ⊙ o ⊙ (1 − tanh²c) + ∂C/∂c_{t+1} ⊙ f_{t+1}
                    double dI = dc * g;                                    // ∂C/∂i = ∂C/∂c ⊙ g
                    double dG = dc * i;                                    // ∂C/∂g = ∂C/∂c ⊙ i
                    double dF = dc * cPrev[cp + j];                        // ∂C/∂f = ∂C/∂c ⊙ c_{t−1}
                    s.dcNext[b * h + j] = dc * f;                          // carried to step t−1
                    s.dz[gz + j] = dI * i * (1 - i);                       // σ′ = σ(1 − σ)
                    s.dz[gz + h + j] = dF * f * (1 - f);
                    s.dz[gz + 2 * h + j] = dG * (1 - g * g);               // tanh′ = 1 − tanh²
                    s.dz[gz + 3 * h + j] = dO * o * (1 - o);
                }
            }
            // ∂C/∂h_{t−1} = (∂C/∂z_t) Whᵀ
            Arrays.fill(s.dhNext, 0, size * h, 0.0);
            Blas.gemm(s.dz, row * g4, size, g4, whT, 0, h, s.dhNext, 0);
        }
        weightGradients(s, in, grad);
    }

    /** ∂C/∂y = p − onehot(target) for each softmax head (zero where there is no target), times scale. */
    private void outputDelta(Tape s, SeqBatch in, int row, int size, double scale) {
        int yo = row * outputs;
        for (int b = 0; b < size; b++) {
            int p = yo + b * outputs;
            int tp = in.pitch()[row + b];
            int td = in.duration()[row + b];
            if (tp < 0) {
                Arrays.fill(s.dy, p, p + outputs, 0.0);
                continue;
            }
            for (int k = 0; k < outputs; k++) {
                s.dy[p + k] = s.probs[p + k] * scale;
            }
            s.dy[p + tp] -= scale;
            s.dy[p + pitches + td] -= scale;
        }
    }

    /** The sums over time and batch: ∂C/∂W = Σ_t (input at t)ᵀ (∂C/∂z_t), and the biases' Σ_t ∂C/∂z_t. */
    private void weightGradients(Tape s, SeqBatch in, double[] grad) {
        int rows = in.steps() * in.size();
        int size = in.size();
        int h = hidden;
        int g4 = gateSize;
        Blas.gemmTN(in.x(), 0, rows, inputs, s.dz, 0, g4, grad, wx);           // ∂C/∂Wx = Σ_t x_tᵀ δz_t
        Blas.gemmTN(s.h0, 0, size, h, s.dz, 0, g4, grad, wh);                  // ∂C/∂Wh = Σ_t h_{t−1}ᵀ δz_t
        Blas.gemmTN(s.h, 0, rows - size, h, s.dz, size * g4, g4, grad, wh);
        Blas.gemmTN(s.hDrop, 0, rows, h, s.dy, 0, outputs, grad, wy);          // ∂C/∂Wy = Σ_t h̃_tᵀ δy_t
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < g4; j++) {
                grad[bias + j] += s.dz[r * g4 + j];                             // ∂C/∂b = Σ_t δz_t
            }
            for (int k = 0; k < outputs; k++) {
                grad[by + k] += s.dy[r * outputs + k];                          // ∂C/∂by = Σ_t δy_t
            }
        }
    }

    /** Copies the final hidden and cell state of sequence b (after {@code steps} steps) out of the tape. */
    void finalState(Tape s, int steps, int b, double[] hOut, double[] cOut) {
        int hc = ((steps - 1) * s.size + b) * hidden;
        System.arraycopy(s.h, hc, hOut, 0, hidden);
        System.arraycopy(s.c, hc, cOut, 0, hidden);
    }

    /** The probabilities at step t of sequence b (pitches then durations). */
    double[] probabilities(Tape s, int t, int b) {
        int p = (t * s.size + b) * outputs;
        return Arrays.copyOfRange(s.probs, p, p + outputs);
    }

    @Override
    public String toString() {
        return "Lstm[" + inputs + " → " + hidden + " → " + pitches + " pitches + " + durations + " durations, "
            + parameterCount() + " parameters]";
    }
}
