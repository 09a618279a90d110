import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every test makes its own arrays; expected values come from literals or the test's own helpers below. */
class SoftmaxCrossEntropyTest {
    static double[] z() {
        return new double[] {0.5, -1.0, 2.0, 0.0};
    }

    static double[] p() {
        return new double[] {0.15844470951497971, 0.03535379340874887, 0.7100999228861742, 0.09610157419009721};
    }

    /** The test's own softmax (shifted by the maximum), independent of the learner's. */
    static double[] softmaxOf(double[] z) {
        double m = Arrays.stream(z).max().orElse(0);
        double[] e = Arrays.stream(z).map(v -> Math.exp(v - m)).toArray();
        double s = Arrays.stream(e).sum();
        return Arrays.stream(e).map(v -> v / s).toArray();
    }

    /** The test's own −ln softmax(z)[t] by log-sum-exp. */
    static double costOf(double[] z, int t) {
        double m = Arrays.stream(z).max().orElse(0);
        return m + Math.log(Arrays.stream(z).map(v -> Math.exp(v - m)).sum()) - z[t];
    }

    static boolean finite(double[] v) {
        return v != null && Arrays.stream(v).allMatch(Double::isFinite);
    }

    @Test
    @Tag("task:1")
    void softmaxOfOneTwoThree() {
        Check.near("softmax(1, 2, 3)", new double[] {0.09003057317038046, 0.24472847105479767, 0.6652409557748219},
                SoftmaxCrossEntropy.softmax(new double[] {1, 2, 3}), 1e-12);
    }

    @Test
    @Tag("task:1")
    void softmaxStaysFiniteForLargePositiveInputs() {
        Check.near("softmax(1000, 1001)", new double[] {0.2689414213699951, 0.7310585786300049},
                SoftmaxCrossEntropy.softmax(new double[] {1000, 1001}), 1e-12, mistake("no-max-shift", Double.NaN, Double.NaN));
    }

    @Test
    @Tag("task:1")
    void softmaxStaysFiniteForLargeNegativeInputs() {
        Check.near("softmax(−1000, −1001)", new double[] {0.7310585786300049, 0.2689414213699951},
                SoftmaxCrossEntropy.softmax(new double[] {-1000, -1001}), 1e-12, mistake("no-max-shift", Double.NaN, Double.NaN));
    }

    @Test
    @Tag("task:1")
    void softmaxStaysFiniteForInputsFarApartInBothDirections() {
        // Shifting by the minimum gives e^2000 = ∞ here, as does no shift: the two are told apart by (1000, 1001).
        boolean shiftsLargeInputs = finite(SoftmaxCrossEntropy.softmax(new double[] {1000, 1001}));
        Check.near("softmax(−1000, 1000)", new double[] {0, 1}, SoftmaxCrossEntropy.softmax(new double[] {-1000, 1000}), 1e-12,
                mistake(shiftsLargeInputs ? "shift-by-minimum" : "no-max-shift", 0, Double.NaN));
    }

    @Test
    @Tag("task:1")
    void softmaxOfNoInputsIsEmptyAndOfOneIsOne() {
        Check.near("softmax(())", new double[0], SoftmaxCrossEntropy.softmax(new double[0]), 0);
        Check.near("softmax((−1000))", new double[] {1}, SoftmaxCrossEntropy.softmax(new double[] {-1000}), 1e-15,
                mistake("no-max-shift", Double.NaN));
    }

    @Test
    @Tag("task:1")
    void softmaxLeavesZUnchangedAndReturnsANewArray() {
        double[] z = {1, 2, 3};
        double[] p = SoftmaxCrossEntropy.softmax(z);
        Check.failIf(p == z, "writes-into-z", "softmax returned z itself: it must return a new array");
        Check.failIf(!Arrays.equals(new double[] {1, 2, 3}, z), "writes-into-z",
                "softmax changed its argument z to " + Arrays.toString(z));
    }

    @Test
    @Tag("task:2")
    void crossEntropyIsMinusLnOfTheTargetsProbability() {
        Check.near("C for z = (1, 2, 3), target 0", 2.40760596444438, SoftmaxCrossEntropy.crossEntropy(new double[] {1, 2, 3}, 0), 1e-12);
        Check.near("C for z = (0.5, −1, 2, 0), target 2", 0.3423495823898221, SoftmaxCrossEntropy.crossEntropy(z(), 2), 1e-12);
    }

    @Test
    @Tag("task:2")
    void crossEntropyStaysFiniteWhenTheTargetsProbabilityUnderflows() {
        // p₁ = e^(−1000) / (1 + e^(−1000)) is 0 in a double, but C = ln(e^1000 + 1) − 0 = 1000 is not.
        Check.near("C for z = (1000, 0), target 1", 1000, SoftmaxCrossEntropy.crossEntropy(new double[] {1000, 0}, 1), 1e-9,
                mistake("underflowing-log", Double.POSITIVE_INFINITY));
        Check.near("C for z = (−1000, −1001), target 0", 0.3132616875182228,
                SoftmaxCrossEntropy.crossEntropy(new double[] {-1000, -1001}, 0), 1e-12);
    }

    @Test
    @Tag("task:2")
    void crossEntropyLeavesZUnchanged() {
        double[] z = z();
        SoftmaxCrossEntropy.crossEntropy(z, 1);
        Check.near("z after crossEntropy(z, 1)", z(), z, 0);
    }

    @Test
    @Tag("task:3")
    void gradientIsSoftmaxMinusOneHot() {
        double[] p = p();
        double[] flipped = {-p[0], -p[1], 1 - p[2], -p[3]};
        double[] z = z();
        Check.near("∂C/∂z for z = (0.5, −1, 2, 0), target 2", new double[] {p[0], p[1], p[2] - 1, p[3]},
                SoftmaxCrossEntropy.gradient(z, 2), 1e-12, mistake("forgot-one-hot", p()), mistake("target-minus-p", flipped));
        Check.near("z after gradient(z, 2)", z(), z, 0);
    }

    @Test
    @Tag("task:3")
    void gradientMatchesCentralDifferencesOfTheCost() {
        double[] z = {0.3, 1.7, -0.4, 0.9, 0.0};
        double eps = 1e-6;
        double[] numeric = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            double[] up = z.clone();
            double[] down = z.clone();
            up[k] += eps;
            down[k] -= eps;
            numeric[k] = (costOf(up, 3) - costOf(down, 3)) / (2 * eps);
        }
        double[] p = softmaxOf(z);
        double[] flipped = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            flipped[k] = (k == 3 ? 1 : 0) - p[k];
        }
        Check.near("∂C/∂z against central differences (ε = 1e-6)", numeric, SoftmaxCrossEntropy.gradient(z, 3), 1e-8,
                mistake("forgot-one-hot", p), mistake("target-minus-p", flipped));
    }

    @Test
    @Tag("task:3")
    void gradientStaysFiniteForLargeInputs() {
        Check.near("∂C/∂z for z = (1000, 0), target 1", new double[] {1, -1},
                SoftmaxCrossEntropy.gradient(new double[] {1000, 0}, 1), 1e-12,
                mistake("forgot-one-hot", 1, 0), mistake("target-minus-p", -1, 1));
    }
}
