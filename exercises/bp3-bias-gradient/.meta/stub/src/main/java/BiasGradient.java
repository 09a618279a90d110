/** BP3 (eq. 20): the cost's gradient with respect to the biases. */
public final class BiasGradient {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** σ′(z) = σ(z)(1 − σ(z)). Given. */
    public static double sigmaPrime(double z) {
        double s = sigma(z);
        return s * (1.0 - s);
    }

    /** (BP3) ∂C/∂bˡ = δˡ, as a new array. */
    public static double[] nablaB(double[] delta) {
        throw new IllegalStateException("Not written yet: nablaB is task 1 of .docs/instructions.md");
    }

    /** ∂C/∂b of the one-layer network a = σ(W x + b) with target y. */
    public static double[] outputBiasGradient(double[][] W, double[] b, double[] x, double[] y) {
        throw new IllegalStateException("Not written yet: outputBiasGradient is task 2 of .docs/instructions.md");
    }
}
