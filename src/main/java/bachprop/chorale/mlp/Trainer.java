package bachprop.chorale.mlp;

import bachprop.nn.DivergenceException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Step 7 of the algorithm for an {@link Mlp}: each epoch shuffles the training examples, cuts them
 * into mini-batches and updates once per batch. Records the cost after every batch (the text's
 * Figure 9) and stops with a {@link DivergenceException} naming the epoch the moment a cost or a
 * parameter stops being finite.
 */
public final class Trainer {
    /** One point of the cost curve: after {@code batch} batches in total, the batch's mean cost. */
    public record CostPoint(int epoch, int batch, double examplesSeen, double cost) {}

    /** The end of one epoch: mean eq.-7 cost per window on the training and validation sets. */
    public record EpochReport(int epoch, int epochs, double trainCost, double validCost, long millis) {
        @Override
        public String toString() {
            String valid = Double.isNaN(validCost) ? "" : String.format("  valid cost %.2f", validCost);
            return String.format(
                    "epoch %d/%d  train cost %.2f%s  (%.1f s)", epoch, epochs, trainCost, valid, millis / 1000.0);
        }
    }

    /** Told about progress; the experiment forwards this to the terminal and the live plot. */
    public interface Listener {
        default void batchDone(CostPoint point, int batchesPerEpoch) {}

        default void epochDone(EpochReport report) {}
    }

    private final Mlp net;
    private final double eta;
    private final int miniBatchSize;
    private final List<CostPoint> curve = new ArrayList<>();
    private final List<EpochReport> epochs = new ArrayList<>();

    public Trainer(Mlp net, double eta, int miniBatchSize) {
        if (miniBatchSize < 1) {
            throw new IllegalArgumentException("mini-batch size must be at least 1");
        }
        this.net = net;
        this.eta = eta;
        this.miniBatchSize = miniBatchSize;
    }

    /**
     * Trains for {@code n} epochs on (xs, ys), measuring the validation cost on (vx, vy) after each.
     *
     * @throws DivergenceException when a batch cost or a parameter becomes NaN or infinite
     */
    public void train(
            double[][] xs, double[][] ys, double[][] vx, double[][] vy, int n, Random random, Listener listener) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            order.add(i);
        }
        int batches = (xs.length + miniBatchSize - 1) / miniBatchSize;
        int done = curve.size();
        int startEpoch = epochs.size();
        for (int epoch = startEpoch + 1; epoch <= startEpoch + n; epoch++) {
            long t0 = System.nanoTime();
            Collections.shuffle(order, random);
            for (int start = 0; start < order.size(); start += miniBatchSize) {
                int m = Math.min(miniBatchSize, order.size() - start);
                double[][] bx = new double[m][];
                double[][] by = new double[m][];
                for (int i = 0; i < m; i++) {
                    bx[i] = xs[order.get(start + i)];
                    by[i] = ys[order.get(start + i)];
                }
                double cost = net.updateMiniBatch(bx, by, eta) / m;
                done++;
                if (!Double.isFinite(cost) || !net.isFinite()) {
                    throw new DivergenceException(
                            epoch,
                            "after mini-batch " + (start / miniBatchSize + 1) + " of " + batches + " the "
                                    + (Double.isFinite(cost) ? "weights are" : "cost is") + " NaN or infinite (η = "
                                    + eta + ")");
                }
                CostPoint p = new CostPoint(epoch, done, (double) done / batches, cost);
                curve.add(p);
                if (listener != null) {
                    listener.batchDone(p, batches);
                }
            }
            EpochReport r = new EpochReport(
                    epoch,
                    startEpoch + n,
                    meanCost(net, xs, ys),
                    vx == null || vx.length == 0 ? Double.NaN : meanCost(net, vx, vy),
                    (System.nanoTime() - t0) / 1_000_000);
            if (!Double.isFinite(r.trainCost())) {
                throw new DivergenceException(epoch, "the training cost is NaN or infinite (η = " + eta + ")");
            }
            epochs.add(r);
            if (listener != null) {
                listener.epochDone(r);
            }
        }
    }

    /** The mean of eq. 7 over examples (summed over all outputs of one example). */
    public static double meanCost(Mlp net, double[][] xs, double[][] ys) {
        double total = 0;
        for (int i = 0; i < xs.length; i++) {
            total += Mlp.cost(net.feedforward(xs[i]), ys[i]);
        }
        return total / xs.length;
    }

    public List<CostPoint> curve() {
        return Collections.unmodifiableList(curve);
    }

    public List<EpochReport> epochs() {
        return Collections.unmodifiableList(epochs);
    }
}
