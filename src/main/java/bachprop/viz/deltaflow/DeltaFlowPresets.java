package bachprop.viz.deltaflow;

import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.viz.common.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The networks the δ-flow view starts from (Mazur's worked example, or a random one) and the sizes it can draw. */
final class DeltaFlowPresets {
    private DeltaFlowPresets() {}

    /** Whether the update moves the biases unless told otherwise: yes, as eq. 13 and {@code bachprop trace} do. */
    static final boolean UPDATE_BIASES = true;

    /**
     * Mazur's worked example: 2-2-2, x = (0.05, 0.10), y = (0.01, 0.99), η = 0.5. His post updates
     * the weights only ({@code updateBiases} false: C after = 0.291027774); the default everywhere
     * ({@link #UPDATE_BIASES}) is the text's eq. 13, which moves the biases too (C after = 0.280471447).
     */
    static DeltaFlowModel mazur(Granularity granularity, boolean updateBiases) {
        Network net = new Network(
                List.of(new Mat(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), new Mat(new double[][] {
                    {0.40, 0.45}, {0.50, 0.55}
                })),
                List.of(new Vec(0.35, 0.35), new Vec(0.60, 0.60)));
        DeltaFlowModel m =
                new DeltaFlowModel(net, new Vec(0.05, 0.10), new Vec(0.01, 0.99), 0.5, updateBiases, granularity);
        m.setPreset("mazur", 1);
        return m;
    }

    /** The {@code update-biases} option (or its older name {@code biases}), else {@link #UPDATE_BIASES}. */
    static boolean updateBiases(Options o) {
        return o.flag("update-biases", o.flag("biases", UPDATE_BIASES));
    }

    /** A random network of the given sizes with values rounded to 2 decimals, so hand-checking is pleasant. */
    static DeltaFlowModel random(int[] sizes, long seed, Granularity granularity) {
        Random random = new Random(seed);
        Network raw = Network.random(seed, sizes);
        List<Mat> ws = new ArrayList<>();
        List<Vec> bs = new ArrayList<>();
        for (int l = 2; l <= raw.L(); l++) {
            double[][] w = raw.weight(l).toArray();
            for (double[] row : w) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = round2(row[j]);
                }
            }
            ws.add(new Mat(w));
            bs.add(raw.bias(l).map(DeltaFlowPresets::round2));
        }
        double[] xs = new double[sizes[0]];
        for (int j = 0; j < xs.length; j++) {
            xs[j] = round2(0.05 + 0.9 * random.nextDouble());
        }
        double[] ys = new double[sizes[sizes.length - 1]];
        for (int j = 0; j < ys.length; j++) {
            ys[j] = random.nextBoolean() ? 0.99 : 0.01;
        }
        DeltaFlowModel m = new DeltaFlowModel(new Network(ws, bs), new Vec(xs), new Vec(ys), 0.5, true, granularity);
        m.setPreset("default", seed);
        return m;
    }

    /** {@code v} with entry {@code i} replaced by {@code value}. */
    static Vec with(Vec v, int i, double value) {
        double[] a = v.toArray();
        a[i] = value;
        return new Vec(a);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Refuses a network larger than the view draws ({@link DeltaFlowModel#MAX_LAYERS} layers of {@link DeltaFlowModel#MAX_NEURONS}). */
    static void checkShape(Network net) {
        if (net.L() > DeltaFlowModel.MAX_LAYERS) {
            throw new IllegalArgumentException(
                    "the δ-flow view draws up to " + DeltaFlowModel.MAX_LAYERS + " layers, not " + net.L());
        }
        for (int l = 1; l <= net.L(); l++) {
            if (net.size(l) > DeltaFlowModel.MAX_NEURONS) {
                throw new IllegalArgumentException("the δ-flow view draws up to " + DeltaFlowModel.MAX_NEURONS
                        + " neurons per layer; layer " + l + " has " + net.size(l));
            }
        }
    }
}
