import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class GradientDescentTest {
    static double g(double x, double y) {
        return x * x + 2 * x * y + 3 * y * y;
    }

    @Test
    @Tag("task:1")
    void gradGMatchesTheTextsPartialDerivatives() {
        Check.near("∇g(1, 2)", new double[] {6, 14}, GradientDescent.gradG(1, 2), 1e-12,
                mistake("missed-cross-term", 2, 12));
    }

    @Test
    @Tag("task:1")
    void gradGMatchesCentralDifferences() {
        double eps = 1e-5, x = -0.7, y = 0.4;
        double[] fd = {(g(x + eps, y) - g(x - eps, y)) / (2 * eps), (g(x, y + eps) - g(x, y - eps)) / (2 * eps)};
        // Tolerance 1e-8: central differences of a quadratic are exact up to rounding.
        Check.near("∇g(−0.7, 0.4) against central differences", fd, GradientDescent.gradG(x, y), 1e-8,
                mistake("missed-cross-term", 2 * x, 6 * y));
    }

    @Test
    @Tag("task:2")
    void stepMovesAgainstTheGradient() {
        double[] v = {1, 1};
        double[] grad = {4, 8};
        double[] next = GradientDescent.step(v, grad, 0.1);
        Check.near("step((1, 1), (4, 8), η = 0.1)", new double[] {0.6, 0.2}, next, 1e-12, mistake("plus-eta", 1.4, 1.8));
        Assertions.assertArrayEquals(new double[] {1, 1}, v, 0, "step must not change v");
    }

    @Test
    @Tag("task:2")
    void smallStepLowersTheCost() {
        double[] v = {0.3, -0.9};
        double[] grad = {2 * 0.3 + 2 * -0.9, 2 * 0.3 + 6 * -0.9};
        double[] next = GradientDescent.step(v, grad, 0.01);
        double before = g(v[0], v[1]);
        double after = g(next[0], next[1]);
        Check.failIf(after > before, "plus-eta", "g went up from " + before + " to " + after + " after one step");
        Assertions.assertTrue(after < before, "g should go down: " + before + " → " + after);
    }

    @Test
    @Tag("task:3")
    void descendFromOneOneReachesTheMinimum() {
        double[] end = GradientDescent.descend(new double[] {1, 1}, 0.1, 200);
        // The slowest direction shrinks by |1 − 0.1·1.17| ≈ 0.883 per step: 0.883²⁰⁰ ≈ 1e-11.
        Check.near("after 200 steps from (1, 1), η = 0.1", new double[] {0, 0}, end, 1e-6);
        Check.near("g at the end", 0, g(end[0], end[1]), 1e-12);
    }

    @Test
    @Tag("task:4")
    void predictedChangeIsTheGradientDotTheStep() {
        double[] grad = {4, 8};
        double[] dv = {-0.001, 0.002};
        Check.near("∇C · Δv for ∇C = (4, 8), Δv = (−0.001, 0.002)", 0.012, GradientDescent.predictedChange(grad, dv), 1e-15,
                mistake("sum-not-product", 4 - 0.001 + 8 + 0.002));
    }

    @Test
    @Tag("task:4")
    void predictedChangeMatchesTheRealChangeOfGToSecondOrder() {
        double x = 1, y = 1;
        double[] grad = {2 * x + 2 * y, 2 * x + 6 * y};
        for (double size : new double[] {1e-2, 1e-3, 1e-4}) {
            double[] dv = {-size, 2 * size};
            double real = g(x + dv[0], y + dv[1]) - g(x, y);
            // The remainder is ½ Δvᵀ H Δv with H = [[2, 2], [2, 6]]: exactly 9·size² here.
            Check.near("g(v + Δv) − g(v) − ∇g·Δv for |Δv| ~ " + size, 9 * size * size,
                    real - GradientDescent.predictedChange(grad, dv), 1e-12);
        }
    }

    @Test
    @Tag("task:4")
    void predictedChangeOfAGradientStepIsNeverPositive() {
        double[] grad = {0.3, -2.5};
        double eta = 0.1;
        double[] dv = {-eta * grad[0], -eta * grad[1]};
        Check.near("∇C · (−η∇C) = −η|∇C|²", -eta * (0.09 + 6.25), GradientDescent.predictedChange(grad, dv), 1e-15);
    }

    @Test
    @Tag("task:3")
    void descendWithZeroStepsStaysPut() {
        Check.near("0 steps from (2, −3)", new double[] {2, -3}, GradientDescent.descend(new double[] {2, -3}, 0.1, 0), 0);
    }

    @Test
    @Tag("task:2")
    void stepLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[] v = {1, 2};
        double[] grad = {4, 6};
        double[] next = GradientDescent.step(v, grad, 0.1);
        Check.failIf(next == v, "updates-v-in-place", "step returned v itself: it must return a new array");
        Check.failIf(v[0] != 1 || v[1] != 2, "updates-v-in-place", "step changed v to (" + v[0] + ", " + v[1] + ")");
        Check.near("grad after step", new double[] {4, 6}, grad, 0);
        Assertions.assertNotSame(grad, next, "step must return a new array, not grad");
    }

    @Test
    @Tag("task:3")
    void descendLeavesTheStartUnchangedAndReturnsANewArray() {
        double[] v0 = {1, 1};
        double[] end = GradientDescent.descend(v0, 0.1, 3);
        Check.near("v₀ after descend", new double[] {1, 1}, v0, 0);
        Assertions.assertNotSame(v0, end, "descend must return a new array, not v₀");
        double[] none = GradientDescent.descend(v0, 0.1, 0);
        Check.near("descend with 0 steps", new double[] {1, 1}, none, 0);
        Assertions.assertNotSame(v0, none, "descend with 0 steps must still return a new array, not v₀");
    }

    @Test
    @Tag("task:4")
    void predictedChangeLeavesItsArgumentsUnchanged() {
        double[] grad = {4, 6};
        double[] dv = {-0.4, -0.6};
        GradientDescent.predictedChange(grad, dv);
        Check.near("grad after predictedChange", new double[] {4, 6}, grad, 0);
        Check.near("Δv after predictedChange", new double[] {-0.4, -0.6}, dv, 0);
    }
}
