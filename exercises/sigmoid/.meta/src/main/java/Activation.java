/** Eq. 6: the sigmoid, and its derivative. */
public final class Activation {

    /** (6) σ(z) = 1 / (1 + e^(−z)), finite for every finite z. */
    public static double sigma(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** σ′(z) = σ(z)(1 − σ(z)), finite for every finite z (also |z| ≥ 800). */
    public static double sigmaPrime(double z) {
        double s = sigma(z);
        return s * (1.0 - s);
    }
}
