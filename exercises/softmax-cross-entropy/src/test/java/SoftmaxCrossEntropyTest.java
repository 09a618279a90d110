import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SoftmaxCrossEntropyTest {
    static final double[] Z = {0.5, -1.0, 2.0, 0.0};
    static final double[] P = {0.15844470951497971, 0.03535379340874887, 0.7100999228861742, 0.09610157419009721};

    @Test
    @Tag("task:1")
    void softmaxOfOneTwoThree() {
        Check.near("softmax(1, 2, 3)", new double[] {0.09003057317038046, 0.24472847105479767, 0.6652409557748219},
                SoftmaxCrossEntropy.softmax(new double[] {1, 2, 3}), 1e-12);
    }

    @Test
    @Tag("task:1")
    void softmaxStaysFiniteForLargeInputs() {
        Check.near("softmax(1000, 1001)", new double[] {0.2689414213699951, 0.7310585786300049},
                SoftmaxCrossEntropy.softmax(new double[] {1000, 1001}), 1e-12, mistake("no-max-shift", Double.NaN, Double.NaN));
    }

    @Test
    @Tag("task:2")
    void crossEntropyIsMinusLnOfTheTargetsProbability() {
        Check.near("C for z = (1, 2, 3), target 0", 2.40760596444438, SoftmaxCrossEntropy.crossEntropy(new double[] {1, 2, 3}, 0), 1e-12);
        Check.near("C for z = (0.5, −1, 2, 0), target 2", 0.3423495823898221, SoftmaxCrossEntropy.crossEntropy(Z, 2), 1e-12);
    }

    @Test
    @Tag("task:3")
    void gradientIsSoftmaxMinusOneHot() {
        double[] forgot = P.clone();
        double[] flipped = {-P[0], -P[1], 1 - P[2], -P[3]};
        Check.near("∂C/∂z for z = (0.5, −1, 2, 0), target 2", new double[] {P[0], P[1], P[2] - 1, P[3]},
                SoftmaxCrossEntropy.gradient(Z, 2), 1e-12, mistake("forgot-one-hot", forgot), mistake("target-minus-p", flipped));
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
            numeric[k] = (SoftmaxCrossEntropy.crossEntropy(up, 3) - SoftmaxCrossEntropy.crossEntropy(down, 3)) / (2 * eps);
        }
        double[] p = SoftmaxCrossEntropy.softmax(z);
        double[] flipped = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            flipped[k] = (k == 3 ? 1 : 0) - p[k];
        }
        Check.near("∂C/∂z against central differences (ε = 1e-6)", numeric, SoftmaxCrossEntropy.gradient(z, 3), 1e-8,
                mistake("forgot-one-hot", p), mistake("target-minus-p", flipped));
    }
}
