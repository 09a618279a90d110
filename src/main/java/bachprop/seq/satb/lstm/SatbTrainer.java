package bachprop.seq.satb.lstm;

import bachprop.nn.DivergenceException;
import bachprop.nn.fast.Pool;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import bachprop.seq.lstm.Adam;
import bachprop.seq.lstm.LstmTrainer;
import bachprop.seq.lstm.Rows;
import bachprop.seq.satb.SatbData;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link SatbLstmModel}: batches of whole chorales of similar length, each transposed by
 * a random shift per chorale per epoch that keeps every voice inside the 46 notes (rests stay
 * rests), Adam with a step size that falls along a half cosine over the planned epochs, gradient
 * clipping, dropout on h_t where it enters the heads, and a running average of θ
 * (θ̄ ← βθ̄ + (1 − β)θ) that is what is validated each epoch; the best epoch's θ̄ on the valid
 * split is kept. The two worker threads each run their own slice of a batch (as the melody LSTM's
 * {@code Workers}); gradients are summed in slice order, so a run is deterministic.
 */
public final class SatbTrainer {
    public final int hidden;
    public final int head;
    public final int epochs;
    public final int batch;
    public final double eta;
    public final double clip;
    public final double dropout;
    public final int maxShift;
    public final long seed;
    public final int threads;
    public final double maxSeconds;
    public final double average;
    public final int members;
    private final Map<String, String> options;

