/** Eq. 25, one step of a recurrent network; vectors are rows, x W as the text writes it. */
public final class RnnStep {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** (25) h_t = σ(x_t W_xh + h_{t−1} W_hh + b_h); Wxh[i][j] is the weight from input i to hidden neuron j. */
    public static double[] hiddenState(double[] x, double[] hPrev, double[][] Wxh, double[][] Whh, double[] bh) {
        throw new IllegalStateException("Not written yet: hiddenState is task 1 of .docs/instructions.md");
    }

    /** h₁ … h_T (row t − 1 is h_t) for the inputs xs[0] … xs[T − 1], starting from h0. */
    public static double[][] unroll(double[][] xs, double[] h0, double[][] Wxh, double[][] Whh, double[] bh) {
        throw new IllegalStateException("Not written yet: unroll is task 2 of .docs/instructions.md");
    }

    /** ŷ = softmax(h W_ho + b_o). */
    public static double[] output(double[] h, double[][] Who, double[] bo) {
        throw new IllegalStateException("Not written yet: output is task 3 of .docs/instructions.md");
    }
}
