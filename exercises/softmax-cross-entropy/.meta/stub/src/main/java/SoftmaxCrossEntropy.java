/** The LSTM's output layer: softmax, cross-entropy, and their derivative. */
public final class SoftmaxCrossEntropy {

    /** p_k = e^(z_k) / Σⱼ e^(z_j), finite for large z. */
    public static double[] softmax(double[] z) {
        throw new IllegalStateException("Not written yet: softmax is task 1 of .docs/instructions.md");
    }

    /** C = −ln p_target. */
    public static double crossEntropy(double[] z, int target) {
        throw new IllegalStateException("Not written yet: crossEntropy is task 2 of .docs/instructions.md");
    }

    /** ∂C/∂z_k for every k. */
    public static double[] gradient(double[] z, int target) {
        throw new IllegalStateException("Not written yet: gradient is task 3 of .docs/instructions.md");
    }
}