    public SatbTrainer(TrainingOptions o) {
        hidden = o.getInt("hidden", 256);
        head = o.getInt("head", 128);
        epochs = o.getInt("epochs", 40);
        batch = o.getInt("batch", 4);
        eta = o.getDouble("eta", 0.002);
        clip = o.getDouble("clip", 1.0);
        dropout = o.getDouble("dropout", 0.2);
        maxShift = o.getInt("max-shift", 6);
        seed = o.getLong("seed", 1);
        threads =
                o.getInt("threads", Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        maxSeconds = o.getDouble("max-seconds", 570);
        average = o.getDouble("average", 0.99);
        members = o.getInt("members", 1);
        o.checkAllUsed(SatbLstmModel.KIND);
        if (hidden < 1
                || head < 1
                || epochs < 1
                || batch < 1
                || !(eta > 0)
                || dropout < 0
                || dropout >= 1
                || members < 1
                || threads < 1
                || maxShift < 0
                || !(average >= 0 && average < 1)) {
            throw new IllegalArgumentException("satb options out of range: hidden " + hidden + ", head " + head
                    + ", epochs " + epochs + ", batch " + batch + ", eta " + eta + ", dropout " + dropout
                    + ", members " + members + ", average " + average);
        }
        options = o.used();
    }

    /** {@link #members} networks (seeds seed, seed + 1, …) sharing the time budget, averaged. */
    public SatbLstmModel train(SatbData data, TrainingListener listener) {
        long start = System.nanoTime();
        double cpuStart = LstmTrainer.coreSeconds(threads);
        List<SatbNet> nets = new ArrayList<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            double budget = (maxSeconds - (LstmTrainer.coreSeconds(threads) - cpuStart)) / (members - m);
            Map<String, Object> run = new LinkedHashMap<>();
            nets.add(trainOne(data, seed + m, budget, listener, m, run));
            runs.add(run);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("data", data.source());
        info.put("options", options);
        info.put("networks", runs);
        info.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        info.put("coreSeconds", Math.round((LstmTrainer.coreSeconds(threads) - cpuStart) * 10) / 10.0);
        info.put("threads", threads);
        SatbLstmModel model = new SatbLstmModel(nets, info);
        model.roundToStored();
        return model;
    }

    SatbNet trainOne(
            SatbData data, long seed, double budget, TrainingListener listener, int member, Map<String, Object> info) {
        double cpuStart = LstmTrainer.coreSeconds(threads);
        Random rng = new Random(seed);
        SatbNet net = SatbNet.random(hidden, head, rng);
        Adam adam = new Adam(net.theta, eta);
        double[][] nabla = net.zeros();
        double[][] mean = Rows.copy(net.theta);
        double[][] best = Rows.copy(net.theta);
        double[][] live = net.zeros();
        List<int[][]> train = data.train().stream().map(SatbScore::tokens).toList();
        List<int[][]> valid = data.valid().stream().map(SatbScore::tokens).toList();
        double bestValid = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int epoch;
        String stop = "after " + epochs + " epochs";
        List<Double> curve = new ArrayList<>();
        try (Passes passes = new Passes(net, threads, seed + 1)) {
            for (epoch = 1; epoch <= epochs; epoch++) {
                double rate = 0.5 * (1 + Math.cos(Math.PI * (epoch - 1) / epochs)); // η_e = η · ½(1 + cos(π (e − 1)/E))
                List<List<int[][]>> batches = batches(train, rng);
                SatbFast.Loss trainLoss = new SatbFast.Loss(0, 0);
                for (int k = 0; k < batches.size(); k++) {
                    Rows.zero(nabla);
                    SatbFast.Loss loss = passes.run(batches.get(k), 1 - dropout, nabla);
                    if (!Double.isFinite(loss.nats())) {
                        throw new DivergenceException(epoch, "the training loss is " + loss.nats());
                    }
                    trainLoss = trainLoss.plus(loss);
                    Adam.clip(nabla, clip);
                    adam.update(net.theta, nabla, rate);
                    for (int r = 0; r < mean.length; r++) {
                        for (int j = 0; j < mean[r].length; j++) {
                            mean[r][j] = average * mean[r][j] + (1 - average) * net.theta[r][j]; // θ̄ ← βθ̄ + (1 − β)θ
                        }
                    }
                    double fraction = (member + ((epoch - 1) + (k + 1.0) / batches.size()) / epochs) / members;
                    listener.update(new TrainingStatus(epoch, epochs, fraction, Double.NaN, Double.NaN, ""));
                }
                Rows.copyInto(net.theta, live); // validate θ̄, then carry on from θ
                Rows.copyInto(mean, net.theta);
                double validBits = passes.evaluate(valid).bitsPerToken();
                Rows.copyInto(live, net.theta);
                curve.add(Math.round(validBits * 10000) / 10000.0);
                String note = "";
                if (validBits < bestValid) {
                    bestValid = validBits;
                    bestEpoch = epoch;
                    Rows.copyInto(mean, best);
                    note = "best so far";
                }
                double seconds = LstmTrainer.coreSeconds(threads) - cpuStart;
                listener.update(new TrainingStatus(
                        epoch,
                        epochs,
                        (member + (double) epoch / epochs) / members,
                        trainLoss.bitsPerToken(),
                        validBits,
                        String.format(
                                "network %d: %.0f s on %d cores, step ×%.3f  %s",
                                member + 1, seconds, threads, rate, note)));
                if (seconds > budget && epoch < epochs) {
                    stop = String.format("time budget of %.0f s on %d cores reached", budget, threads);
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = "interrupted";
            epoch = -1;
        }
        Rows.copyInto(best, net.theta);
        info.put("seed", seed);
        info.put("bestEpoch", bestEpoch);
        info.put("validBitsPerToken", bestValid);
        info.put("validCurve", curve);
        info.put("stopped", stop);
        info.put("coreSeconds", Math.round((LstmTrainer.coreSeconds(threads) - cpuStart) * 10) / 10.0);
        return net;
    }

    /** This epoch's batches: chorales transposed at random, sorted by length with jitter, cut into batches, shuffled. */
    List<List<int[][]>> batches(List<int[][]> train, Random rng) {
        List<int[][]> shifted = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        for (int[][] tokens : train) {
            shifted.add(transpose(tokens, shift(tokens, rng)));
            keys.add(tokens.length * (0.8 + 0.4 * rng.nextDouble()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(keys::get));
        List<List<int[][]>> batches = new ArrayList<>();
        for (int i = 0; i < order.size(); i += batch) {
            List<int[][]> b = new ArrayList<>();
            for (int j = i; j < Math.min(order.size(), i + batch); j++) {
                b.add(shifted.get(order.get(j)));
            }
            batches.add(b);
        }
        Collections.shuffle(batches, rng);
        return batches;
    }

    /** A random shift s, |s| ≤ maxShift, that keeps every sounding token of the chorale in 1..46. */
    int shift(int[][] tokens, Random rng) {
        int low = Tokens.COUNT;
        int high = 0;
        for (int[] step : tokens) {
            for (int token : step) {
                if (token != Tokens.REST) {
                    low = Math.min(low, token);
                    high = Math.max(high, token);
                }
            }
        }
        int from = Math.max(-maxShift, 1 - low);
        int to = Math.min(maxShift, Tokens.COUNT - 1 - high);
        return from > to ? 0 : from + rng.nextInt(to - from + 1);
    }

    static int[][] transpose(int[][] tokens, int s) {
        int[][] out = new int[tokens.length][Tokens.VOICES];
        for (int t = 0; t < tokens.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                out[t][v] = tokens[t][v] == Tokens.REST ? Tokens.REST : tokens[t][v] + s; // rests stay rests
            }
        }
        return out;
    }

    /** The batched passes on the worker threads: slice w of a batch always uses tape w and random stream w. */
    static final class Passes implements AutoCloseable {
        private final SatbFast fast;
        private final int count;
        private final Pool pool;
        private final SatbTape[] tapes;
        private final Random[] rngs;

        Passes(SatbNet net, int threads, long seed) {
            fast = new SatbFast(net);
            count = threads;
            pool = count == Pool.shared().threads() ? Pool.shared() : new Pool(count);
            tapes = new SatbTape[count];
            rngs = new Random[count];
            for (int w = 0; w < count; w++) {
                tapes[w] = new SatbTape();
                rngs[w] = new Random(seed + 7919L * w);
            }
        }

        /** Loss of the batch; with {@code nabla} also its mean gradient (1/tokens)·Σ ∂C/∂θ added in. */
        SatbFast.Loss run(List<int[][]> batch, double keep, double[][] nabla) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long tokens = 0;
            for (int[][] s : batch) {
                tokens += (long) Tokens.VOICES * s.length;
            }
            double scale = 1.0 / tokens;
            fast.load();
            int n = Math.min(count, batch.size());
            int per = (batch.size() + n - 1) / n;
            SatbFast.Loss[] losses = new SatbFast.Loss[n];
            pool.each(n, (w0, w1) -> {
                for (int w = w0; w < w1; w++) {
                    SatbTape tape = tapes[w];
                    tape.load(fast, batch.subList(w * per, Math.min(batch.size(), (w + 1) * per)));
                    losses[w] = fast.forward(tape, keep, rngs[w]);
                    if (nabla != null) {
                        fast.backward(tape, scale);
                    }
                }
            });
            SatbFast.Loss total = new SatbFast.Loss(0, 0);
            for (int w = 0; w < n; w++) {
                total = total.plus(losses[w]);
                if (nabla != null) {
                    fast.addGradient(tapes[w], nabla);
                }
            }
            return total;
        }

        /** Teacher-forced loss of whole chorales, no dropout, in batches of similar length. */
        SatbFast.Loss evaluate(List<int[][]> chorales) throws InterruptedException {
            List<int[][]> sorted = new ArrayList<>(chorales);
            sorted.sort(Comparator.comparingInt(a -> a.length));
            SatbFast.Loss total = new SatbFast.Loss(0, 0);
            for (int i = 0; i < sorted.size(); i += 4 * count) {
                total = total.plus(run(sorted.subList(i, Math.min(sorted.size(), i + 4 * count)), 1.0, null));
            }
            return total;
        }

        @Override
        public void close() {
            if (pool != Pool.shared()) {
                pool.close();
            }
        }
    }

    @Override
    public String toString() {
        return "SatbTrainer" + options;
    }
}
