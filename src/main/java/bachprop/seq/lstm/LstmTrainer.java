package bachprop.seq.lstm;

import static bachprop.seq.lstm.MelodyBatches.allowedShifts;
import static bachprop.seq.lstm.MelodyBatches.pitchRange;
import static bachprop.seq.lstm.MelodyBatches.slices;

import bachprop.nn.DivergenceException;
import bachprop.seq.NoteSequence;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import bachprop.seq.Vocab;
import bachprop.seq.lstm.MelodyBatches.Example;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains an {@link LstmModel}: mini-batches of whole melodies, each transposed by a random
 * number of semitones that keeps it within the training melodies' range (augmentation: 12 keys
 * for the price of one), Adam, gradient clipping, optional dropout, and early stopping on the
 * validation melodies (the best epoch's parameters are kept; the step size halves when the
 * validation loss stalls). What is validated and kept is a running average of θ over the recent
 * updates (θ̄ ← βθ̄ + (1 − β)θ, "Polyak averaging"), which is smoother than the last θ.
 */
public final class LstmTrainer {
    public final int hidden;
    public final int maxEpochs;
    public final int batch;
    public final double eta;
    public final double clip;
    public final double dropout;
    public final int patience;
    public final int maxShift;
    public final int rangeMargin;
    public final long seed;
    public final int threads;
    public final double maxSeconds;
    public final double average;
    public final int members;
    public final boolean stopOnPitch;
    public final boolean refit;
    public final double topP;
    /** The inputs: {@code viewpoints} 1 → layout 2 (key, bar, fermata, contour from the score), 0 → layout 1. */
    public final Features.Layout layout;

    private final Map<String, String> options;

    public LstmTrainer(TrainingOptions o) {
        hidden = o.getInt("hidden", 176);
        maxEpochs = o.getInt("epochs", 60);
        batch = o.getInt("batch", 8);
        eta = o.getDouble("eta", 0.005);
        clip = o.getDouble("clip", 1.0);
        dropout = o.getDouble("dropout", 0.5);
        patience = o.getInt("patience", 8);
        maxShift = o.getInt("max-shift", 6);
        rangeMargin = o.getInt("range-margin", 6);
        seed = o.getLong("seed", 1);
        threads =
                o.getInt("threads", Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        maxSeconds = o.getDouble("max-seconds", 290);
        average = o.getDouble("average", 0.99);
        members = o.getInt(
                "members",
                8); // 8 rather than 4: the same validation bits, +0.5 points of accuracy (docs/sequence-models.md)
        stopOnPitch = o.getInt("stop-on-pitch", 1) != 0;
        refit = o.getInt("refit", 1) != 0;
        topP = o.getDouble("top-p", 0.98);
        int viewpoints = o.getInt("viewpoints", 1);
        layout = viewpoints == 0 ? Features.Layout.V1 : Features.Layout.V2;
        o.checkAllUsed("lstm");
        if (hidden < 1
                || batch < 1
                || maxEpochs < 1
                || !(eta > 0)
                || dropout < 0
                || dropout >= 1
                || members < 1
                || viewpoints < 0
                || viewpoints > 1
                || !(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("lstm options out of range: hidden " + hidden + ", batch " + batch
                    + ", epochs " + maxEpochs + ", eta " + eta + ", dropout " + dropout + ", top-p " + topP
                    + ", viewpoints " + viewpoints);
        }
        options = o.used();
    }

    /**
     * CPU seconds this process has used, divided by the worker threads: the wall-clock time the
     * run would take on that many cores of its own. The time budget is counted this way so that
     * other programs sharing the machine do not cut a run short (their time is not ours).
     */
    public static double coreSeconds(int threads) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof OperatingSystemMXBean sun && sun.getProcessCpuTime() >= 0) {
            return sun.getProcessCpuTime() / 1e9 / threads;
        }
        return System.nanoTime() / 1e9;
    }

