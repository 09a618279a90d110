package bachprop.seq.lstm;

import static bachprop.seq.lstm.FastCell.L;
import static bachprop.seq.lstm.FastCell.S;

import bachprop.nn.fast.Gemm;
import java.util.Arrays;
import java.util.Random;
import jdk.incubator.vector.FloatVector;

/**
 * The training path of an {@link Lstm}: the same forward pass and backpropagation through time,
 * equation for equation, in single precision on flat row-major arrays, with the products in
 * {@link Gemm} and the gate arithmetic on whole vectors. {@link Lstm} stays the readable,
 * double-precision definition that is gradient-checked; {@code FastLstmTest} checks that this
 * class gives the same loss and gradient to float precision.
 * Departs from {@link Lstm}: float32 instead of float64, as PyTorch trains by default; it halves
 * the memory traffic and doubles the numbers per vector instruction. θ itself (and Adam's state)
 * stays double; {@link #load} rounds it to float before each batch.
 */
public final class FastLstm {
    final Lstm net;
    final int inputs;
    final int hidden;
    final int gates;
    final int outputs;
    final int offWx;
    final int offWh;
    final int offB;
    final int offWy;
    final int offBy;
    /** θ rounded to float, flat, in the row order of {@link Lstm#theta}. */
    final float[] theta;
    /** Wh and Wy transposed, for the backward products. */
    private final float[] whT;

    private final float[] wyT;

    public FastLstm(Lstm net) {
        this.net = net;
        this.inputs = net.inputs;
        this.hidden = net.hidden;
        this.gates = net.gateSize;
        this.outputs = net.outputs;
        this.offWx = 0;
        this.offWh = offWx + inputs * gates;
        this.offB = offWh + hidden * gates;
        this.offWy = offB + gates;
        this.offBy = offWy + hidden * outputs;
        this.theta = new float[offBy + outputs];
        this.whT = new float[gates * hidden];
        this.wyT = new float[outputs * hidden];
        load();
    }

    /** Rounds the network's θ to float and refreshes the transposed copies; call after θ changes. */
    public void load() {
        int o = 0;
        for (double[] row : net.theta) {
            for (double v : row) {
                theta[o++] = (float) v;
            }
        }
        for (int i = 0; i < hidden; i++) {
            for (int j = 0; j < gates; j++) {
                whT[j * hidden + i] = theta[offWh + i * gates + j];
            }
            for (int j = 0; j < outputs; j++) {
                wyT[j * hidden + i] = theta[offWy + i * outputs + j];
            }
        }
    }

    /** Adds {@code s}'s gradient (from {@link #backward}) to the double rows of {@code grad}. */
    void addGradient(Tape32 s, double[][] grad) {
        int o = 0;
        for (double[] row : grad) {
            for (int k = 0; k < row.length; k++) {
                row[k] += s.grad[o++];
            }
        }
    }

    /** The forward pass of {@link Lstm#forward}; the tape's h0, c0 are the state before step 0. */
    Lstm.Loss forward(Tape32 s, SeqBatch in, double keep, Random rng) {
        int steps = in.steps();
        int size = in.size();
        int h = hidden;
        double pitchNats = 0;
        double durationNats = 0;
        int count = 0;
        loadInputs(s, in);
        for (int t = 0; t < steps; t++) {
            int row = t * size;
            // z = x_t Wx + h_{t−1} Wh + b
            for (int b = 0; b < size; b++) {
                System.arraycopy(theta, offB, s.gates, (row + b) * gates, gates);
            }
            if (s.denseInput) {
                Gemm.mul(
                        size,
                        gates,
                        inputs,
                        s.x,
                        row * inputs,
                        inputs,
                        1,
                        theta,
                        offWx,
                        gates,
                        s.gates,
                        row * gates,
                        gates);
            } else {
                for (int r = row; r < row + size; r++) {
                    for (int k = r * inputs; k < (r + 1) * inputs; k++) {
                        if (s.x[k] != 0) { // one-hot inputs: a row of Wx per non-zero x
                            Gemm.axpy(gates, s.x[k], theta, offWx + (k - r * inputs) * gates, s.gates, r * gates);
                        }
                    }
                }
            }
            if (t == 0) {
                Gemm.mul(size, gates, h, s.h0, 0, h, 1, theta, offWh, gates, s.gates, 0, gates);
            } else {
                Gemm.mul(size, gates, h, s.h, (row - size) * h, h, 1, theta, offWh, gates, s.gates, row * gates, gates);
            }
            for (int b = 0; b < size; b++) {
                if (t == 0) {
                    FastCell.forward(s, row + b, s.c0, b * h, h);
                } else {
                    FastCell.forward(s, row + b, s.c, (row - size + b) * h, h);
                }
                dropout(s, (row + b) * h, keep, rng);
            }
            // y = h̃_t Wy + by, then the interval and key logits, a softmax over the pitches and one over the durations
            for (int b = 0; b < size; b++) {
                System.arraycopy(theta, offBy, s.probs, (row + b) * outputs, outputs);
            }
            Gemm.mul(size, outputs, h, s.hDrop, row * h, h, 1, theta, offWy, outputs, s.probs, row * outputs, outputs);
            for (int b = 0; b < size; b++) {
                int p = (row + b) * outputs;
                addHeads(s.probs, p, in.last()[row + b], in.key()[row + b]);
                softmax(s.probs, p, net.pitches);
                softmax(s.probs, p + net.pitches, net.durations);
                int tp = in.pitch()[row + b];
                int td = in.duration()[row + b];
                if (tp >= 0) {
                    pitchNats -= Math.log(s.probs[p + tp]); // C = −ln p(target)
                    durationNats -= Math.log(s.probs[p + net.pitches + td]);
                    count++;
                }
            }
        }
        return new Lstm.Loss(pitchNats, durationNats, count);
    }

