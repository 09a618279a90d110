/** The LSTM's output layer: softmax, cross-entropy, and their derivative. */
public final class SoftmaxCrossEntropy {

    /** p_k = e^(z_k) / Σⱼ e^(z_j), finite for large z. */
    public static double[] softmax(double[] z) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : z) {
            m = Math.min(m, v);                 // shifted by the smallest instead of the largest
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - m);          // the same after subtracting m, and never overflows
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** C = −ln p_target = ln Σⱼ e^(z_j) − z_target (log-sum-exp, finite even when p_target underflows). */
    public static double crossEntropy(double[] z, int target) {
        double m = max(z);
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - m);
        }
        return m + Math.log(sum) - z[target];
    }

    /** ∂C/∂z_k for every k. */
    public static double[] gradient(double[] z, int target) {
        double[] g = softmax(z);
        g[target] -= 1;                          // ∂C/∂z = p − onehot(target)
        return g;
    }

    private static double max(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        return m;
    }
}
