import java.util.Arrays;

/** A correct solution written with streams (an alternative the tests must accept). */
public final class SoftmaxCrossEntropy {

    public static double[] softmax(double[] z) {
        double m = Arrays.stream(z).max().orElse(0);
        double[] e = Arrays.stream(z).map(v -> Math.exp(v - m)).toArray();
        double sum = Arrays.stream(e).sum();
        return Arrays.stream(e).map(v -> v / sum).toArray();
    }

    public static double crossEntropy(double[] z, int target) {
        return -logSoftmax(z)[target];
    }

    public static double[] gradient(double[] z, int target) {
        double[] p = softmax(z);
        double[] g = new double[z.length];
        for (int k = z.length - 1; k >= 0; k--) {
            g[k] = k == target ? p[k] - 1 : p[k];
        }
        return g;
    }

    /** ln softmax(z) = z − logsumexp(z). */
    private static double[] logSoftmax(double[] z) {
        double m = Arrays.stream(z).max().orElse(0);
        double lse = m + Math.log(Arrays.stream(z).map(v -> Math.exp(v - m)).sum());
        return Arrays.stream(z).map(v -> v - lse).toArray();
    }
}
