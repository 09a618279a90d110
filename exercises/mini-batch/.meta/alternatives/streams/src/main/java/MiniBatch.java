import java.util.List;
import java.util.stream.IntStream;

/** A correct solution written with streams, summing each entry over the batch (an alternative the tests must accept). */
public final class MiniBatch {

    public static double[] average(List<double[]> gradients) {
        return IntStream.range(0, gradients.get(0).length)
                .mapToDouble(i -> gradients.stream().mapToDouble(g -> g[i]).average().orElseThrow())
                .toArray();
    }

    public static double[] step(double[] v, List<double[]> gradients, double eta) {
        double[] mean = average(gradients);
        return IntStream.range(0, v.length).mapToDouble(i -> v[i] - eta * mean[i]).toArray();
    }
}
