package bachprop.seq.satb.lstm;

import static bachprop.seq.satb.lstm.SatbFeatures.C_ACTIVE;
import static bachprop.seq.satb.lstm.SatbFeatures.N;
import static bachprop.seq.satb.lstm.SatbFeatures.SPAN;
import static bachprop.seq.satb.lstm.SatbFeatures.X_ACTIVE;

import bachprop.nn.fast.Gemm;
import bachprop.seq.lstm.FastCell;
import bachprop.seq.lstm.Tape32;
import bachprop.seq.satb.Tokens;
import java.util.Arrays;
import java.util.Random;

/**
 * The training path of a {@link SatbNet}: the same equations for a whole batch of chorales at
 * once, in float32 on flat row-major arrays, the products in {@link Gemm} and the LSTM cells in
 * {@link FastCell} (shared with the melody LSTM). The heads run as one product per voice over
 * every row of the batch (teacher forcing fixes all their inputs in advance).
 * Departs from {@link SatbNet}: float32 (θ itself and Adam stay double); inverted dropout on h_t
 * where it enters the heads, during training only.
 */
final class SatbFast {
    /** Summed −ln p over {@code tokens} predicted tokens. */
    record Loss(double nats, long tokens) {
        Loss plus(Loss o) {
            return new Loss(nats + o.nats, tokens + o.tokens);
        }

        double bitsPerToken() {
            return nats / tokens / Math.log(2);
        }
    }

    final SatbNet net;
    final int hidden;
    final int head;
    final int gates;
    /** θ rounded to float, flat, row after row of {@link SatbNet#theta}; off[r] is where row r starts. */
    final float[] theta;

    final int[] off;
    private final float[] whT;
    private final float[][] wuhT = new float[Tokens.VOICES][];
    private final float[][] woT = new float[Tokens.VOICES][];

    SatbFast(SatbNet net) {
        this.net = net;
        this.hidden = net.hidden;
        this.head = net.head;
        this.gates = net.gates;
        off = new int[net.theta.length + 1];
        for (int r = 0; r < net.theta.length; r++) {
            off[r + 1] = off[r] + net.theta[r].length;
        }
        theta = new float[off[net.theta.length]];
        whT = new float[gates * hidden];
        for (int v = 0; v < Tokens.VOICES; v++) {
            wuhT[v] = new float[head * hidden];
            woT[v] = new float[SatbFeatures.outputs(v) * head];
        }
        load();
    }

    /** Rounds θ to float and refreshes the transposed copies; call after θ changes. */
    void load() {
        for (int r = 0; r < net.theta.length; r++) {
            for (int k = 0; k < net.theta[r].length; k++) {
                theta[off[r] + k] = (float) net.theta[r][k];
            }
        }
        transpose(off[SatbNet.WH], hidden, gates, whT);
        for (int v = 0; v < Tokens.VOICES; v++) {
            transpose(off[SatbNet.headRow(v, 0)], hidden, head, wuhT[v]);
            transpose(off[SatbNet.headRow(v, 3)], head, SatbFeatures.outputs(v), woT[v]);
        }
    }

