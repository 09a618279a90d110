/** BP2 (eq. 17): the error of a hidden layer from the error of the layer after it. */
public final class HiddenError {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** σ′(z) = σ(z)(1 − σ(z)). Given. */
    public static double sigmaPrime(double z) {
        double s = sigma(z);
        return s * (1.0 - s);
    }

    /** (BP2) δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ); wNext[k][j] is wˡ⁺¹ₖⱼ. */
    public static double[] hiddenError(double[][] wNext, double[] deltaNext, double[] z) {
        throw new IllegalStateException("Not written yet: hiddenError is task 1 of .docs/instructions.md");
    }
}