    /**
     * Trains {@link #members} LSTMs from different random starts (seeds seed, seed + 1, …), each
     * with its own early stopping, within one time budget, and returns them as one model whose
     * distributions are their average.
     */
    public LstmModel train(TrainingData data, TrainingListener listener) {
        long start = System.nanoTime();
        double cpuStart = coreSeconds(threads);
        List<Lstm> nets = new ArrayList<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        double[] schedule = null;
        List<NoteSequence> train = data.train();
        int total = members + (refit ? 1 : 0);
        if (refit) {
            // the scout: trained on the train split with early stopping on the validation split; it
            // fixes how many epochs to run and the step size of each, and is then set aside
            Map<String, Object> scout = new LinkedHashMap<>();
            trainOnly = trainOne(
                    data.train(), data.valid(), null, seed, maxSeconds, tag(listener, 0, total, "scout"), scout);
            @SuppressWarnings("unchecked")
            List<Double> rates = (List<Double>) scout.remove("schedule");
            schedule = rates.stream().mapToDouble(Double::doubleValue).toArray();
            scout.remove("history");
            info0.put("scout", scout);
            train = new ArrayList<>(data.train());
            train.addAll(data.valid());
        }
        for (int m = 0; m < members; m++) {
            double left = maxSeconds - (coreSeconds(threads) - cpuStart);
            if ((m > 0 || refit) && left < 10) {
                break;
            }
            int slot = m + (refit ? 1 : 0);
            Map<String, Object> run = new LinkedHashMap<>();
            nets.add(trainOne(
                    train,
                    refit ? null : data.valid(),
                    schedule,
                    seed + m,
                    left,
                    tag(listener, slot, total, "network " + (m + 1) + "/" + members),
                    run));
            runs.add(run);
            if (!refit && m == 0) {
                trainOnly = nets.get(0);
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("data", data.source());
        info.putAll(info0);
        info0.clear();
        info.put("options", options);
        info.put("networks", runs);
        info.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        info.put("coreSeconds", Math.round((coreSeconds(threads) - cpuStart) * 10) / 10.0);
        info.put("threads", threads);
        trained = List.copyOf(nets);
        LstmModel model = new LstmModel(nets, info, topP);
        model.roundToStored();
        return model;
    }

    private final Map<String, Object> info0 = new LinkedHashMap<>();

    /** The network of seed {@code seed} trained on the train split alone: the scout, or member 1 without a refit. */
    private Lstm trainOnly;

    /**
     * After {@link #train}: the network of seed {@code seed} trained on the train split alone and
     * early-stopped on the validation split (the scout, or member 1 when there is no refit), for
     * choices made on the validation split; null before training.
     */
    public Lstm trainOnlyNetwork() {
        return trainOnly;
    }

    /** After {@link #train}: every network trained on the train split alone (the scout; or all members without a refit). */
    public List<Lstm> trainOnlyNetworks() {
        return refit ? List.of(trainOnly) : trained;
    }

    private List<Lstm> trained = List.of();

    /** Reports a member's progress as its share of the whole run, its messages prefixed with {@code name}. */
    private static TrainingListener tag(TrainingListener listener, int slot, int total, String name) {
        return total == 1
                ? listener
                : s -> listener.update(new TrainingStatus(
                        s.epoch(),
                        s.epochs(),
                        (slot + s.fraction()) / total,
                        s.trainBits(),
                        s.validBits(),
                        s.message().isEmpty() ? "" : name + ": " + s.message()));
    }

    /** One network: epochs until early stopping, the epoch limit or {@code budget} core-seconds. */
    Lstm trainOne(
            List<NoteSequence> train,
            List<NoteSequence> validation,
            double[] schedule,
            long seed,
            double budget,
            TrainingListener listener,
            Map<String, Object> info) {
        double cpuStart = coreSeconds(threads);
        Random rng = new Random(seed);
        Lstm net = Lstm.random(layout.width, hidden, Vocab.PITCHES, Vocab.DURATIONS, rng);
        Adam adam = new Adam(net.theta, eta);
        double[][] nabla = net.zeros();
        double[][] best = Rows.copy(net.theta);
        double[][] mean = Rows.copy(net.theta);
        double[][] live = net.zeros();
        int[] range = pitchRange(train);
        List<List<Integer>> shifts = new ArrayList<>();
        for (NoteSequence m : train) {
            shifts.add(allowedShifts(m.notes(), range[0] - rangeMargin, range[1] + rangeMargin, maxShift));
        }
        List<SeqBatch> valid = validation == null
                ? List.of()
                : slices(
                        layout,
                        validation.stream().map(m -> new Example(m.notes(), 0)).toList(),
                        32);
        int epochs = schedule == null ? maxEpochs : schedule.length;
        List<Double> rates = new ArrayList<>();
        double bestValid = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        double rateScale = 1.0;
        int stalled = 0;
        int epoch = 0;
        String stop = "after " + epochs + " epochs";
        List<Map<String, Object>> history = new ArrayList<>();
        try (Workers workers = new Workers(net, threads, seed + 1)) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                order.add(i);
            }
            for (epoch = 1; epoch <= epochs; epoch++) {
                Collections.shuffle(order, rng);
                if (schedule != null) {
                    rateScale = schedule[epoch - 1]; // the scout's step size at this epoch
                }
                rates.add(rateScale);
                Lstm.Loss trainLoss = new Lstm.Loss(0, 0, 0);
                int batches = (order.size() + batch - 1) / batch;
                for (int k = 0; k < batches; k++) {
                    List<Example> examples = new ArrayList<>();
                    for (int i = k * batch; i < Math.min(order.size(), (k + 1) * batch); i++) {
                        int m = order.get(i);
                        List<Integer> allowed = shifts.get(m);
                        examples.add(new Example(train.get(m).notes(), allowed.get(rng.nextInt(allowed.size()))));
                    }
                    List<SeqBatch> parts =
                            slices(layout, examples, (examples.size() + workers.count() - 1) / workers.count());
                    Rows.zero(nabla);
                    Lstm.Loss loss = workers.run(parts, 1 - dropout, nabla);
                    if (!Double.isFinite(loss.total())) {
                        throw new DivergenceException(epoch, "the training loss is " + loss.total());
                    }
                    trainLoss = trainLoss.plus(loss);
                    Adam.clip(nabla, clip);
                    adam.update(net.theta, nabla, rateScale);
                    for (int r = 0; r < mean.length; r++) {
                        for (int j = 0; j < mean[r].length; j++) {
                            mean[r][j] = average * mean[r][j] + (1 - average) * net.theta[r][j]; // θ̄ ← βθ̄ + (1 − β)θ
                        }
                    }
                    double fraction = ((epoch - 1) + (k + 1.0) / batches) / epochs;
                    listener.update(new TrainingStatus(epoch, epochs, fraction, Double.NaN, Double.NaN, ""));
                }
                double trainBits = trainLoss.pitchBitsPerNote() + trainLoss.durationBitsPerNote();
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("epoch", epoch);
                h.put("trainBitsPerNote", trainBits);
                if (validation == null) {
                    // a refit: no validation melodies are left; run the scout's epochs and keep θ̄ of the last
                    Rows.copyInto(mean, best);
                    bestEpoch = epoch;
                    history.add(h);
                    double seconds = coreSeconds(threads) - cpuStart;
                    listener.update(new TrainingStatus(
                            epoch,
                            epochs,
                            (double) epoch / epochs,
                            trainBits,
                            Double.NaN,
                            String.format("train %.3f bits  %.0f s on %d cores", trainBits, seconds, threads)));
                    if (seconds > budget) {
                        stop = String.format("time budget of %.0f s on %d cores reached", maxSeconds, threads);
                        break;
                    }
                    continue;
                }
                Rows.copyInto(net.theta, live); // validate the averaged θ̄, then carry on from θ
                Rows.copyInto(mean, net.theta);
                Lstm.Loss v = workers.run(valid, 1.0, null);
                Rows.copyInto(live, net.theta);
                double validBits = (v.pitchBitsPerNote() + v.durationBitsPerNote());
                double criterion = stopOnPitch ? v.pitchBitsPerNote() : validBits; // what early stopping watches
                String note = "";
                if (criterion < bestValid - 1e-4) {
                    bestValid = criterion;
                    bestEpoch = epoch;
                    Rows.copyInto(mean, best);
                    stalled = 0;
                    note = "best so far";
                } else {
                    stalled++;
                    if (stalled % 3 == 0) {
                        rateScale *= 0.5;
                        note = "step size halved";
                    }
                }
                h.put("validBitsPerNote", validBits);
                h.put("validPitchBitsPerNote", v.pitchBitsPerNote());
                history.add(h);
                double seconds = coreSeconds(threads) - cpuStart;
                listener.update(new TrainingStatus(
                        epoch,
                        epochs,
                        (double) epoch / epochs,
                        trainBits,
                        validBits,
                        String.format(
                                "valid pitch %.3f bits  %.0f s on %d cores  %s",
                                v.pitchBitsPerNote(), seconds, threads, note)));
                if (stalled >= patience) {
                    stop = "early stop: no better validation loss for " + patience + " epochs";
                    break;
                }
                if (seconds > budget) {
                    stop = String.format("time budget of %.0f s on %d cores reached", maxSeconds, threads);
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = "interrupted";
        }
        Rows.copyInto(best, net.theta);
        info.put("seed", seed);
        info.put("epochs", Math.min(epoch, epochs));
        info.put("bestEpoch", bestEpoch);
        if (validation != null) {
            info.put("validBitsPerNote", bestValid);
        }
        info.put("schedule", new ArrayList<>(rates.subList(0, bestEpoch)));
        info.put("stopped", stop);
        info.put("coreSeconds", Math.round((coreSeconds(threads) - cpuStart) * 10) / 10.0);
        info.put("history", history);
        listener.update(new TrainingStatus(
                bestEpoch,
                epochs,
                1.0,
                Double.NaN,
                validation == null ? Double.NaN : bestValid,
                "kept epoch " + bestEpoch + "; " + stop));
        return net;
    }

    @Override
    public String toString() {
        return "LstmTrainer" + options;
    }
}
