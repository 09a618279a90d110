import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class QuadraticCostTest {
    static double[] A() { // Mazur's outputs, full precision
        return new double[] {0.7513650695523157, 0.7729284653214625};
    }

    static double[] Y() {
        return new double[] {0.01, 0.99};
    }

    @Test
    @Tag("task:1")
    void costOfMazurOutputsIs0_298371109() {
        // Tolerance 1e-9: Mazur's figure is printed to 9 decimals.
        Check.near("C for Mazur's outputs", 0.298371109, QuadraticCost.cost(A(), Y()), 1e-9,
                mistake("missing-half", 2 * 0.2983711087600027));
    }

    @Test
    @Tag("task:1")
    void costIsZeroOnlyWhenOutputsHitTheTargets() {
        Check.near("C when a = y", 0, QuadraticCost.cost(Y().clone(), Y()), 0);
        Check.near("C for a = (1, 0, 0.5), y = (0, 0, 0.5)", 0.5, QuadraticCost.cost(new double[] {1, 0, 0.5},
                new double[] {0, 0, 0.5}), 1e-15, mistake("missing-half", 1));
    }

    @Test
    @Tag("task:1")
    void costOfNoOutputsIsZero() {
        Check.near("C for a = (), y = ()", 0, QuadraticCost.cost(new double[0], new double[0]), 0);
    }

    @Test
    @Tag("task:2")
    void costGradientOfNoOutputsIsEmpty() {
        Check.near("∂C/∂a for a = (), y = ()", new double[0], QuadraticCost.costGradient(new double[0], new double[0]), 0);
    }

    @Test
    @Tag("task:2")
    void costGradientIsOutputMinusTarget() {
        Check.near("∂C/∂a for Mazur's outputs", new double[] {A()[0] - 0.01, A()[1] - 0.99}, QuadraticCost.costGradient(A(), Y()),
                1e-15, mistake("gradient-sign", 0.01 - A()[0], 0.99 - A()[1]));
    }

    @Test
    @Tag("task:2")
    void costGradientMatchesCentralDifferenceOfTheCost() {
        double eps = 1e-6;
        double[] fd = new double[A().length];
        double[] reflected = new double[A().length];
        for (int j = 0; j < A().length; j++) {
            double[] up = A().clone();
            double[] down = A().clone();
            up[j] += eps;
            down[j] -= eps;
            double cu = 0, cd = 0;
            for (int k = 0; k < A().length; k++) {
                cu += 0.5 * (Y()[k] - up[k]) * (Y()[k] - up[k]);
                cd += 0.5 * (Y()[k] - down[k]) * (Y()[k] - down[k]);
            }
            fd[j] = (cu - cd) / (2 * eps);
            reflected[j] = -fd[j];
        }
        // Tolerance 1e-8: the central difference of a quadratic is exact up to rounding (~1e-10).
        Check.near("∂C/∂a against the central difference", fd, QuadraticCost.costGradient(A(), Y()), 1e-8,
                mistake("gradient-sign", reflected));
    }

    @Test
    @Tag("task:1")
    void costLeavesItsArgumentsUnchanged() {
        double[] a = A();
        double[] y = Y();
        QuadraticCost.cost(a, y);
        Check.near("a after cost", A(), a, 0);
        Check.near("y after cost", Y(), y, 0);
    }

    @Test
    @Tag("task:2")
    void costGradientLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[] a = A();
        double[] y = Y();
        double[] g = QuadraticCost.costGradient(a, y);
        Check.near("a after costGradient", A(), a, 0);
        Check.near("y after costGradient", Y(), y, 0);
        Assertions.assertTrue(g != a && g != y, "costGradient must return a new array, not a or y");
    }
}
