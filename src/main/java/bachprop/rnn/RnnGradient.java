package bachprop.rnn;

import bachprop.nn.Mat;
import bachprop.nn.Vec;
import java.util.EnumMap;
import java.util.Map;

/**
 * ∇C for the recurrent network, one block per {@link Param}, plus what BPTT found on the way:
 * ∂C/∂h_t and δ_t for every time step (index 1..T), which the visualisers plot.
 */
public final class RnnGradient {
    private final Map<Param, Mat> blocks;
    private final Vec[] dCdh;
    private final Vec[] delta;

    RnnGradient(Map<Param, Mat> blocks, Vec[] dCdh, Vec[] delta) {
        this.blocks = new EnumMap<>(blocks);
        this.dCdh = dCdh;
        this.delta = delta;
    }

    /** ∂C/∂v for one block; a bias is a matrix of one row. */
    public Mat get(Param p) {
        return blocks.get(p);
    }

    public Mat nablaWxh() {
        return blocks.get(Param.W_XH);
    }

    public Mat nablaWhh() {
        return blocks.get(Param.W_HH);
    }

    public Vec nablaBh() {
        return blocks.get(Param.B_H).row(0);
    }

    public Mat nablaWho() {
        return blocks.get(Param.W_HO);
    }

    public Vec nablaBo() {
        return blocks.get(Param.B_O).row(0);
    }

    /** ∂C/∂h_t (BPTT2), t = 1..T. */
    public Vec dCdh(int t) {
        return dCdh[t];
    }

    /** δ_t = ∂C/∂z_t (BPTT3), t = 1..T. */
    public Vec delta(int t) {
        return delta[t];
    }

    /** The number of time steps T. */
    public int T() {
        return dCdh.length - 1;
    }

    /** ‖∂C/∂h_t‖ for t = 1..T (element t−1): the curve the gradient-norms visualiser draws. */
    public double[] hiddenGradientNorms() {
        double[] n = new double[T()];
        for (int t = 1; t <= T(); t++) {
            n[t - 1] = Math.sqrt(dCdh[t].dot(dCdh[t]));
        }
        return n;
    }

    /** ‖g‖, the Euclidean norm of all parameter gradients together (the "global norm"). */
    public double norm() {
        double s = 0;
        for (Mat m : blocks.values()) {
            for (int i = 0; i < m.rows(); i++) {
                Vec r = m.row(i);
                s += r.dot(r);
            }
        }
        return Math.sqrt(s);
    }

    /** Every block multiplied by s (∂C/∂h_t and δ_t are kept as BPTT found them). */
    public RnnGradient times(double s) {
        Map<Param, Mat> scaled = new EnumMap<>(Param.class);
        blocks.forEach((p, m) -> scaled.put(p, m.times(s)));
        return new RnnGradient(scaled, dCdh, delta);
    }

    /** The largest |a − b| / max(|a|, |b|) over all entries (0 where both are 0). */
    public double maxRelativeDifference(RnnGradient o) {
        double worst = 0;
        for (Param p : Param.values()) {
            Mat a = get(p);
            Mat b = o.get(p);
            for (int i = 0; i < a.rows(); i++) {
                for (int j = 0; j < a.cols(); j++) {
                    double x = a.get(i, j);
                    double y = b.get(i, j);
                    double scale = Math.max(Math.abs(x), Math.abs(y));
                    if (scale > 0) {
                        worst = Math.max(worst, Math.abs(x - y) / scale);
                    }
                }
            }
        }
        return worst;
    }

    public boolean isFinite() {
        return blocks.values().stream().allMatch(Mat::isFinite);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RnnGradient ‖g‖ = " + Value.num(norm()));
        for (Param p : Param.values()) {
            sb.append("\n  ∂C/∂")
                    .append(p.symbol())
                    .append(" = ")
                    .append(get(p).toString().replace("\n", "\n          "));
        }
        return sb.toString();
    }
}
