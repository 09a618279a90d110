/** Eq. 25, one step of a recurrent network; vectors are rows, x W as the text writes it. */
public final class RnnStep {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** (25) h_t = σ(x_t W_xh + h_{t−1} W_hh + b_h); Wxh[i][j] is the weight from input i to hidden neuron j. */
    public static double[] hiddenState(double[] x, double[] hPrev, double[][] Wxh, double[][] Whh, double[] bh) {
        double[] h = new double[bh.length];
        for (int j = 0; j < h.length; j++) {
            double z = bh[j];
            for (int i = 0; i < x.length; i++) {
                z += x[i] * Wxh[i][j]; // (x_t W_xh)ⱼ
            }
            for (int i = 0; i < hPrev.length; i++) {
                z += hPrev[i] * Whh[i][j]; // (h_{t−1} W_hh)ⱼ
            }
            h[j] = sigma(z); // (25)
        }
        return h;
    }

    /** h₁ … h_T (row t − 1 is h_t) for the inputs xs[0] … xs[T − 1], starting from h0. */
    public static double[][] unroll(double[][] xs, double[] h0, double[][] Wxh, double[][] Whh, double[] bh) {
        double[][] hs = new double[xs.length][];
        double[] h = h0;
        for (int t = 0; t < xs.length; t++) {
            h = hiddenState(xs[t], h, Wxh, Whh, bh);
            hs[t] = h;
        }
        return hs;
    }

    /** ŷ = softmax(h W_ho + b_o). */
    public static double[] output(double[] h, double[][] Who, double[] bo) {
        double[] o = new double[bo.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < o.length; k++) {
            o[k] = bo[k];
            for (int j = 0; j < h.length; j++) {
                o[k] += h[j] * Who[j][k];
            }
            max = Math.max(max, o[k]);
        }
        for (int k = 0; k < o.length; k++) {
            o[k] = sigma(o[k]);
        }
        return o;
    }
}
