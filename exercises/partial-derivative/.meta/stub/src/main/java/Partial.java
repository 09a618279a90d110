import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleFunction;

/** Section 3.2: partial derivatives as slopes of slices, estimated with a small step. */
public final class Partial {

    /** (g(x + h, y) − g(x, y)) / h */
    public static double partialX(DoubleBinaryOperator g, double x, double y, double h) {
        throw new IllegalStateException("Not written yet: partialX is task 1 of .docs/instructions.md");
    }

    /** (g(x, y + h) − g(x, y)) / h */
    public static double partialY(DoubleBinaryOperator g, double x, double y, double h) {
        throw new IllegalStateException("Not written yet: partialY is task 2 of .docs/instructions.md");
    }

    /** Entry i: (C(v + ε eᵢ) − C(v − ε eᵢ)) / 2ε. Leaves v unchanged. */
    public static double[] gradient(ToDoubleFunction<double[]> C, double[] v, double eps) {
        throw new IllegalStateException("Not written yet: gradient is task 3 of .docs/instructions.md");
    }
}
