/** Backpropagation through time over two steps of eq. 25 with a softmax output; vectors are rows. */
public final class TwoStepBptt {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** (25) h_t = σ(x_t W_xh + h_{t−1} W_hh + b_h). Given. */
    public static double[] hiddenState(double[] x, double[] hPrev, double[][] Wxh, double[][] Whh, double[] bh) {
        double[] h = new double[bh.length];
        for (int j = 0; j < h.length; j++) {
            double z = bh[j];
            for (int i = 0; i < x.length; i++) {
                z += x[i] * Wxh[i][j];
            }
            for (int i = 0; i < hPrev.length; i++) {
                z += hPrev[i] * Whh[i][j];
            }
            h[j] = sigma(z);
        }
        return h;
    }

    /** softmax(h W_ho + b_o). Given. */
    public static double[] softmax(double[] h, double[][] Who, double[] bo) {
        double[] o = new double[bo.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < o.length; k++) {
            o[k] = bo[k];
            for (int j = 0; j < h.length; j++) {
                o[k] += h[j] * Who[j][k];
            }
            max = Math.max(max, o[k]);
        }
        double sum = 0;
        for (int k = 0; k < o.length; k++) {
            o[k] = Math.exp(o[k] - max);
            sum += o[k];
        }
        for (int k = 0; k < o.length; k++) {
            o[k] /= sum;
        }
        return o;
    }

    /** (BPTT2, BPTT3) {δ₁, δ₂} from h = {h₁, h₂} and deltaO = {δᵒ₁, δᵒ₂}. */
    public static double[][] hiddenDeltas(double[][] h, double[][] deltaO, double[][] Who, double[][] Whh) {
        int n = Whh.length;
        double[][] delta = new double[2][n];
        for (int t = 2; t >= 1; t--) {
            double[] ht = h[t - 1];
            for (int i = 0; i < n; i++) {
                double g = 0;
                for (int k = 0; k < deltaO[t - 1].length; k++) {
                    g += Who[i][k] * deltaO[t - 1][k]; // (δᵒ_t W_hoᵀ)ᵢ
                }
                if (t < 2) {
                    for (int j = 0; j < n; j++) {
                        g += Whh[i][j] * delta[t][j]; // (δ_{t+1} W_hhᵀ)ᵢ
                    }
                }
                delta[t - 1][i] = g * ht[i] * (1 - ht[i]); // (BPTT3) ⊙ σ′(z_t)
            }
        }
        return delta;
    }

    /** (BPTT4) ∂C/∂W_hh = h₀ᵀ δ₁ + h₁ᵀ δ₂. */
    public static double[][] recurrentWeightGradient(double[] h0, double[][] h, double[][] delta) {
        int n = h0.length;
        double[][] nabla = new double[n][n];
        double[][] hPrev = {h0, h[0]};
        for (int t = 1; t <= 2; t++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    nabla[i][j] += h[t - 1][i] * delta[t - 1][j];
                }
            }
        }
        return nabla;
    }

    /** Forward two steps, BPTT1, then tasks 1 and 2: ∂C/∂W_hh for C = −log ŷ₁[y₁] − log ŷ₂[y₂]. */
    public static double[][] whhGradient(double[][] xs, double[] h0, int[] targets, double[][] Wxh, double[][] Whh, double[] bh,
                                         double[][] Who, double[] bo) {
        double[] h1 = hiddenState(xs[0], h0, Wxh, Whh, bh);
        double[] h2 = hiddenState(xs[1], h1, Wxh, Whh, bh);
        double[][] deltaO = {softmax(h1, Who, bo), softmax(h2, Who, bo)};
        deltaO[0][targets[0]] -= 1; // (BPTT1) δᵒ_t = ŷ_t − y_t
        deltaO[1][targets[1]] -= 1;
        double[][] h = {h1, h2};
        return recurrentWeightGradient(h0, h, hiddenDeltas(h, deltaO, Who, Whh));
    }
}
