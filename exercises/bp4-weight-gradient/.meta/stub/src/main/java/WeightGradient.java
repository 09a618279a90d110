/** BP4 (eq. 22): the cost's gradient with respect to the weights. */
public final class WeightGradient {

    /** (BP4) ∂C/∂Wˡ = δˡ (aˡ⁻¹)ᵀ: entry [k][j] is δₖ aPrev[j]. */
    public static double[][] nablaW(double[] delta, double[] aPrev) {
        throw new IllegalStateException("Not written yet: nablaW is task 1 of .docs/instructions.md");
    }

    /** ∂C/∂W for the weights into activations[i] (activations[0] is the input x). */
    public static double[][] nablaWOfLayer(double[][] activations, double[] delta, int i) {
        throw new IllegalStateException("Not written yet: nablaWOfLayer is task 2 of .docs/instructions.md");
    }
}