    /** Copies the batch's inputs into the tape as floats and notes whether they are mostly zero. */
    private void loadInputs(Tape32 s, SeqBatch in) {
        int rows = in.steps() * in.size();
        int nonZero = 0;
        for (int r = 0; r < rows; r++) {
            double[] x = in.x()[r];
            for (int k = 0; k < inputs; k++) {
                s.x[r * inputs + k] = (float) x[k];
                if (x[k] != 0) {
                    nonZero++;
                }
            }
        }
        s.denseInput = nonZero > rows * inputs / 8;
    }

    /** Inverted dropout as in {@link Lstm}, drawing the same random numbers in the same order. */
    private void dropout(Tape32 s, int at, double keep, Random rng) {
        if (keep >= 1.0) {
            System.arraycopy(s.h, at, s.hDrop, at, hidden);
            Arrays.fill(s.mask, at, at + hidden, 1f);
            return;
        }
        for (int k = at; k < at + hidden; k++) {
            s.mask[k] = rng.nextDouble() < keep ? (float) (1 / keep) : 0f;
            s.hDrop[k] = s.h[k] * s.mask[k];
        }
    }

    /** y_q ← y_q + y_interval(q − last) + y_degree(q in the key), as in {@link Lstm#forward}. */
    private void addHeads(float[] y, int p, int last, int key) {
        int pitches = net.pitches;
        if (last >= 0) {
            int r0 = p + net.intervalLogits(last);
            for (int q = 0; q < pitches; q++) {
                y[p + q] += y[r0 + q];
            }
        }
        if (key >= 0) {
            int k0 = p + net.degreeLogits(key);
            for (int q = 0; q < pitches; q++) {
                y[p + q] += y[k0 + Lstm.degree(q, key)];
            }
        }
    }

