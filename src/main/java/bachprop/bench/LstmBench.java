package bachprop.bench;

import bachprop.seq.lstm.Adam;
import bachprop.seq.lstm.Lstm;
import bachprop.seq.lstm.SeqBatch;
import bachprop.seq.lstm.Workers;
import bachprop.util.Json;
import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code bachprop bench lstm}: milliseconds per LSTM training step (forward, backpropagation
 * through time, clipping, one Adam update) on the float32 training path ({@code FastLstm}, as
 * {@code chorale train} runs it) for a 62→128 LSTM with 46 + 16 softmax outputs,
 * (and the interval and key heads, see {@link Lstm}), sequences of 64 steps, batch 32. The inputs are one-hot pitch ⊕ duration like the real data
 * ({@code --dense} uses dense random inputs instead, for a like-for-like figure against
 * libraries that multiply the full input matrix).
 */
public final class LstmBench {
    /**
     * What to measure: {@code steps} training steps on {@code threads} threads of a 62→{@code hidden}
     * LSTM, sequences of {@code length}, batch {@code batch}; {@code dense} inputs instead of one-hot;
     * {@code json}: the figures as one JSON object.
     */
    public record Options(int threads, int steps, int hidden, int batch, int length, boolean dense, boolean json) {}

    private LstmBench() {}

    /** Times the training steps and prints the median; returns the exit code. */
    public static int run(Options o, PrintStream out) throws Exception {
        int threads = o.threads();
        int steps = o.steps();
        int hidden = o.hidden();
        int batch = o.batch();
        int length = o.length();
        boolean dense = o.dense();
        int pitches = 46;
        int durations = 16;
        int inputs = pitches + durations;
        Random rng = new Random(1);
        Lstm net = Lstm.random(inputs, hidden, pitches, durations, rng);
        List<SeqBatch> slices = new ArrayList<>();
        int per = (batch + threads - 1) / threads;
        for (int first = 0; first < batch; first += per) {
            int size = Math.min(per, batch - first);
            SeqBatch s = SeqBatch.empty(length, size, inputs);
            for (int r = 0; r < length * size; r++) {
                if (dense) {
                    for (int k = 0; k < inputs; k++) {
                        s.x()[r][k] = rng.nextGaussian();
                    }
                } else {
                    s.x()[r][rng.nextInt(pitches)] = 1;
                    s.x()[r][pitches + rng.nextInt(durations)] = 1;
                }
                s.pitch()[r] = rng.nextInt(pitches);
                s.duration()[r] = rng.nextInt(durations);
                s.last()[r] = rng.nextInt(pitches);
                s.key()[r] = rng.nextInt(24);
            }
            slices.add(s);
        }
        Adam adam = new Adam(net.theta, 1e-3);
        double[][] nabla = net.zeros();
        double[] ms = new double[steps];
        double[] cpuMs = new double[steps];
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Workers workers = new Workers(net, threads, 3)) {
            for (int i = -5; i < steps; i++) {
                long t0 = System.nanoTime();
                long c0 = os.getProcessCpuTime();
                for (double[] row : nabla) {
                    Arrays.fill(row, 0.0);
                }
                workers.run(slices, 1.0, nabla);
                Adam.clip(nabla, 1.0);
                adam.update(net.theta, nabla, 1.0);
                long t1 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                if (i >= 0) {
                    ms[i] = (t1 - t0) / 1e6;
                    cpuMs[i] = (c1 - c0) / 1e6 / threads;
                }
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[steps / 2];
        double[] cpuSorted = cpuMs.clone();
        Arrays.sort(cpuSorted);
        double cpuMedian = cpuSorted[steps / 2];
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        BenchJson result = new BenchJson(
                inputs + "→" + hidden + " LSTM, " + pitches + "+" + durations + " softmax outputs",
                length,
                batch,
                dense ? "dense random" : "one-hot pitch ⊕ duration",
                "float32 passes (FastLstm); θ and Adam in double",
                threads,
                steps,
                median,
                sorted[0],
                sorted[steps - 1],
                cpuMedian,
                load,
                "PyTorch 1.13, one core, same shape: 27.6 ms per step");
        if (o.json()) {
            out.println(Json.write(result));
        } else {
            out.printf(
                    "LSTM %d→%d (float32), sequence %d, batch %d, %s inputs, %d thread(s): median %.1f ms per training step (min %.1f, max %.1f; %d steps; load average %.2f)%n",
                    inputs,
                    hidden,
                    length,
                    batch,
                    dense ? "dense" : "one-hot",
                    threads,
                    median,
                    sorted[0],
                    sorted[steps - 1],
                    steps,
                    load);
            out.printf(
                    "CPU time per step per thread (the wall time on %d cores of its own): median %.1f ms%n",
                    threads, cpuMedian);
            out.println("reference: PyTorch 1.13 on one core, same shape: 27.6 ms per step");
        }
        return 0;
    }

    /** The output of {@code bench lstm --json}: the shape, the settings, and milliseconds per training step. */
    record BenchJson(
            String shape,
            int sequenceLength,
            int batch,
            String inputs,
            String precision,
            int threads,
            int steps,
            double msPerStepMedian,
            double msPerStepMin,
            double msPerStepMax,
            double cpuMsPerStepPerThreadMedian,
            double loadAverage,
            String reference) {}
}
