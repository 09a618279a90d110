import bachprop.grade.api.Check;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hidden from students (the pack leaves it out): σ and σ′ at weighted inputs the visible tests
 * never use, so that a table of the visible figures does not pass.
 */
class ActivationHiddenTest {
    private static final double[] Z = {-37.5, -3.25, -0.7, 0.015625, 1.3, 4.75, 19};

    @Test
    @Tag("task:1")
    void sigmaAtWeightedInputsNotShownElsewhere() {
        for (double z : Z) {
            double expected = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            // Tolerance 1e-15: both ways of writing σ agree to the last bits of a double here.
            Check.near("σ(" + z + ")", expected, Activation.sigma(z), 1e-15);
        }
    }

    @Test
    @Tag("task:2")
    void sigmaPrimeAtWeightedInputsNotShownElsewhere() {
        for (double z : Z) {
            double s = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            // Tolerance 1e-15: σ′ = σ(1 − σ) is at most 1/4.
            Check.near("σ′(" + z + ")", s * (1 - s), Activation.sigmaPrime(z), 1e-15);
        }
    }
}
