package bachprop.seq.lstm;

import static bachprop.seq.lstm.Sgemm.L;
import static bachprop.seq.lstm.Sgemm.S;

import java.util.Arrays;
import java.util.Random;
import jdk.incubator.vector.FloatVector;

/**
 * The training path of an {@link Lstm}: the same forward pass and backpropagation through time,
 * equation for equation, in single precision on flat row-major arrays, with the products in
 * {@link Sgemm} and the gate arithmetic on whole vectors. {@link Lstm} stays the readable,
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

    /** What one pass keeps (one per worker thread, reused): the float form of {@link Tape}. */
    static final class Tape32 {
        int steps;
        int size;
        float[] gates = new float[0];
        float[] c = new float[0];
        float[] tanhC = new float[0];
        float[] h = new float[0];
        float[] hDrop = new float[0];
        float[] mask = new float[0];
        float[] probs = new float[0];
        float[] dz = new float[0];
        float[] dy = new float[0];
        float[] h0 = new float[0];
        float[] c0 = new float[0];
        float[] dh = new float[0];
        float[] dhNext = new float[0];
        float[] dcNext = new float[0];
        /** The inputs as float rows, and whether enough of them are non-zero to multiply as a matrix. */
        float[] x = new float[0];
        boolean denseInput;
        /** ∂C/∂θ of the last backward pass, flat like {@link FastLstm#theta}. */
        float[] grad = new float[0];

        void ensure(FastLstm n, int steps, int size) {
            this.steps = steps;
            this.size = size;
            int rows = steps * size;
            if (gates.length < rows * n.gates || probs.length < rows * n.outputs) {
                gates = new float[rows * n.gates];
                dz = new float[rows * n.gates];
                c = new float[rows * n.hidden];
                tanhC = new float[rows * n.hidden];
                h = new float[rows * n.hidden];
                hDrop = new float[rows * n.hidden];
                mask = new float[rows * n.hidden];
                probs = new float[rows * n.outputs];
                dy = new float[rows * n.outputs];
            }
            if (x.length < rows * n.inputs) {
                x = new float[rows * n.inputs];
            }
            if (h0.length != size * n.hidden) {
                h0 = new float[size * n.hidden];
                c0 = new float[size * n.hidden];
                dh = new float[size * n.hidden];
                dhNext = new float[size * n.hidden];
                dcNext = new float[size * n.hidden];
            }
            if (grad.length != n.theta.length) {
                grad = new float[n.theta.length];
            }
        }

        @Override
        public String toString() {
            return "Tape32[" + steps + " steps × " + size + " sequences]";
        }
    }

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
                Sgemm.mul(size, gates, inputs, s.x, row * inputs, inputs, 1, theta, offWx, gates, s.gates, row * gates, gates);
            } else {
                for (int r = row; r < row + size; r++) {
                    for (int k = r * inputs; k < (r + 1) * inputs; k++) {
                        if (s.x[k] != 0) {                                // one-hot inputs: a row of Wx per non-zero x
                            Sgemm.axpy(gates, s.x[k], theta, offWx + (k - r * inputs) * gates, s.gates, r * gates);
                        }
                    }
                }
            }
            if (t == 0) {
                Sgemm.mul(size, gates, h, s.h0, 0, h, 1, theta, offWh, gates, s.gates, 0, gates);
            } else {
                Sgemm.mul(size, gates, h, s.h, (row - size) * h, h, 1, theta, offWh, gates, s.gates, row * gates, gates);
            }
            for (int b = 0; b < size; b++) {
                if (t == 0) {
                    cell(s, row + b, s.c0, b * h);
                } else {
                    cell(s, row + b, s.c, (row - size + b) * h);
                }
                dropout(s, (row + b) * h, keep, rng);
            }
            // y = h̃_t Wy + by, then the interval and key logits, a softmax over the pitches and one over the durations
            for (int b = 0; b < size; b++) {
                System.arraycopy(theta, offBy, s.probs, (row + b) * outputs, outputs);
            }
            Sgemm.mul(size, outputs, h, s.hDrop, row * h, h, 1, theta, offWy, outputs, s.probs, row * outputs, outputs);
            for (int b = 0; b < size; b++) {
                int p = (row + b) * outputs;
                addHeads(s.probs, p, in.last()[row + b], in.key()[row + b]);
                softmax(s.probs, p, net.pitches);
                softmax(s.probs, p + net.pitches, net.durations);
                int tp = in.pitch()[row + b];
                int td = in.duration()[row + b];
                if (tp >= 0) {
                    pitchNats -= Math.log(s.probs[p + tp]);              // C = −ln p(target)
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

    /** The gates, cell and hidden state of one row, a vector of hidden units at a time. */
    private void cell(Tape32 s, int r, float[] cPrev, int cp) {
        int h = hidden;
        int z = r * gates;
        int hc = r * h;
        int j = 0;
        for (; j + L <= h; j += L) {
            FloatVector i = Sgemm.sigmoid(FloatVector.fromArray(S, s.gates, z + j));             // i = σ(z_i)
            FloatVector f = Sgemm.sigmoid(FloatVector.fromArray(S, s.gates, z + h + j));         // f = σ(z_f)
            FloatVector g = Sgemm.tanh(FloatVector.fromArray(S, s.gates, z + 2 * h + j));        // g = tanh(z_g)
            FloatVector o = Sgemm.sigmoid(FloatVector.fromArray(S, s.gates, z + 3 * h + j));     // o = σ(z_o)
            FloatVector c = f.mul(FloatVector.fromArray(S, cPrev, cp + j)).add(i.mul(g));          // c_t = f ⊙ c_{t−1} + i ⊙ g
            FloatVector tc = Sgemm.tanh(c);
            i.intoArray(s.gates, z + j);
            f.intoArray(s.gates, z + h + j);
            g.intoArray(s.gates, z + 2 * h + j);
            o.intoArray(s.gates, z + 3 * h + j);
            c.intoArray(s.c, hc + j);
            tc.intoArray(s.tanhC, hc + j);
            o.mul(tc).intoArray(s.h, hc + j);                                                    // h_t = o ⊙ tanh(c_t)
        }
        for (; j < h; j++) {
            float i = (float) Lstm.sigmoid(s.gates[z + j]);
            float f = (float) Lstm.sigmoid(s.gates[z + h + j]);
            float g = (float) Lstm.tanh(s.gates[z + 2 * h + j]);
            float o = (float) Lstm.sigmoid(s.gates[z + 3 * h + j]);
            float c = f * cPrev[cp + j] + i * g;
            float tc = (float) Lstm.tanh(c);
            s.gates[z + j] = i;
            s.gates[z + h + j] = f;
            s.gates[z + 2 * h + j] = g;
            s.gates[z + 3 * h + j] = o;
            s.c[hc + j] = c;
            s.tanhC[hc + j] = tc;
            s.h[hc + j] = o * tc;
        }
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
            Sgemm.mul(size, h, outputs, s.dy, row * outputs, outputs, 1, wyT, 0, h, s.dh, 0, h);
            int n = size * h;
            int k = 0;
            for (; k + L <= n; k += L) {
                FloatVector.fromArray(S, s.dh, k).fma(FloatVector.fromArray(S, s.mask, row * h + k), FloatVector.fromArray(S, s.dhNext, k))
                    .intoArray(s.dh, k);
            }
            for (; k < n; k++) {
                s.dh[k] = s.dh[k] * s.mask[row * h + k] + s.dhNext[k];
            }
            for (int b = 0; b < size; b++) {
                if (t == 0) {
                    cellBackward(s, row + b, b, s.c0, b * h);
                } else {
                    cellBackward(s, row + b, b, s.c, (row - size + b) * h);
                }
            }
            // ∂C/∂h_{t−1} = (∂C/∂z_t) Whᵀ
            Arrays.fill(s.dhNext, 0f);
            Sgemm.mul(size, h, gates, s.dz, row * gates, gates, 1, whT, 0, h, s.dhNext, 0, h);
        }
        weightGradients(s, in);
    }

    /** ∂C/∂z of one row from ∂C/∂h and the ∂C/∂c carried back, a vector of hidden units at a time. */
    private void cellBackward(Tape32 s, int r, int b, float[] cPrev, int cp) {
        int h = hidden;
        int a = r * gates;
        int hc = r * h;
        int d = b * h;
        FloatVector one = FloatVector.broadcast(S, 1f);
        int j = 0;
        for (; j + L <= h; j += L) {
            FloatVector i = FloatVector.fromArray(S, s.gates, a + j);
            FloatVector f = FloatVector.fromArray(S, s.gates, a + h + j);
            FloatVector g = FloatVector.fromArray(S, s.gates, a + 2 * h + j);
            FloatVector o = FloatVector.fromArray(S, s.gates, a + 3 * h + j);
            FloatVector tc = FloatVector.fromArray(S, s.tanhC, hc + j);
            FloatVector dh = FloatVector.fromArray(S, s.dh, d + j);
            FloatVector dO = dh.mul(tc);                                                       // ∂C/∂o = ∂C/∂h ⊙ tanh(c)
            FloatVector dc = dh.mul(o).mul(one.sub(tc.mul(tc))).add(FloatVector.fromArray(S, s.dcNext, d + j)); // ∂C/∂c
            FloatVector dI = dc.mul(g);                                                        // ∂C/∂i = ∂C/∂c ⊙ g
            FloatVector dG = dc.mul(i);                                                        // ∂C/∂g = ∂C/∂c ⊙ i
            FloatVector dF = dc.mul(FloatVector.fromArray(S, cPrev, cp + j));                  // ∂C/∂f = ∂C/∂c ⊙ c_{t−1}
            dc.mul(f).intoArray(s.dcNext, d + j);                                              // carried to step t−1
            dI.mul(i).mul(one.sub(i)).intoArray(s.dz, a + j);                                  // σ′ = σ(1 − σ)
            dF.mul(f).mul(one.sub(f)).intoArray(s.dz, a + h + j);
            dG.mul(one.sub(g.mul(g))).intoArray(s.dz, a + 2 * h + j);                         // tanh′ = 1 − tanh²
            dO.mul(o).mul(one.sub(o)).intoArray(s.dz, a + 3 * h + j);
        }
        for (; j < h; j++) {
            float i = s.gates[a + j];
            float f = s.gates[a + h + j];
            float g = s.gates[a + 2 * h + j];
            float o = s.gates[a + 3 * h + j];
            float tc = s.tanhC[hc + j];
            float dh = s.dh[d + j];
            float dO = dh * tc;
            float dc = dh * o * (1 - tc * tc) + s.dcNext[d + j];
            float dI = dc * g;
            float dG = dc * i;
            float dF = dc * cPrev[cp + j];
            s.dcNext[d + j] = dc * f;
            s.dz[a + j] = dI * i * (1 - i);
            s.dz[a + h + j] = dF * f * (1 - f);
            s.dz[a + 2 * h + j] = dG * (1 - g * g);
            s.dz[a + 3 * h + j] = dO * o * (1 - o);
        }
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
                System.arraycopy(s.dy, dy, s.dy, r0, pitches);           // ∂C/∂y_interval(q − last) = ∂C/∂y_q
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
            Sgemm.mul(inputs, gates, rows, s.x, 0, 1, inputs, s.dz, 0, gates, g, offWx, gates);  // ∂C/∂Wx = Σ_t x_tᵀ δz_t
        } else {
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < inputs; k++) {
                    float x = s.x[r * inputs + k];
                    if (x != 0) {
                        Sgemm.axpy(gates, x, s.dz, r * gates, g, offWx + k * gates);
                    }
                }
            }
        }
        Sgemm.mul(h, gates, size, s.h0, 0, 1, h, s.dz, 0, gates, g, offWh, gates);           // ∂C/∂Wh = Σ_t h_{t−1}ᵀ δz_t
        Sgemm.mul(h, gates, rows - size, s.h, 0, 1, h, s.dz, size * gates, gates, g, offWh, gates);
        Sgemm.mul(h, outputs, rows, s.hDrop, 0, 1, h, s.dy, 0, outputs, g, offWy, outputs);  // ∂C/∂Wy = Σ_t h̃_tᵀ δy_t
        for (int r = 0; r < rows; r++) {
            Sgemm.axpy(gates, 1f, s.dz, r * gates, g, offB);                                    // ∂C/∂b = Σ_t δz_t
            Sgemm.axpy(outputs, 1f, s.dy, r * outputs, g, offBy);                               // ∂C/∂by = Σ_t δy_t
        }
    }

    @Override
    public String toString() {
        return "FastLstm[float32, " + inputs + " → " + hidden + " → " + outputs + " outputs, " + theta.length + " parameters]";
    }
}
