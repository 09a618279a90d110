/** The LSTM's output layer: softmax, cross-entropy, and their derivative. */
public final class SoftmaxCrossEntropy {

    /** p_k = e^(z_k) / Σⱼ e^(z_j), finite for large z. */
    public static double[] softmax(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k]);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** C = −ln p_target. */
    public static double crossEntropy(double[] z, int target) {
        return -Math.log(softmax(z)[target]);
    }

    /** ∂C/∂z_k for every k. */
    public static double[] gradient(double[] z, int target) {
        double[] g = softmax(z);
        g[target] -= 1;                          // ∂C/∂z = p − onehot(target)
        return g;
    }
}
