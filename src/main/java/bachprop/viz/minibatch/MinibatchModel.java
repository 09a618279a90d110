package bachprop.viz.minibatch;

import bachprop.nn.Example;
import bachprop.nn.Gradient;
import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mini-batching (section 4.3) on a network small enough to draw its whole parameter space: one
 * sigmoid neuron a = σ(w·x + b), so the parameters are the point (w, b). Each position is one
 * update: the per-example gradients ∇Cₓ of the mini-batch (from the core's backprop), their
 * average ∇C̄, and the step Δv = −η∇C̄. Mini-batches come from one shuffle per epoch.
 */
public final class MinibatchModel extends StepModel {
    private final List<Example> data;
    private final int batchSize;
    private final double eta;
    private final List<double[]> points = new ArrayList<>();
    private final List<List<Example>> batches = new ArrayList<>();

    public MinibatchModel(List<Example> data, int batchSize, double eta, double w0, double b0, int updates, long seed) {
        if (batchSize < 1 || batchSize > data.size()) {
            throw new IllegalArgumentException(
                    "the mini-batch size must be between 1 and " + data.size() + ", not " + batchSize);
        }
        this.data = List.copyOf(data);
        this.batchSize = batchSize;
        this.eta = eta;
        Random random = new Random(seed);
        List<Example> order = new ArrayList<>(data);
        int next = order.size();
        double[] v = {w0, b0};
        points.add(v);
        for (int u = 0; u < updates; u++) {
            if (next + batchSize > order.size()) {
                Collections.shuffle(order, random);
                next = 0;
            }
            List<Example> batch = List.copyOf(order.subList(next, next + batchSize));
            next += batchSize;
            batches.add(batch);
            double[] g = mean(gradients(v, batch));
            v = new double[] {v[0] - eta * g[0], v[1] - eta * g[1]}; // (13) with ∇C̄ of the mini-batch
            points.add(v);
        }
    }

    /** The default data: 16 points of a soft step, label 1 for x > 0.5 with two noisy labels. */
    public static List<Example> defaultData() {
        List<Example> d = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            double x = -2 + 4 * i / 15.0;
            double y = x > 0.5 ? 1 : 0;
            if (i == 5 || i == 12) {
                y = 1 - y;
            }
            d.add(new Example(new Vec(x), new Vec(y)));
        }
        return d;
    }

    static Network neuron(double w, double b) {
        return new Network(List.of(new Mat(new double[][] {{w}})), List.of(new Vec(b)));
    }

    /** ∇Cₓ = (∂C/∂w, ∂C/∂b) for each example, by the core's backprop. */
    public static List<double[]> gradients(double[] v, List<Example> batch) {
        Network net = neuron(v[0], v[1]);
        List<double[]> out = new ArrayList<>();
        for (Example e : batch) {
            Gradient g = net.backprop(e.x(), e.y());
            out.add(new double[] {g.nablaW(2).get(0, 0), g.nablaB(2).get(0)});
        }
        return out;
    }

    public static double[] mean(List<double[]> gs) {
        double[] m = new double[2];
        for (double[] g : gs) {
            m[0] += g[0] / gs.size();
            m[1] += g[1] / gs.size();
        }
        return m;
    }

    /** The mean cost over all the data at (w, b). */
    public double fullCost(double w, double b) {
        return neuron(w, b).meanCost(data);
    }

    /** ∇C over all the data at (w, b): what every mini-batch estimates. */
    public double[] fullGradient(double[] v) {
        return mean(gradients(v, data));
    }

    @Override
    public int count() {
        return points.size();
    }

    public double eta() {
        return eta;
    }

    public int batchSize() {
        return batchSize;
    }

    public List<Example> data() {
        return data;
    }

    public double[] point(int i) {
        return points.get(i).clone();
    }

    /** The mini-batch of the update that starts at this position (the last one at the end). */
    public List<Example> batch() {
        return batches.get(Math.min(step(), batches.size() - 1));
    }

    /** Where the update starts: the current point, or at the end the point before the last step. */
    public double[] from() {
        return point(Math.min(step(), batches.size() - 1));
    }

    /**
     * The noise of the mini-batch estimate for batch size m at {@code v}: the mean of
     * |∇C̄_batch − ∇C| / |∇C| over {@code trials} random mini-batches.
     */
    public double noise(int m, double[] v, int trials, long seed) {
        double[] full = fullGradient(v);
        double norm = Math.hypot(full[0], full[1]);
        Random r = new Random(seed);
        double total = 0;
        List<Example> order = new ArrayList<>(data);
        for (int t = 0; t < trials; t++) {
            Collections.shuffle(order, r);
            double[] g = mean(gradients(v, order.subList(0, m)));
            total += Math.hypot(g[0] - full[0], g[1] - full[1]) / norm;
        }
        return total / trials;
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        double[] v = from();
        m.put("batchSize", batchSize);
        m.put("eta", eta);
        m.put("point", List.of(v[0], v[1]));
        List<double[]> gs = gradients(v, batch());
        List<Object> per = new ArrayList<>();
        for (double[] g : gs) {
            per.add(List.of(g[0], g[1]));
        }
        m.put("perExampleGradients", per);
        double[] avg = mean(gs);
        m.put("meanGradient", List.of(avg[0], avg[1]));
        m.put("step", List.of(-eta * avg[0], -eta * avg[1]));
        double[] full = fullGradient(v);
        m.put("fullGradient", List.of(full[0], full[1]));
        m.put("cost", fullCost(v[0], v[1]));
        return m;
    }
}
