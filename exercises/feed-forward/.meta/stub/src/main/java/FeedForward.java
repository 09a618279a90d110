/** Eq. 4 and eq. 5 applied layer by layer: the forward pass. */
public final class FeedForward {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** aˡ = σ(Wˡ aˡ⁻¹ + bˡ) */
    public static double[] activate(double[][] W, double[] b, double[] aPrev) {
        throw new IllegalStateException("Not written yet: activate is task 1 of .docs/instructions.md");
    }

    /** The output aᴸ of the network whose layers after the input have weights W[i] and biases b[i]. */
    public static double[] feedforward(double[][][] W, double[][] b, double[] x) {
        throw new IllegalStateException("Not written yet: feedforward is task 2 of .docs/instructions.md");
    }
}
