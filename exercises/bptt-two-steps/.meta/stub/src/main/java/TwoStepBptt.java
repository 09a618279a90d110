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
        throw new IllegalStateException("Not written yet: hiddenDeltas is task 1 of .docs/instructions.md");
    }

    /** (BPTT4) ∂C/∂W_hh = h₀ᵀ δ₁ + h₁ᵀ δ₂. */
    public static double[][] recurrentWeightGradient(double[] h0, double[][] h, double[][] delta) {
        throw new IllegalStateException("Not written yet: recurrentWeightGradient is task 2 of .docs/instructions.md");
    }

    /** Forward two steps, BPTT1, then tasks 1 and 2: ∂C/∂W_hh for C = −log ŷ₁[y₁] − log ŷ₂[y₂]. */
    public static double[][] whhGradient(double[][] xs, double[] h0, int[] targets, double[][] Wxh, double[][] Whh, double[] bh,
                                         double[][] Who, double[] bo) {
        throw new IllegalStateException("Not written yet: whhGradient is task 3 of .docs/instructions.md");
    }
}
