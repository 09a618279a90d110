/** A correct solution through tanh, with σ′ from e^(−|z|) (an alternative the tests must accept). */
public final class Activation {

    /** σ(z) = (1 + tanh(z/2)) / 2. */
    public static double sigma(double z) {
        return 0.5 * (1.0 + Math.tanh(0.5 * z));
    }

    /** σ′(z) = e^(−|z|) / (1 + e^(−|z|))², symmetric in z and never overflowing. */
    public static double sigmaPrime(double z) {
        double e = Math.exp(-Math.abs(z));
        return e / ((1.0 + e) * (1.0 + e));
    }
}