    private void transpose(int from, int rows, int cols, float[] to) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                to[j * rows + i] = theta[from + i * cols + j];
            }
        }
    }

    /** Adds the tape's float gradient to the double rows of {@code grad}. */
    void addGradient(SatbTape s, double[][] grad) {
        for (int r = 0; r < grad.length; r++) {
            for (int k = 0; k < grad[r].length; k++) {
                grad[r][k] += s.grad[off[r] + k];
            }
        }
    }

    /** The forward pass over the tape's batch ({@link SatbTape#load}); h_0 = c_0 = 0. */
    Loss forward(SatbTape s, double keep, Random rng) {
        Tape32 c = s.cells;
        int size = s.size;
        int rows = s.steps * size;
        int h = hidden;
        Arrays.fill(c.h0, 0f);
        Arrays.fill(c.c0, 0f);
        for (int t = 0; t < s.steps; t++) {
            int row = t * size;
            // z = x_t Wx + h_{t−1} Wh + b
            for (int r = row; r < row + size; r++) {
                System.arraycopy(theta, off[SatbNet.B], c.gates, r * gates, gates);
                for (int k = r * X_ACTIVE; k < (r + 1) * X_ACTIVE; k++) {
                    if (s.x[k] >= 0) {
                        Gemm.axpy(gates, 1f, theta, off[SatbNet.WX] + s.x[k] * gates, c.gates, r * gates);
                    }
                }
            }
            if (t > 0) {
                Gemm.mul(
                        size,
                        gates,
                        h,
                        c.h,
                        (row - size) * h,
                        h,
                        1,
                        theta,
                        off[SatbNet.WH],
                        gates,
                        c.gates,
                        row * gates,
                        gates);
            }
            for (int b = 0; b < size; b++) {
                if (t == 0) {
                    FastCell.forward(c, row + b, c.c0, b * h, h);
                } else {
                    FastCell.forward(c, row + b, c.c, (row - size + b) * h, h);
                }
            }
        }
        dropout(c, rows, keep, rng);
        double nats = 0;
        long tokens = 0;
        for (int v = 0; v < Tokens.VOICES; v++) {
            nats += headForward(s, v, rows);
        }
        for (int r = 0; r < rows; r++) {
            tokens += s.target[0][r] >= 0 ? Tokens.VOICES : 0;
        }
        return new Loss(nats, tokens);
    }

    /** h̃ = h ⊙ mask, the mask 1/keep with probability keep, else 0 (inverted dropout). */
    private void dropout(Tape32 c, int rows, double keep, Random rng) {
        int n = rows * hidden;
        if (keep >= 1.0) {
            System.arraycopy(c.h, 0, c.hDrop, 0, n);
            Arrays.fill(c.mask, 0, n, 1f);
            return;
        }
        for (int k = 0; k < n; k++) {
            c.mask[k] = rng.nextDouble() < keep ? (float) (1 / keep) : 0f;
            c.hDrop[k] = c.h[k] * c.mask[k];
        }
    }

    /** Voice v's head on every row: a = h̃ Wuh + c Wuc + bu, u = tanh a, o = u Wo + bo, p = softmax(y(o)); returns Σ −ln p. */
    private double headForward(SatbTape s, int v, int rows) {
        int u0 = head;
        int outs = SatbFeatures.outputs(v);
        float[] u = s.u[v];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(theta, off[SatbNet.headRow(v, 2)], u, r * u0, u0);
            for (int k = r * C_ACTIVE; k < (r + 1) * C_ACTIVE; k++) {
                int ck = s.cond[v][k];
                if (ck >= 0) {
                    Gemm.axpy(u0, 1f, theta, off[SatbNet.headRow(v, 1)] + ck * u0, u, r * u0);
                }
            }
        }
        Gemm.mul(rows, u0, hidden, s.cells.hDrop, 0, hidden, 1, theta, off[SatbNet.headRow(v, 0)], u0, u, 0, u0);
        for (int k = 0; k < rows * u0; k++) {
            u[k] = (float) Math.tanh(u[k]); // u = tanh(a)
        }
        for (int r = 0; r < rows; r++) {
            System.arraycopy(theta, off[SatbNet.headRow(v, 4)], s.o, r * outs, outs);
        }
        Gemm.mul(rows, outs, u0, u, 0, u0, 1, theta, off[SatbNet.headRow(v, 3)], outs, s.o, 0, outs);
        double nats = 0;
        float[] p = s.p[v];
        for (int r = 0; r < rows; r++) {
            int o = r * outs;
            int y = r * N;
            System.arraycopy(s.o, o, p, y, N);
            for (int j = 0; j <= v; j++) {
                int ref = s.refs[v][r * (1 + v) + j];
                if (ref != Tokens.REST) {
                    int base = o + N + SPAN * j + N - 2 - ref;
                    for (int q = 1; q < N; q++) {
                        p[y + q] += s.o[base + q]; // y_q = o_q + o[rel(j, q)]
                    }
                }
            }
            softmax(p, y);
            int target = s.target[v][r];
            if (target >= 0) {
                nats -= Math.log(p[y + target]); // C = −ln p(target)
            }
        }
        return nats;
    }

    private static void softmax(float[] y, int from) {
        float max = Float.NEGATIVE_INFINITY;
        for (int k = from; k < from + N; k++) {
            max = Math.max(max, y[k]);
        }
        double sum = 0;
        for (int k = from; k < from + N; k++) {
            y[k] = (float) Math.exp(y[k] - max);
            sum += y[k];
        }
        float inv = (float) (1 / sum);
        for (int k = from; k < from + N; k++) {
            y[k] *= inv;
        }
    }

    /** Backpropagation after {@link #forward}: leaves {@code scale}·∂C/∂θ in the tape's {@code grad}. */
    void backward(SatbTape s, double scale) {
        Tape32 c = s.cells;
        int size = s.size;
        int rows = s.steps * size;
        int h = hidden;
        Arrays.fill(s.grad, 0f);
        Arrays.fill(s.dHead, 0, rows * h, 0f);
        for (int v = 0; v < Tokens.VOICES; v++) {
            headBackward(s, v, rows, (float) scale);
        }
        Arrays.fill(c.dhNext, 0f);
        Arrays.fill(c.dcNext, 0f);
        for (int t = s.steps - 1; t >= 0; t--) {
            int row = t * size;
            // ∂C/∂h_t = (∂C/∂h̃_t) ⊙ mask + (∂C/∂z_{t+1}) Whᵀ
            for (int k = 0; k < size * h; k++) {
                c.dh[k] = s.dHead[row * h + k] * c.mask[row * h + k] + c.dhNext[k];
            }
            for (int b = 0; b < size; b++) {
                if (t == 0) {
                    FastCell.backward(c, row + b, b, c.c0, b * h, h);
                } else {
                    FastCell.backward(c, row + b, b, c.c, (row - size + b) * h, h);
                }
            }
            Arrays.fill(c.dhNext, 0f);
            Gemm.mul(size, h, gates, c.dz, row * gates, gates, 1, whT, 0, h, c.dhNext, 0, h);
        }
        float[] g = s.grad;
        // ∇Wh = Σ_t h_{t−1}ᵀ δz_t (h_0 = 0), ∇Wx = Σ_t x_tᵀ δz_t (rows of the active inputs), ∇b = Σ_t δz_t
        Gemm.mul(h, gates, rows - size, c.h, 0, 1, h, c.dz, size * gates, gates, g, off[SatbNet.WH], gates);
        for (int r = 0; r < rows; r++) {
            for (int k = r * X_ACTIVE; k < (r + 1) * X_ACTIVE; k++) {
                if (s.x[k] >= 0) {
                    Gemm.axpy(gates, 1f, c.dz, r * gates, g, off[SatbNet.WX] + s.x[k] * gates);
                }
            }
            Gemm.axpy(gates, 1f, c.dz, r * gates, g, off[SatbNet.B]);
        }
    }

    /** Voice v's head backwards: δo from p − onehot, then ∇Wo, ∇bo, δa = δo Woᵀ ⊙ (1 − u²), ∇Wuh, ∇Wuc, ∇bu, ∂C/∂h̃. */
    private void headBackward(SatbTape s, int v, int rows, float scale) {
        int u0 = head;
        int outs = SatbFeatures.outputs(v);
        float[] u = s.u[v];
        float[] p = s.p[v];
        float[] dO = s.dO;
        float[] g = s.grad;
        Arrays.fill(dO, 0, rows * outs, 0f);
        for (int r = 0; r < rows; r++) {
            int target = s.target[v][r];
            if (target < 0) {
                continue;
            }
            int o = r * outs;
            for (int q = 0; q < N; q++) {
                dO[o + q] = p[r * N + q] * scale; // ∂C/∂y = p − onehot(target)
            }
            dO[o + target] -= scale;
            for (int j = 0; j <= v; j++) {
                int ref = s.refs[v][r * (1 + v) + j];
                if (ref != Tokens.REST) {
                    System.arraycopy(
                            dO, o + 1, dO, o + N + SPAN * j + N - 2 - ref + 1, N - 1); // ∂C/∂o[rel(j, q)] = ∂C/∂y_q
                }
            }
            Gemm.axpy(outs, 1f, dO, o, g, off[SatbNet.headRow(v, 4)]); // ∇bo = Σ δo
        }
        Gemm.mul(u0, outs, rows, u, 0, 1, u0, dO, 0, outs, g, off[SatbNet.headRow(v, 3)], outs); // ∇Wo = uᵀ δo
        float[] dA = s.dU;
        Arrays.fill(dA, 0, rows * u0, 0f);
        Gemm.mul(rows, u0, outs, dO, 0, outs, 1, woT[v], 0, u0, dA, 0, u0); // δu = δo Woᵀ
        for (int k = 0; k < rows * u0; k++) {
            dA[k] *= 1 - u[k] * u[k]; // δa = δu ⊙ (1 − u²)
        }
        Gemm.mul(
                hidden,
                u0,
                rows,
                s.cells.hDrop,
                0,
                1,
                hidden,
                dA,
                0,
                u0,
                g,
                off[SatbNet.headRow(v, 0)],
                u0); // ∇Wuh = h̃ᵀ δa
        for (int r = 0; r < rows; r++) {
            for (int k = r * C_ACTIVE; k < (r + 1) * C_ACTIVE; k++) {
                int ck = s.cond[v][k];
                if (ck >= 0) {
                    Gemm.axpy(u0, 1f, dA, r * u0, g, off[SatbNet.headRow(v, 1)] + ck * u0); // ∇Wuc = cᵀ δa
                }
            }
            Gemm.axpy(u0, 1f, dA, r * u0, g, off[SatbNet.headRow(v, 2)]); // ∇bu = Σ δa
        }
        Gemm.mul(rows, hidden, u0, dA, 0, u0, 1, wuhT[v], 0, hidden, s.dHead, 0, hidden); // ∂C/∂h̃ += δa Wuhᵀ
    }

    @Override
    public String toString() {
        return "SatbFast[float32, " + net + "]";
    }
}
