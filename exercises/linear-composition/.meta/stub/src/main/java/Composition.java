import java.util.function.DoubleUnaryOperator;

/** Chapter 2: linear neurons compose to a linear neuron; sigmoid neurons do not. */
public final class Composition {

    /** {w', b'} with w'x + b' = w2 (w1 x + b1) + b2 for every x. */
    public static double[] compose(double w1, double b1, double w2, double b2) {
        throw new IllegalStateException("Not written yet: compose is task 1 of .docs/instructions.md");
    }

    /** f(x + h) − 2 f(x) + f(x − h) */
    public static double secondDifference(DoubleUnaryOperator f, double x, double h) {
        throw new IllegalStateException("Not written yet: secondDifference is task 2 of .docs/instructions.md");
    }
}
