import java.util.stream.IntStream;

/** A correct solution with streams and Math.pow (an alternative the tests must accept). */
public final class QuadraticCost {

    public static double cost(double[] a, double[] y) {
        return IntStream.range(0, a.length).mapToDouble(k -> Math.pow(a[k] - y[k], 2) / 2).sum();
    }

    public static double[] costGradient(double[] a, double[] y) {
        return IntStream.range(0, a.length).mapToDouble(j -> -(y[j] - a[j])).toArray();
    }
}
