/** Eq. 3 and eq. 4: the weighted input of a neuron and of a layer. */
public final class WeightedInput {

    /** (3) z = x · w + b */
    public static double z(double[] x, double[] w, double b) {
        throw new IllegalStateException("Not written yet: z is task 1 of .docs/instructions.md");
    }

    /** (4) zₖ = Σⱼ W[k][j] a[j] + b[k], one entry per row of W. */
    public static double[] layer(double[][] W, double[] a, double[] b) {
        throw new IllegalStateException("Not written yet: layer is task 2 of .docs/instructions.md");
    }
}
