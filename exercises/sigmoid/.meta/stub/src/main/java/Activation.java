/** Eq. 6: the sigmoid, and its derivative. */
public final class Activation {

    /** (6) σ(z) = 1 / (1 + e^(−z)), finite for every finite z. */
    public static double sigma(double z) {
        throw new IllegalStateException("Not written yet: sigma is task 1 of .docs/instructions.md");
    }

    /** σ′(z) = σ(z)(1 − σ(z)), finite for every finite z (also |z| ≥ 800). */
    public static double sigmaPrime(double z) {
        throw new IllegalStateException("Not written yet: sigmaPrime is task 2 of .docs/instructions.md");
    }
}
