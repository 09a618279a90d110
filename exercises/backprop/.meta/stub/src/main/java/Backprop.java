/** Chapter 5 in one class: feed forward, backpropagate (BP1–BP4), and take one gradient-descent step. */
public final class Backprop {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** σ′(z) = σ(z)(1 − σ(z)). Given. */
    public static double sigmaPrime(double z) {
        double s = sigma(z);
        return s * (1.0 - s);
    }

    /** zs[i] = W[i] activations[i] + b[i] (4); activations[i + 1] = σ(zs[i]) (5); activations[0] = x. */
    public static ForwardPass feedforward(double[][][] W, double[][] b, double[] x) {
        throw new IllegalStateException("Not written yet: feedforward is task 1 of .docs/instructions.md");
    }

    /** ∂C/∂b and ∂C/∂W for one example, by BP1–BP4. */
    public static Gradient backprop(double[][][] W, double[][] b, double[] x, double[] y) {
        throw new IllegalStateException("Not written yet: backprop is task 2 of .docs/instructions.md");
    }

    /** One step Δv = −η∇C on this example, changing W (and b when updateBiases) in place. */
    public static void trainStep(double[][][] W, double[][] b, double[] x, double[] y, double eta, boolean updateBiases) {
        throw new IllegalStateException("Not written yet: trainStep is task 3 of .docs/instructions.md");
    }
}
