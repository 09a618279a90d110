package bachprop.seq.satb.lstm;

import static bachprop.seq.satb.lstm.SatbFeatures.CONDITIONS;
import static bachprop.seq.satb.lstm.SatbFeatures.INPUTS;
import static bachprop.seq.satb.lstm.SatbFeatures.N;
import static bachprop.seq.satb.lstm.SatbFeatures.SPAN;

import bachprop.seq.satb.Tokens;
import java.util.Random;

/**
 * The four-voice LSTM's parameters θ, one row per matrix (the layout Adam and the model file
 * use), and its equations in double precision, one step at a time (what {@link SatbPredictor}
 * runs; {@link SatbFast} runs the same equations batched in float for training).
 *
 * <ul>
 *   <li>LSTM over steps: z_t = x_t Wx + h_{t−1} Wh + b; i, f, o = σ(z), g = tanh(z);
 *       c_t = f ⊙ c_{t−1} + i ⊙ g; h_t = o ⊙ tanh(c_t).
 *   <li>Head of voice v: a = h_t Wuh_v + c_{t,v} Wuc_v + bu_v; u = tanh(a); o = u Wo_v + bo_v;
 *       logit of token q: y_q = o_q + Σ_r o[rel(r, q)] over the sounding refs (own previous token,
 *       voices above at t; {@link SatbFeatures#refs}); p = softmax(y).
 * </ul>
 */
public final class SatbNet {
    public final int hidden;
    public final int head;
    final int gates;
    /** θ: Wx, Wh, b, then per voice Wuh, Wuc, bu, Wo, bo (rows are row-major matrices). */
    public final double[][] theta;

    static final int WX = 0;
    static final int WH = 1;
    static final int B = 2;
    /** Row of voice v's group k (0 Wuh, 1 Wuc, 2 bu, 3 Wo, 4 bo). */
    static int headRow(int v, int k) {
        return 3 + 5 * v + k;
    }

    public SatbNet(int hidden, int head) {
        this.hidden = hidden;
        this.head = head;
        this.gates = 4 * hidden;
        theta = new double[3 + 5 * Tokens.VOICES][];
        theta[WX] = new double[INPUTS * gates];
        theta[WH] = new double[hidden * gates];
        theta[B] = new double[gates];
        for (int v = 0; v < Tokens.VOICES; v++) {
            theta[headRow(v, 0)] = new double[hidden * head];
            theta[headRow(v, 1)] = new double[CONDITIONS * head];
            theta[headRow(v, 2)] = new double[head];
            theta[headRow(v, 3)] = new double[head * SatbFeatures.outputs(v)];
            theta[headRow(v, 4)] = new double[SatbFeatures.outputs(v)];
        }
    }

    /** Uniform ±1/√H for the LSTM (forget-gate bias 1), normal with variance 1/fan-in for the heads. */
    public static SatbNet random(int hidden, int head, Random rng) {
        SatbNet n = new SatbNet(hidden, head);
        double r = 1 / Math.sqrt(hidden);
        for (int row = WX; row <= WH; row++) {
            for (int k = 0; k < n.theta[row].length; k++) {
                n.theta[row][k] = r * (2 * rng.nextDouble() - 1);
            }
        }
        for (int j = hidden; j < 2 * hidden; j++) {
            n.theta[B][j] = 1.0;
        }
        for (int v = 0; v < Tokens.VOICES; v++) {
            gaussian(n.theta[headRow(v, 0)], 1 / Math.sqrt(hidden + 8), rng);
            gaussian(n.theta[headRow(v, 1)], 1 / Math.sqrt(hidden + 8), rng);
            gaussian(n.theta[headRow(v, 3)], 1 / Math.sqrt(head), rng);
        }
        return n;
    }

    private static void gaussian(double[] w, double sd, Random rng) {
        for (int k = 0; k < w.length; k++) {
            w[k] = sd * rng.nextGaussian();
        }
    }

