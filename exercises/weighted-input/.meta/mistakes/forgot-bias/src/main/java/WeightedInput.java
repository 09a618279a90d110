/** Eq. 3 and eq. 4: the weighted input of a neuron and of a layer. */
public final class WeightedInput {

    /** (3) z = x · w + b */
    public static double z(double[] x, double[] w, double b) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * w[j];
        }
        return sum;
    }

    /** (4) zₖ = Σⱼ W[k][j] a[j] + b[k], one entry per row of W. */
    public static double[] layer(double[][] W, double[] a, double[] b) {
        double[] z = new double[W.length];
        for (int k = 0; k < W.length; k++) {
            double sum = 0;
            for (int j = 0; j < a.length; j++) {
                sum += W[k][j] * a[j];
            }
            z[k] = sum + b[k];
        }
        return z;
    }
}
