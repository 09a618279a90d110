import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Graded against Mazur's worked example (docs/oracles.md) and against central differences. */
class BackpropTest {
    static double[] X() {
        return new double[] {0.05, 0.10};
    }

    static double[] Y() {
        return new double[] {0.01, 0.99};
    }

    static final double ETA = 0.5;

    static double[][][] mazurW() {
        return new double[][][] {{{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}};
    }

    static double[][] mazurB() {
        return new double[][] {{0.35, 0.35}, {0.60, 0.60}};
    }

    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The test's own forward pass and cost, independent of the learner's code. */
    static double cost(double[][][] w, double[][] b, double[] x, double[] y) {
        double[] a = x;
        for (int i = 0; i < w.length; i++) {
            double[] next = new double[w[i].length];
            for (int k = 0; k < w[i].length; k++) {
                double z = b[i][k];
                for (int j = 0; j < a.length; j++) {
                    z += w[i][k][j] * a[j];
                }
                next[k] = sig(z);
            }
            a = next;
        }
        double c = 0;
        for (int k = 0; k < a.length; k++) {
            c += 0.5 * (y[k] - a[k]) * (y[k] - a[k]);
        }
        return c;
    }

    @Test
    @Tag("task:1")
    void feedforwardRemembersMazurWeightedInputsAndActivations() {
        ForwardPass f = Backprop.feedforward(mazurW(), mazurB(), X());
        Check.near("zs[0]", new double[] {0.3775, 0.3925}, f.zs()[0], 1e-12);
        Check.near("zs[1]", new double[] {1.10590596705977, 1.2249214040964653}, f.zs()[1], 1e-12);
        Check.near("activations[0] (the input)", X(), f.activations()[0], 0);
        Check.near("activations[1]", new double[] {0.593269992, 0.596884378}, f.activations()[1], 1e-9);
        Check.near("activations[2]", new double[] {0.75136507, 0.772928465}, f.activations()[2], 1e-8);
    }

    @Test
    @Tag("task:2")
    void backpropMatchesMazurDeltasAndWeightGradients() {
        Gradient g = Backprop.backprop(mazurW(), mazurB(), X(), Y());
        // Tolerance 1e-9: Mazur's figures are printed to 9 decimals.
        Check.near("∂C/∂b of the output layer (= δ³)", new double[] {0.138498562, -0.038098237}, g.nablaB()[1], 1e-9);
        Check.near("∂C/∂b of the hidden layer (= δ²)", new double[] {0.008771355, 0.009954255}, g.nablaB()[0], 1e-9);
        double[] aO = {0.7513650695523157, 0.7729284653214625};
        Check.near("∂E/∂w₅", 0.082167041, g.nablaW()[1][0][0], 1e-9,
                mistake("wrong-layer-activation", 0.13849856162855698 * aO[0]));
        Check.near("∂E/∂w₁", 0.000438568, g.nablaW()[0][0][0], 1e-9,
                mistake("wrong-layer-activation", 0.00877135468948693 * 0.593269992));
    }

    @Test
    @Tag("task:2")
    void backpropMatchesCentralDifferencesOnA3_4_2Network() {
        Random r = new Random(7);
        int[] sizes = {3, 4, 2};
        double[][][] w = new double[2][][];
        double[][] b = new double[2][];
        for (int i = 0; i < 2; i++) {
            w[i] = new double[sizes[i + 1]][sizes[i]];
            b[i] = new double[sizes[i + 1]];
            for (int k = 0; k < sizes[i + 1]; k++) {
                b[i][k] = r.nextGaussian();
                for (int j = 0; j < sizes[i]; j++) {
                    w[i][k][j] = r.nextGaussian();
                }
            }
        }
        double[] x = {0.2, -0.4, 0.9};
        double[] y = {1, 0};
        Gradient g = Backprop.backprop(w, b, x, y);
        double eps = 1e-6;
        for (int i = 0; i < 2; i++) {
            double[][] fdW = new double[sizes[i + 1]][sizes[i]];
            double[] fdB = new double[sizes[i + 1]];
            for (int k = 0; k < sizes[i + 1]; k++) {
                for (int j = 0; j < sizes[i]; j++) {
                    double keep = w[i][k][j];
                    w[i][k][j] = keep + eps;
                    double up = cost(w, b, x, y);
                    w[i][k][j] = keep - eps;
                    double down = cost(w, b, x, y);
                    w[i][k][j] = keep;
                    fdW[k][j] = (up - down) / (2 * eps);
                }
                double keep = b[i][k];
                b[i][k] = keep + eps;
                double up = cost(w, b, x, y);
                b[i][k] = keep - eps;
                double down = cost(w, b, x, y);
                b[i][k] = keep;
                fdB[k] = (up - down) / (2 * eps);
            }
            // Tolerance 1e-8: central differences with ε = 1e-6 are good to about 1e-10 here.
            Check.near("∂C/∂W[" + i + "] against central differences", fdW, g.nablaW()[i], 1e-8);
            Check.near("∂C/∂b[" + i + "] against central differences", fdB, g.nablaB()[i], 1e-8);
        }
    }

    @Test
    @Tag("task:3")
    void trainStepOnWeightsMatchesMazurUpdatedWeightsAndCost() {
        double[][][] w = mazurW();
        double[][] b = mazurB();
        Backprop.trainStep(w, b, X(), Y(), ETA, false);
        double[][] climbed = {{0.40 + 0.5 * 0.082167041, 0.45 + 0.5 * 0.082667628},
            {0.50 + 0.5 * -0.022602540, 0.55 + 0.5 * -0.022740242}};
        Check.near("w₅…w₈ after one step", new double[][] {{0.35891648, 0.408666186}, {0.511301270, 0.561370121}}, w[1],
                1e-8, mistake("plus-eta", climbed));
        // The blog's bug leaves w₅…w₈ right but gets w₁…w₄ from BP2 with the updated w₅…w₈.
        double[][] fromUpdated = {{0.14981763856120295, 0.19963527712240592}, {0.2497881851977662, 0.29957637039553237}};
        Check.near("w₁…w₄ after one step", new double[][] {{0.149780716, 0.19956143}, {0.24975114, 0.29950229}}, w[0],
                1e-8, mistake("updated-weights-in-bp2", fromUpdated));
        Check.near("biases (not to be updated)", mazurB()[1], b[1], 0);
        // Tolerance 1e-9: Mazur prints 0.291027774 to 9 decimals; the blog's bug gives 0.291027924.
        Check.near("cost after one step", 0.291027774, cost(w, b, X(), Y()), 1e-9,
                mistake("updated-weights-in-bp2", 0.291027924));
    }

    @Test
    @Tag("task:3")
    void trainStepWithBiasesMatchesMazur() {
        double[][][] w = mazurW();
        double[][] b = mazurB();
        double before = cost(w, b, X(), Y());
        Backprop.trainStep(w, b, X(), Y(), ETA, true);
        double after = cost(w, b, X(), Y());
        Check.failIf(after > before, "plus-eta", "the cost went up from " + before + " to " + after);
        Check.near("output biases after one step", new double[] {0.530750719, 0.619049118}, b[1], 1e-9);
        Check.near("hidden biases after one step", new double[] {0.345614323, 0.345022873}, b[0], 1e-9);
        Check.near("cost after one step, biases too", 0.280471447, after, 1e-9);
    }

    @Test
    @Tag("task:1")
    void feedforwardLeavesItsArgumentsUnchanged() {
        double[][][] w = mazurW();
        double[][] b = mazurB();
        double[] x = X();
        Backprop.feedforward(w, b, x);
        Check.near("W[0] after feedforward", mazurW()[0], w[0], 0);
        Check.near("W[1] after feedforward", mazurW()[1], w[1], 0);
        Check.near("b after feedforward", mazurB(), b, 0);
        Check.near("x after feedforward", X(), x, 0);
    }

    @Test
    @Tag("task:2")
    void backpropLeavesItsArgumentsUnchanged() {
        double[][][] w = mazurW();
        double[][] b = mazurB();
        double[] x = X();
        double[] y = Y();
        Backprop.backprop(w, b, x, y);
        Check.near("W[0] after backprop", mazurW()[0], w[0], 0);
        Check.near("W[1] after backprop", mazurW()[1], w[1], 0);
        Check.near("b after backprop", mazurB(), b, 0);
        Check.near("x after backprop", X(), x, 0);
        Check.near("y after backprop", Y(), y, 0);
    }

    @Test
    @Tag("task:3")
    void trainStepChangesOnlyWAndB() {
        double[] x = X();
        double[] y = Y();
        Backprop.trainStep(mazurW(), mazurB(), x, y, ETA, true);
        Check.near("x after trainStep", X(), x, 0);
        Check.near("y after trainStep", Y(), y, 0);
    }
}