    public int parameters() {
        int n = 0;
        for (double[] row : theta) {
            n += row.length;
        }
        return n;
    }

    /** Zeros of θ's shape (a gradient). */
    public double[][] zeros() {
        double[][] z = new double[theta.length][];
        for (int r = 0; r < z.length; r++) {
            z[r] = new double[theta[r].length];
        }
        return z;
    }

    /** One LSTM step: (h, c) ← the state after reading the active inputs {@code x} (h_{t−1}, c_{t−1} → h_t, c_t). */
    void step(int[] x, double[] h, double[] c) {
        int hd = hidden;
        double[] z = theta[B].clone(); // z = x_t Wx + h_{t−1} Wh + b
        for (int k : x) {
            if (k >= 0) {
                axpy(gates, 1.0, theta[WX], k * gates, z);
            }
        }
        for (int i = 0; i < hd; i++) {
            axpy(gates, h[i], theta[WH], i * gates, z);
        }
        for (int j = 0; j < hd; j++) {
            double in = sigmoid(z[j]); // i = σ(z_i)
            double f = sigmoid(z[hd + j]); // f = σ(z_f)
            double g = Math.tanh(z[2 * hd + j]); // g = tanh(z_g)
            double o = sigmoid(z[3 * hd + j]); // o = σ(z_o)
            c[j] = f * c[j] + in * g; // c_t = f ⊙ c_{t−1} + i ⊙ g
            h[j] = o * Math.tanh(c[j]); // h_t = o ⊙ tanh(c_t)
        }
    }

    /** p(token of voice v | h_t, its conditions {@code cond} and refs {@code refs}): the head and softmax. */
    double[] distribution(int v, double[] h, int[] cond, int[] refs) {
        int u0 = head;
        double[] a = theta[headRow(v, 2)].clone(); // a = h_t Wuh + c_{t,v} Wuc + bu
        for (int i = 0; i < hidden; i++) {
            axpy(u0, h[i], theta[headRow(v, 0)], i * u0, a);
        }
        for (int k : cond) {
            if (k >= 0) {
                axpy(u0, 1.0, theta[headRow(v, 1)], k * u0, a);
            }
        }
        int outs = SatbFeatures.outputs(v);
        double[] o = theta[headRow(v, 4)].clone(); // o = tanh(a) Wo + bo
        for (int j = 0; j < u0; j++) {
            axpy(outs, Math.tanh(a[j]), theta[headRow(v, 3)], j * outs, o);
        }
        double[] y = logits(o, refs, 1 + v);
        return softmax(y);
    }

    /** y_q = o_q + Σ_r o[N + SPAN·r + q − ref_r + N − 2] over sounding refs, for q ≥ 1 (the rest has no interval). */
    static double[] logits(double[] o, int[] refs, int count) {
        double[] y = new double[N];
        System.arraycopy(o, 0, y, 0, N);
        for (int r = 0; r < count; r++) {
            int ref = refs[r];
            if (ref == Tokens.REST) {
                continue;
            }
            int base = N + SPAN * r + N - 2 - ref;
            for (int q = 1; q < N; q++) {
                y[q] += o[base + q];
            }
        }
        return y;
    }

    static double[] softmax(double[] y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[y.length];
        for (int q = 0; q < y.length; q++) {
            p[q] = Math.exp(y[q] - max);
            sum += p[q];
        }
        for (int q = 0; q < y.length; q++) {
            p[q] /= sum;
        }
        return p;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static void axpy(int n, double x, double[] w, int off, double[] y) {
        if (x == 0) {
            return;
        }
        for (int j = 0; j < n; j++) {
            y[j] += x * w[off + j];
        }
    }

    @Override
    public String toString() {
        return "SatbNet[LSTM " + INPUTS + " → " + hidden + ", heads " + hidden + " + " + CONDITIONS + " → " + head
                + " → 47 (+ relative logits), " + parameters() + " parameters]";
    }
}
