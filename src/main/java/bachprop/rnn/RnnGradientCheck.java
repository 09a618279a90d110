package bachprop.rnn;

import bachprop.nn.Mat;
import bachprop.nn.Vec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks backpropagation through time a second way: every ∂C/∂v estimated by central
 * differences (C(v + ε) − C(v − ε)) / 2ε, the symmetric form of the text's eq. 10, each costing
 * two forward passes over the whole sequence.
 */
public final class RnnGradientCheck {
    public static final double EXTRAPOLATED_EPSILON = 1e-3;

    private RnnGradientCheck() {}

    /** The central-difference estimate of ∂C/∂v for entry (i, j) of block q. */
    public static double estimate(Rnn rnn, List<Vec> xs, Vec h0, int[][] targets, Param q, int i, int j, double eps) {
        Rnn plus = rnn.copy();
        plus.set(q, i, j, rnn.get(q, i, j) + eps);
        Rnn minus = rnn.copy();
        minus.set(q, i, j, rnn.get(q, i, j) - eps);
        double cPlus = plus.forward(xs, h0, targets, null).totalCost();
        double cMinus = minus.forward(xs, h0, targets, null).totalCost();
        return (cPlus - cMinus) / (2 * eps); // (10), taken symmetrically
    }

    /**
     * Two central differences combined so that their ε² error terms cancel (Richardson
     * extrapolation): (4 D(ε/2) − D(ε)) / 3, accurate to O(ε⁴). With ε = 10⁻³ its error is about
     * 10⁻¹², small enough to compare even gradient entries near 10⁻⁵ by relative error.
     */
    public static double estimateExtrapolated(
            Rnn rnn, List<Vec> xs, Vec h0, int[][] targets, Param q, int i, int j, double eps) {
        double coarse = estimate(rnn, xs, h0, targets, q, i, j, eps);
        double fine = estimate(rnn, xs, h0, targets, q, i, j, eps / 2);
        return (4 * fine - coarse) / 3;
    }

    /** The whole gradient estimated numerically by plain central differences. */
    public static RnnGradient numerical(Rnn rnn, List<Vec> xs, Vec h0, int[][] targets, double eps) {
        return numerical(rnn, xs, h0, targets, eps, false);
    }

    /** The whole gradient estimated by {@link #estimateExtrapolated} (ε = 10⁻³). */
    public static RnnGradient numericalExtrapolated(Rnn rnn, List<Vec> xs, Vec h0, int[][] targets) {
        return numerical(rnn, xs, h0, targets, EXTRAPOLATED_EPSILON, true);
    }

    private static RnnGradient numerical(
            Rnn rnn, List<Vec> xs, Vec h0, int[][] targets, double eps, boolean extrapolate) {
        Map<Param, Mat> blocks = new EnumMap<>(Param.class);
        for (Param q : Param.values()) {
            Mat m = rnn.get(q);
            double[][] d = new double[m.rows()][m.cols()];
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    d[i][j] = extrapolate
                            ? estimateExtrapolated(rnn, xs, h0, targets, q, i, j, eps)
                            : estimate(rnn, xs, h0, targets, q, i, j, eps);
                }
            }
            blocks.put(q, new Mat(d));
        }
        return new RnnGradient(blocks, new Vec[xs.size() + 1], new Vec[xs.size() + 1]);
    }

    /** {@link #numericalExtrapolated(Rnn, List, Vec, int[][])} for one output group. */
    public static RnnGradient numericalExtrapolated(Rnn rnn, List<Vec> xs, Vec h0, int[] targets) {
        return numericalExtrapolated(rnn, xs, h0, rnn.perGroup(targets));
    }

    /** {@link #numerical(Rnn, List, Vec, int[][], double)} for one output group. */
    public static RnnGradient numerical(Rnn rnn, List<Vec> xs, Vec h0, int[] targets, double eps) {
        return numerical(rnn, xs, h0, rnn.perGroup(targets), eps);
    }

    /**
     * The largest entry-wise relative difference |a − b| / max(|a|, |b|) between BPTT's gradient
     * and the extrapolated central differences, from h₀ = 0.
     */
    public static double maxRelativeError(Rnn rnn, List<Vec> xs, int[] targets) {
        return maxRelativeError(rnn, xs, rnn.perGroup(targets));
    }

    /** The same with one target per output group and step. */
    public static double maxRelativeError(Rnn rnn, List<Vec> xs, int[][] targets) {
        Vec h0 = Vec.zeros(rnn.nHidden());
        RnnGradient bptt = rnn.bptt(xs, h0, targets, null);
        return bptt.maxRelativeDifference(numericalExtrapolated(rnn, xs, h0, targets));
    }
}
