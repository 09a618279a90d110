package bachprop.nn;

/**
 * Checks backpropagation a second way: every ∂C/∂v estimated by central differences,
 * (C(v + ε) − C(v − ε)) / 2ε, the symmetric form of the limit in eq. 10.
 */
public final class GradientCheck {
    public static final double DEFAULT_EPSILON = 1e-6;

    private GradientCheck() {}

    /** The central-difference estimate of ∂C/∂wˡₖ,ⱼ for one example (0-based k, j). */
    public static double weight(Network net, Vec x, Vec y, int l, int k, int j, double eps) {
        Network plus = net.copy();
        plus.setWeight(l, k, j, net.weight(l, k, j) + eps);
        Network minus = net.copy();
        minus.setWeight(l, k, j, net.weight(l, k, j) - eps);
        return (plus.cost(x, y) - minus.cost(x, y)) / (2 * eps); // (10), taken symmetrically
    }

    /** The central-difference estimate of ∂C/∂bˡⱼ for one example. */
    public static double bias(Network net, Vec x, Vec y, int l, int j, double eps) {
        Network plus = net.copy();
        plus.setBias(l, j, net.bias(l, j) + eps);
        Network minus = net.copy();
        minus.setBias(l, j, net.bias(l, j) - eps);
        return (plus.cost(x, y) - minus.cost(x, y)) / (2 * eps);
    }

    /** The whole gradient estimated numerically (2 feed-forwards per parameter). */
    public static Gradient numerical(Network net, Vec x, Vec y, double eps) {
        Gradient g = Gradient.zerosLike(net);
        Mat[] w = g.nablaW();
        Vec[] b = g.nablaB();
        for (int l = 2; l <= net.L(); l++) {
            double[][] dw = new double[net.size(l)][net.size(l - 1)];
            double[] db = new double[net.size(l)];
            for (int k = 0; k < net.size(l); k++) {
                db[k] = bias(net, x, y, l, k, eps);
                for (int j = 0; j < net.size(l - 1); j++) {
                    dw[k][j] = weight(net, x, y, l, k, j, eps);
                }
            }
            w[l] = new Mat(dw);
            b[l] = new Vec(db);
        }
        return g;
    }

    /** The largest relative difference between backprop's gradient and the numerical one. */
    public static double maxRelativeError(Network net, Vec x, Vec y) {
        return net.backprop(x, y).maxRelativeDifference(numerical(net, x, y, DEFAULT_EPSILON));
    }

    /** |a − b| / max(|a|, |b|, 1e-4): below 1e-4 the difference is measured against 1e-4 (see {@link Gradient#maxRelativeDifference}). */
    public static double relativeDifference(double a, double b) {
        return Gradient.rel(a, b);
    }
}
