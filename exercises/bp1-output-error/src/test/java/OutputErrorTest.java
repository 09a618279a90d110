import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class OutputErrorTest {
    // Mazur's 2-2-2 network (docs/oracles.md): weighted inputs of the output layer, computed here
    // from its weights so the test does not depend on rounded figures.
    static double[] A_H() {
        return new double[] {sig(0.3775), sig(0.3925)};
    }

    static double[] Z_L() {
        return new double[] {0.40 * A_H()[0] + 0.45 * A_H()[1] + 0.60, 0.50 * A_H()[0] + 0.55 * A_H()[1] + 0.60};
    }

    static double[] A_L() {
        return new double[] {sig(Z_L()[0]), sig(Z_L()[1])};
    }

    static double[] Y() {
        return new double[] {0.01, 0.99};
    }

    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    static double sigPrime(double z) {
        return sig(z) * (1 - sig(z));
    }

    static double cost(double[] zL) {
        double c = 0;
        for (int j = 0; j < zL.length; j++) {
            c += 0.5 * (Y()[j] - sig(zL[j])) * (Y()[j] - sig(zL[j]));
        }
        return c;
    }

    /** The values the listed mistakes produce on this input. */
    static Check.Mistake[] knownMistakes(double[] a, double[] y) {
        double[] noSigmaPrime = new double[a.length];
        double[] ofA = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            noSigmaPrime[j] = a[j] - y[j];
            ofA[j] = (a[j] - y[j]) * sigPrime(a[j]);
        }
        return new Check.Mistake[] {mistake("no-sigma-prime", noSigmaPrime), mistake("sigma-prime-of-a", ofA)};
    }

    @Test
    @Tag("task:1")
    void outputErrorMatchesMazurWorkedExample() {
        // Tolerance 1e-9: Mazur's figures are printed to 9 decimals.
        Check.near("δᴸ for Mazur's network", new double[] {0.138498562, -0.038098237},
                OutputError.outputError(A_L(), Y(), Z_L()), 1e-9, knownMistakes(A_L(), Y()));
    }

    @Test
    @Tag("task:1")
    void outputErrorEqualsFiniteDifferenceOfCostInZ() {
        double eps = 1e-6;
        double[] fd = new double[Z_L().length];
        for (int j = 0; j < Z_L().length; j++) {
            double[] up = Z_L().clone();
            double[] down = Z_L().clone();
            up[j] += eps;
            down[j] -= eps;
            fd[j] = (cost(up) - cost(down)) / (2 * eps); // δ = ∂C/∂z (eq. 14)
        }
        // Tolerance 1e-8: central differences with ε = 1e-6 are good to about 1e-10 here.
        Check.near("δᴸ against (C(z+ε) − C(z−ε)) / 2ε", fd, OutputError.outputError(A_L(), Y(), Z_L()), 1e-8,
                knownMistakes(A_L(), Y()));
    }

    @Test
    @Tag("task:1")
    void outputErrorHasOneEntryPerOutputNeuron() {
        double[] z = {0.3, -1.2, 2.5};
        double[] a = {sig(0.3), sig(-1.2), sig(2.5)};
        double[] y = {1, 0, 0};
        double[] expected = new double[3];
        for (int j = 0; j < 3; j++) {
            expected[j] = (a[j] - y[j]) * sigPrime(z[j]);
        }
        Check.near("δᴸ of a 3-neuron output layer", expected, OutputError.outputError(a, y, z), 1e-12, knownMistakes(a, y));
    }

    @Test
    @Tag("task:1")
    void outputErrorLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[] aL = A_L();
        double[] y = Y();
        double[] zL = Z_L();
        double[] d = OutputError.outputError(aL, y, zL);
        Check.near("aᴸ after outputError", A_L(), aL, 0);
        Check.near("y after outputError", Y(), y, 0);
        Check.near("zᴸ after outputError", Z_L(), zL, 0);
        Assertions.assertTrue(d != aL && d != y && d != zL, "outputError must return a new array");
    }
}
