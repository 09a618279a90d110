import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BiasGradientTest {
    static double[][] W() {
        return new double[][] {{0.40, 0.45}, {0.50, 0.55}};
    }

    static double[] B() {
        return new double[] {0.60, 0.60};
    }

    static double[] X() {
        return new double[] {0.593269992, 0.596884378};
    }

    static double[] Y() {
        return new double[] {0.01, 0.99};
    }

    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    static double cost(double[] b) {
        double c = 0;
        for (int k = 0; k < 2; k++) {
            double a = sig(W()[k][0] * X()[0] + W()[k][1] * X()[1] + b[k]);
            c += 0.5 * (Y()[k] - a) * (Y()[k] - a);
        }
        return c;
    }

    static double[] delta() {
        double[] d = new double[2];
        for (int k = 0; k < 2; k++) {
            double z = W()[k][0] * X()[0] + W()[k][1] * X()[1] + B()[k];
            d[k] = (sig(z) - Y()[k]) * sig(z) * (1 - sig(z));
        }
        return d;
    }

    @Test
    @Tag("task:1")
    void nablaBIsTheErrorItself() {
        double[] delta = {0.138498562, -0.038098237};
        Check.near("∂C/∂b for δ = (0.1385, −0.0381)", delta.clone(), BiasGradient.nablaB(delta), 0);
    }

    @Test
    @Tag("task:1")
    void nablaBReturnsANewArray() {
        double[] delta = {1, 2, 3};
        double[] nb = BiasGradient.nablaB(delta);
        Assertions.assertNotSame(delta, nb, "nablaB should return a copy, not δ itself");
        Check.near("∂C/∂b for δ = (1, 2, 3)", new double[] {1, 2, 3}, nb, 0);
    }

    @Test
    @Tag("task:2")
    void outputBiasGradientMatchesFiniteDifferences() {
        double eps = 1e-6;
        double[] fd = new double[2];
        for (int k = 0; k < 2; k++) {
            double[] up = B().clone();
            double[] down = B().clone();
            up[k] += eps;
            down[k] -= eps;
            fd[k] = (cost(up) - cost(down)) / (2 * eps);
        }
        double[] d = delta();
        // Tolerance 1e-9: central differences with ε = 1e-6 are good to about 1e-11 here.
        Check.near("∂C/∂b against central differences", fd, BiasGradient.outputBiasGradient(W(), B(), X(), Y()), 1e-9,
                mistake("bias-times-input", d[0] * X()[0], d[1] * X()[1]));
    }

    @Test
    @Tag("task:2")
    void outputBiasGradientOfMazurOutputLayerIsItsDelta() {
        double[] d = delta();
        // Mazur's δ of the output layer, printed to 9 decimals.
        Check.near("∂C/∂b of Mazur's output layer", new double[] {0.138498562, -0.038098237},
                BiasGradient.outputBiasGradient(W(), B(), X(), Y()), 1e-9, mistake("bias-times-input", d[0] * X()[0], d[1] * X()[1]));
    }

    @Test
    @Tag("task:2")
    void outputBiasGradientLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[][] w = W();
        double[] b = B();
        double[] x = X();
        double[] y = Y();
        double[] g = BiasGradient.outputBiasGradient(w, b, x, y);
        Check.near("W after outputBiasGradient", W(), w, 0);
        Check.near("b after outputBiasGradient", B(), b, 0);
        Check.near("x after outputBiasGradient", X(), x, 0);
        Check.near("y after outputBiasGradient", Y(), y, 0);
        Assertions.assertTrue(g != b && g != x && g != y, "outputBiasGradient must return a new array");
    }
}
