import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleFunction;

/** Section 3.2: partial derivatives as slopes of slices, estimated with a small step. */
public final class Partial {

    /** (g(x + h, y) − g(x, y)) / h */
    public static double partialX(DoubleBinaryOperator g, double x, double y, double h) {
        return g.applyAsDouble(x + h, y) - g.applyAsDouble(x, y);
    }

    /** (g(x, y + h) − g(x, y)) / h */
    public static double partialY(DoubleBinaryOperator g, double x, double y, double h) {
        return (g.applyAsDouble(x, y + h) - g.applyAsDouble(x, y)) / h;
    }

    /** Entry i: (C(v + ε eᵢ) − C(v − ε eᵢ)) / 2ε. Leaves v unchanged. */
    public static double[] gradient(ToDoubleFunction<double[]> C, double[] v, double eps) {
        double[] grad = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double[] up = v.clone();
            double[] down = v.clone();
            up[i] += eps;
            down[i] -= eps;
            grad[i] = (C.applyAsDouble(up) - C.applyAsDouble(down)) / (2 * eps);
        }
        return grad;
    }
}
