import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ActivationTest {

    /** What e^(−z)/(1 + e^(−z))², the derivative written out directly, gives in doubles. */
    static double naivePrime(double z) {
        double e = Math.exp(-z);
        return e / ((1 + e) * (1 + e));
    }

    @Test
    @Tag("task:1")
    void sigmaOfZeroIsOneHalfAndOfTwoIs0_8808() {
        Check.near("σ(0)", 0.5, Activation.sigma(0), 1e-15);
        Check.near("σ(2)", 0.8807970779778823, Activation.sigma(2), 1e-12, mistake("sign-flipped", 1 / (1 + Math.exp(2))));
    }

    @Test
    @Tag("task:1")
    void sigmaOfMinusZIsOneMinusSigmaOfZ() {
        for (double z : new double[] {0.1, 1, 3.5, 10}) {
            Check.near("σ(−" + z + ") + σ(" + z + ")", 1, Activation.sigma(-z) + Activation.sigma(z), 1e-12);
        }
    }

    @Test
    @Tag("task:1")
    void sigmaStaysFiniteAtPlusAndMinus800() {
        Check.near("σ(800)", 1, Activation.sigma(800), 0, mistake("sign-flipped", 0));
        Check.near("σ(−800)", 0, Activation.sigma(-800), 0, mistake("sign-flipped", 1));
    }

    @Test
    @Tag("task:2")
    void sigmaPrimeOfZeroIsOneQuarter() {
        Check.near("σ′(0)", 0.25, Activation.sigmaPrime(0), 1e-15);
    }

    @Test
    @Tag("task:2")
    void sigmaPrimeMatchesCentralDifferenceOfSigma() {
        double eps = 1e-5;
        for (double z : new double[] {-4, -1, 0.5, 2, 6}) {
            double s = 1 / (1 + Math.exp(-z));
            double fd = (1 / (1 + Math.exp(-(z + eps))) - 1 / (1 + Math.exp(-(z - eps)))) / (2 * eps);
            // Tolerance 1e-9: the central difference's own error is about ε²·|σ‴| ≈ 1e-11.
            Check.near("σ′(" + z + ") against the central difference", fd, Activation.sigmaPrime(z), 1e-9);
            Check.near("σ′(" + z + ") against σ(1 − σ)", s * (1 - s), Activation.sigmaPrime(z), 1e-12);
        }
    }

    @Test
    @Tag("task:2")
    void sigmaPrimeIsFiniteForLargeWeightedInputs() {
        for (double z : new double[] {800, -800, 1000, -1000, 710, -710}) {
            Check.near("σ′(" + z + ")", 0, Activation.sigmaPrime(z), 1e-300, mistake("naive-derivative", naivePrime(z)));
        }
    }
}
