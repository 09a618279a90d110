import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FeedForwardTest {
    static double[][] W2() {
        return new double[][] {{0.15, 0.20}, {0.25, 0.30}};
    }

    static double[][] W3() {
        return new double[][] {{0.40, 0.45}, {0.50, 0.55}};
    }

    static double[] B2() {
        return new double[] {0.35, 0.35};
    }

    static double[] B3() {
        return new double[] {0.60, 0.60};
    }

    static double[] X() {
        return new double[] {0.05, 0.10};
    }

    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Test
    @Tag("task:1")
    void activateGivesMazurHiddenActivations() {
        // Tolerance 1e-9: Mazur's figures are printed to 9 decimals.
        Check.near("a² of Mazur's network", new double[] {0.593269992, 0.596884378}, FeedForward.activate(W2(), B2(), X()), 1e-9,
                mistake("forgot-sigma", 0.3775, 0.3925));
    }

    @Test
    @Tag("task:1")
    void activationsLieStrictlyBetweenZeroAndOne() {
        double[][] W = {{4, -3}, {-2, 5}, {0.1, 0.1}};
        double[] b = {1, -1, 0};
        double[] a = {2, 3};
        double[] z = {4 * 2 - 3 * 3 + 1, -2 * 2 + 5 * 3 - 1, 0.1 * 2 + 0.1 * 3};
        Check.near("a of a 3-neuron layer", new double[] {sig(z[0]), sig(z[1]), sig(z[2])}, FeedForward.activate(W, b, a),
                1e-12, mistake("forgot-sigma", z));
    }

    @Test
    @Tag("task:2")
    void feedforwardGivesMazurOutputs() {
        double[] hiddenFromX = {sig(0.3775), sig(0.3925)};
        // What comes out when the output layer is also fed x instead of a²:
        double[] fedX = {sig(0.40 * 0.05 + 0.45 * 0.10 + 0.60), sig(0.50 * 0.05 + 0.55 * 0.10 + 0.60)};
        Check.near("aᴸ of Mazur's network", new double[] {0.75136507, 0.772928465},
                FeedForward.feedforward(new double[][][] {W2(), W3()}, new double[][] {B2(), B3()}, X()), 1e-8,
                mistake("input-every-layer", fedX));
        Check.near("a² (sanity check of the test's own numbers)", new double[] {0.593269992, 0.596884378}, hiddenFromX, 1e-9);
    }

    @Test
    @Tag("task:2")
    void feedforwardThroughLayersOfDifferentSizes() {
        double[][] Wa = {{1, -1}, {0.5, 0.5}, {-1, 2}}; // 2 → 3
        double[][] Wb = {{1, 1, 1}};                    // 3 → 1
        double[] ba = {0, 0.1, -0.1};
        double[] bb = {-1};
        double[] x = {0.3, 0.7};
        double[] h = {sig(0.3 - 0.7), sig(0.15 + 0.35 + 0.1), sig(-0.3 + 1.4 - 0.1)};
        double out = sig(h[0] + h[1] + h[2] - 1);
        Check.near("output of a 2-3-1 network", new double[] {out},
                FeedForward.feedforward(new double[][][] {Wa, Wb}, new double[][] {ba, bb}, x), 1e-12);
    }

    @Test
    @Tag("task:1")
    void activateLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[][] w = W2();
        double[] b = B2();
        double[] x = X();
        double[] a = FeedForward.activate(w, b, x);
        Check.near("W after activate", W2(), w, 0);
        Check.near("b after activate", B2(), b, 0);
        Check.near("aPrev after activate", X(), x, 0);
        Assertions.assertTrue(a != x && a != b, "activate must return a new array");
    }

    @Test
    @Tag("task:2")
    void feedforwardLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[][][] w = {W2(), W3()};
        double[][] b = {B2(), B3()};
        double[] x = X();
        double[] a = FeedForward.feedforward(w, b, x);
        Check.near("W[0] after feedforward", W2(), w[0], 0);
        Check.near("W[1] after feedforward", W3(), w[1], 0);
        Check.near("b after feedforward", new double[][] {B2(), B3()}, b, 0);
        Check.near("x after feedforward", X(), x, 0);
        Assertions.assertTrue(a != x && a != b[0] && a != b[1], "feedforward must return a new array");
    }
}
