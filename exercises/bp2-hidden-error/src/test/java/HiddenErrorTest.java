import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class HiddenErrorTest {
    static double[][] W3() {
        return new double[][] {{0.40, 0.45}, {0.50, 0.55}};
    }

    static double[] Z_H() {
        return new double[] {0.3775, 0.3925};
    }

    static double[] DELTA_O() {
        return deltaO();
    }

    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    static double sigPrime(double z) {
        return sig(z) * (1 - sig(z));
    }

    /** Mazur's output δ at full precision, from BP1. */
    static double[] deltaO() {
        double[] y = {0.01, 0.99};
        double[] d = new double[2];
        for (int k = 0; k < 2; k++) {
            double z = W3()[k][0] * sig(Z_H()[0]) + W3()[k][1] * sig(Z_H()[1]) + 0.60;
            d[k] = (sig(z) - y[k]) * sigPrime(z);
        }
        return d;
    }

    static Check.Mistake[] known(double[][] w, double[] dNext, double[] z) {
        double[] notT = new double[z.length];
        double[] noSp = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double sT = 0;
            double s = 0;
            for (int k = 0; k < dNext.length; k++) {
                s += w[k][j] * dNext[k];
                if (j < w.length && k < w[j].length) {
                    sT += w[j][k] * dNext[k];
                }
            }
            notT[j] = sT * sigPrime(z[j]);
            noSp[j] = s;
        }
        return new Check.Mistake[] {mistake("not-transposed", notT), mistake("no-sigma-prime", noSp)};
    }

    @Test
    @Tag("task:1")
    void hiddenErrorMatchesMazurWorkedExample() {
        // Tolerance 1e-9: Mazur's figures are printed to 9 decimals.
        Check.near("δ² of Mazur's network", new double[] {0.008771355, 0.009954255},
                HiddenError.hiddenError(W3(), DELTA_O(), Z_H()), 1e-9, known(W3(), DELTA_O(), Z_H()));
    }

    @Test
    @Tag("task:1")
    void hiddenErrorEqualsFiniteDifferenceOfCostInHiddenZ() {
        double eps = 1e-6;
        double[] fd = new double[2];
        for (int j = 0; j < 2; j++) {
            double[] up = Z_H().clone();
            double[] down = Z_H().clone();
            up[j] += eps;
            down[j] -= eps;
            fd[j] = (cost(up) - cost(down)) / (2 * eps);
        }
        // Tolerance 1e-9: central differences with ε = 1e-6 are good to about 1e-11 here.
        Check.near("δ² against ∂C/∂z² by central differences", fd, HiddenError.hiddenError(W3(), DELTA_O(), Z_H()), 1e-9,
                known(W3(), DELTA_O(), Z_H()));
    }

    static double cost(double[] zH) {
        double[] y = {0.01, 0.99};
        double c = 0;
        for (int k = 0; k < 2; k++) {
            double a = sig(W3()[k][0] * sig(zH[0]) + W3()[k][1] * sig(zH[1]) + 0.60);
            c += 0.5 * (y[k] - a) * (y[k] - a);
        }
        return c;
    }

    @Test
    @Tag("task:1")
    void hiddenErrorOfTwoNeuronsFedByThreeOutputs() {
        double[][] w = {{0.2, -0.5}, {1.0, 0.3}, {-0.7, 0.8}}; // 3 neurons in layer l+1, 2 in layer l
        double[] dNext = {0.1, -0.2, 0.05};
        double[] z = {0.4, -1.1};
        double[] expected = {(0.2 * 0.1 + 1.0 * -0.2 + -0.7 * 0.05) * sigPrime(0.4),
            (-0.5 * 0.1 + 0.3 * -0.2 + 0.8 * 0.05) * sigPrime(-1.1)};
        Check.near("δˡ with a 3×2 Wˡ⁺¹", expected, HiddenError.hiddenError(w, dNext, z), 1e-12, known(w, dNext, z));
    }

    @Test
    @Tag("task:1")
    void hiddenErrorLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[][] w = W3();
        double[] dNext = DELTA_O();
        double[] z = Z_H();
        double[] d = HiddenError.hiddenError(w, dNext, z);
        Check.near("W after hiddenError", W3(), w, 0);
        Check.near("δˡ⁺¹ after hiddenError", DELTA_O(), dNext, 0);
        Check.near("zˡ after hiddenError", Z_H(), z, 0);
        Assertions.assertTrue(d != dNext && d != z, "hiddenError must return a new array");
    }
}
