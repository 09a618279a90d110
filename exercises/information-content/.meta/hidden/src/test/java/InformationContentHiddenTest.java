import bachprop.grade.api.Check;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hidden from students (the pack leaves it out): IC and entropy at probabilities the visible tests
 * never use, so that a table of the visible figures does not pass.
 */
class InformationContentHiddenTest {
    private static final double[] P = {0.9, 0.3, 0.07, 1.0 / 3, 0.015625, 1e-6};

    @Test
    @Tag("task:1")
    void informationContentAtProbabilitiesNotShownElsewhere() {
        for (double p : P) {
            // Tolerance 1e-12: −log₂ p of these is at most about 20 bits.
            Check.near("ic(" + p + ")", -Math.log(p) / Math.log(2), InformationContent.ic(p), 1e-12);
        }
    }

    @Test
    @Tag("task:2")
    void entropyOfADistributionNotShownElsewhere() {
        double[] p = {0.6, 0.3, 0.07, 0.03};
        double h = 0;
        for (double q : p) {
            h -= q * Math.log(q) / Math.log(2);
        }
        // Tolerance 1e-12: four terms of at most a bit each.
        Check.near("entropy(0.6, 0.3, 0.07, 0.03)", h, InformationContent.entropy(p), 1e-12);
    }
}