    private static void softmax(float[] y, int from, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int k = from; k < from + n; k++) {
            max = Math.max(max, y[k]);
        }
        double sum = 0;
        for (int k = from; k < from + n; k++) {
            y[k] = (float) Math.exp(y[k] - max);
            sum += y[k];
        }
        float inv = (float) (1 / sum);
        for (int k = from; k < from + n; k++) {
            y[k] *= inv;
        }
    }

    /**
     * Backpropagation through time after {@link #forward}, as {@link Lstm#backward}: leaves
     * {@code scale} · ∂C/∂θ in the tape's {@code grad} (add it to double rows with {@link #addGradient}).
     */
    void backward(Tape32 s, SeqBatch in, double scale) {
        int steps = in.steps();
        int size = in.size();
        int h = hidden;
        Arrays.fill(s.dhNext, 0f);
        Arrays.fill(s.dcNext, 0f);
        for (int t = steps - 1; t >= 0; t--) {
            int row = t * size;
            outputDelta(s, in, row, size, (float) scale);
            // ∂C/∂h_t = (∂C/∂y) Wyᵀ ⊙ dropout mask + what flows back from step t+1
            Arrays.fill(s.dh, 0f);
            Gemm.mul(size, h, outputs, s.dy, row * outputs, outputs, 1, wyT, 0, h, s.dh, 0, h);
            int n = size * h;
            int k = 0;
            for (; k + L <= n; k += L) {
                FloatVector.fromArray(S, s.dh, k)
                        .fma(FloatVector.fromArray(S, s.mask, row * h + k), FloatVector.fromArray(S, s.dhNext, k))
                        .intoArray(s.dh, k);
            }
            for (; k < n; k++) {
                s.dh[k] = s.dh[k] * s.mask[row * h + k] + s.dhNext[k];
            }
            for (int b = 0; b < size; b++) {
                if (t == 0) {
                    FastCell.backward(s, row + b, b, s.c0, b * h, h);
                } else {
                    FastCell.backward(s, row + b, b, s.c, (row - size + b) * h, h);
                }
            }
            // ∂C/∂h_{t−1} = (∂C/∂z_t) Whᵀ
            Arrays.fill(s.dhNext, 0f);
            Gemm.mul(size, h, gates, s.dz, row * gates, gates, 1, whT, 0, h, s.dhNext, 0, h);
        }
        weightGradients(s, in);
    }

    /** ∂C/∂y = p − onehot(target) per softmax head, times scale, as in {@link Lstm}. */
    private void outputDelta(Tape32 s, SeqBatch in, int row, int size, float scale) {
        int pitches = net.pitches;
        int durations = net.durations;
        for (int b = 0; b < size; b++) {
            int dy = (row + b) * outputs;
            int tp = in.pitch()[row + b];
            int td = in.duration()[row + b];
            if (tp < 0) {
                Arrays.fill(s.dy, dy, dy + outputs, 0f);
                continue;
            }
            for (int k = 0; k < pitches + durations; k++) {
                s.dy[dy + k] = s.probs[dy + k] * scale;
            }
            s.dy[dy + tp] -= scale;
            s.dy[dy + pitches + td] -= scale;
            Arrays.fill(s.dy, dy + pitches + durations, dy + outputs, 0f);
            int last = in.last()[row + b];
            if (last >= 0) {
                int r0 = dy + net.intervalLogits(last);
                System.arraycopy(s.dy, dy, s.dy, r0, pitches); // ∂C/∂y_interval(q − last) = ∂C/∂y_q
            }
            int key = in.key()[row + b];
            if (key >= 0) {
                int k0 = dy + net.degreeLogits(key);
                for (int q = 0; q < pitches; q++) {
                    s.dy[k0 + Lstm.degree(q, key)] += s.dy[dy + q];
                }
            }
        }
    }

    /** ∂C/∂W = Σ_t (input at t)ᵀ (∂C/∂z_t) for each weight matrix, and the biases' Σ_t ∂C/∂z_t. */
    private void weightGradients(Tape32 s, SeqBatch in) {
        int rows = in.steps() * in.size();
        int size = in.size();
        int h = hidden;
        float[] g = s.grad;
        Arrays.fill(g, 0f);
        if (s.denseInput) {
            Gemm.mul(inputs, gates, rows, s.x, 0, 1, inputs, s.dz, 0, gates, g, offWx, gates); // ∂C/∂Wx = Σ_t x_tᵀ δz_t
        } else {
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < inputs; k++) {
                    float x = s.x[r * inputs + k];
                    if (x != 0) {
                        Gemm.axpy(gates, x, s.dz, r * gates, g, offWx + k * gates);
                    }
                }
            }
        }
        Gemm.mul(h, gates, size, s.h0, 0, 1, h, s.dz, 0, gates, g, offWh, gates); // ∂C/∂Wh = Σ_t h_{t−1}ᵀ δz_t
        Gemm.mul(h, gates, rows - size, s.h, 0, 1, h, s.dz, size * gates, gates, g, offWh, gates);
        Gemm.mul(h, outputs, rows, s.hDrop, 0, 1, h, s.dy, 0, outputs, g, offWy, outputs); // ∂C/∂Wy = Σ_t h̃_tᵀ δy_t
        for (int r = 0; r < rows; r++) {
            Gemm.axpy(gates, 1f, s.dz, r * gates, g, offB); // ∂C/∂b = Σ_t δz_t
            Gemm.axpy(outputs, 1f, s.dy, r * outputs, g, offBy); // ∂C/∂by = Σ_t δy_t
        }
    }

    @Override
    public String toString() {
        return "FastLstm[float32, " + inputs + " → " + hidden + " → " + outputs + " outputs, " + theta.length
                + " parameters]";
    }
}
