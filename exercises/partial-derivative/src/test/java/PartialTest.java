import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PartialTest {
    /** The text's example g(x, y) = x² + 2xy + 3y² (section 3.2). */
    static final DoubleBinaryOperator G = (x, y) -> x * x + 2 * x * y + 3 * y * y;
    static final double H = 1e-6;

    @Test
    @Tag("task:1")
    void partialXOfTextExampleIsTwoXPlusTwoY() {
        // Tolerance 1e-4: the forward difference is off by about h·∂²g/∂x²/2 = 1e-6, plus rounding.
        double rise = G.applyAsDouble(1 + H, 2) - G.applyAsDouble(1, 2);
        Check.near("∂g/∂x at (1, 2)", 6, Partial.partialX(G, 1, 2, H), 1e-4, mistake("forgot-divide", rise));
    }

    @Test
    @Tag("task:1")
    void partialXWithALargeStepIsTheSecantSlope() {
        // With h = 0.5 the estimate is exactly (g(1.5, 2) − g(1, 2)) / 0.5 = 6.5: the error is h·1.
        Check.near("(g(1.5, 2) − g(1, 2)) / 0.5", 6.5, Partial.partialX(G, 1, 2, 0.5), 1e-12, mistake("forgot-divide", 3.25));
    }

    @Test
    @Tag("task:2")
    void partialYOfTextExampleIsTwoXPlusSixY() {
        double diagonal = (G.applyAsDouble(1 + H, 2 + H) - G.applyAsDouble(1, 2)) / H;
        Check.near("∂g/∂y at (1, 2)", 14, Partial.partialY(G, 1, 2, H), 1e-4, mistake("moved-both", diagonal));
    }

    @Test
    @Tag("task:2")
    void partialYIgnoresChangesAlongX() {
        DoubleBinaryOperator onlyX = (x, y) -> 5 * x;
        Check.near("∂(5x)/∂y", 0, Partial.partialY(onlyX, 3, -1, 0.25), 1e-12, mistake("moved-both", 5));
    }

    @Test
    @Tag("task:3")
    void gradientOfTextExampleMatchesTheAlgebra() {
        double[] v = {-0.5, 1.5};
        double[] before = v.clone();
        double[] grad = Partial.gradient(p -> G.applyAsDouble(p[0], p[1]), v, 1e-5);
        // Tolerance 1e-8: central differences of a quadratic are exact up to rounding.
        Check.near("∇g at (−0.5, 1.5)", new double[] {2 * -0.5 + 2 * 1.5, 2 * -0.5 + 6 * 1.5}, grad, 1e-8);
        Assertions.assertArrayEquals(before, v, 0, "gradient must not change v");
    }

    @Test
    @Tag("task:3")
    void gradientOfACubicIsSecondOrderAccurate() {
        // C(v) = v₀³ + v₀v₁v₂: ∇C = (3v₀² + v₁v₂, v₀v₂, v₀v₁). Central error ε²·(d³C/dv³)/6 = 1e-8 for v₀.
        double[] v = {1, 2, 3};
        double[] grad = Partial.gradient(p -> p[0] * p[0] * p[0] + p[0] * p[1] * p[2], v, 1e-4);
        Check.near("∇C at (1, 2, 3)", new double[] {3 + 6, 3, 2}, grad, 1e-7);
    }

    @Test
    @Tag("task:3")
    void gradientLeavesVUnchangedAndReturnsANewArray() {
        double[] v = {0.1, 0.7, -0.3};
        double[] grad = Partial.gradient(p -> p[0] * p[1] + p[2] * p[2], v, 1e-5);
        Check.near("v after gradient", new double[] {0.1, 0.7, -0.3}, v, 0);
        Assertions.assertNotSame(v, grad, "gradient must return a new array, not v");
    }
}
