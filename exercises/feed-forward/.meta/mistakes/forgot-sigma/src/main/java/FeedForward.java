/** Eq. 4 and eq. 5 applied layer by layer: the forward pass. */
public final class FeedForward {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** aˡ = σ(Wˡ aˡ⁻¹ + bˡ) */
    public static double[] activate(double[][] W, double[] b, double[] aPrev) {
        double[] a = new double[W.length];
        for (int k = 0; k < W.length; k++) {
            double z = b[k];
            for (int j = 0; j < aPrev.length; j++) {
                z += W[k][j] * aPrev[j]; // (4)
            }
            a[k] = z;
        }
        return a;
    }

    /** The output aᴸ of the network whose layers after the input have weights W[i] and biases b[i]. */
    public static double[] feedforward(double[][][] W, double[][] b, double[] x) {
        double[] a = x;
        for (int i = 0; i < W.length; i++) {
            a = activate(W[i], b[i], a);
        }
        return a;
    }
}
