package bachprop.nn;

/** The sigmoid activation σ (eq. 6) and its derivative σ′ = σ(1 − σ). */
public final class Sigmoid {
    private Sigmoid() {}

    /** (6) σ(z) = 1 / (1 + e⁻ᶻ), written so that no exponential overflows for large |z|. */
    public static double sigma(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z); // departs from the text's form: e^{-z} would overflow for z < −709
        return e / (1.0 + e);
    }

    /** σ′(z) = σ(z)(1 − σ(z)) (section 4.2.1). */
    public static double sigmaPrime(double z) {
        double s = sigma(z);
        return s * (1.0 - s);
    }

    public static Vec sigma(Vec z) {
        return z.map(Sigmoid::sigma);
    }

    public static Vec sigmaPrime(Vec z) {
        return z.map(Sigmoid::sigmaPrime);
    }
}
