/** BP1 (eq. 16): the error of each neuron in the output layer. */
public final class OutputError {

    /** σ(z) = 1 / (1 + e^(−z)) (eq. 6). Given. */
    public static double sigma(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /** σ′(z) = σ(z)(1 − σ(z)). Given. */
    public static double sigmaPrime(double z) {
        double s = sigma(z);
        return s * (1.0 - s);
    }

    /** (BP1) δᴸⱼ = (aᴸⱼ − yⱼ) σ′(zᴸⱼ), one entry per output neuron. */
    public static double[] outputError(double[] aL, double[] y, double[] zL) {
        throw new IllegalStateException("Not written yet: outputError is task 1 of .docs/instructions.md");
    }
}
