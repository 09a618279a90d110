package bachprop.bench;

import bachprop.nn.Init;
import bachprop.nn.fast.FastNetwork;
import bachprop.nn.fast.FastTrainer;
import bachprop.nn.fast.Kernels;
import bachprop.util.BadInputException;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import jdk.incubator.vector.DoubleVector;

/**
 * {@code bachprop bench train}: seconds per epoch of the text's largest chorale network,
 * 1984 → 500 → 500 → 500 → 1984 (sigmoid, quadratic cost, mini-batches of 10, 561 examples, f64),
 * on random one-hot data of the chorale encoding's shape (32 groups of 62 per example).
 */
public final class TrainBench {
    private static final int GROUP = 62; // one one-hot group = 46 pitches + 16 durations (section 6)

    /**
     * What to measure: {@code warmup} + {@code epochs} epochs of the network {@code sizes} on
     * {@code examples} random examples in mini-batches of {@code batch}, on {@code threads}
     * threads; {@code kernels}: instead, time each product on each weight matrix.
     */
    public record Options(
            int epochs,
            int warmup,
            int threads,
            int batch,
            int examples,
            int[] sizes,
            long seed,
            double eta,
            boolean kernels) {
        /** The text's largest chorale network, 1984 → 500 → 500 → 500 → 1984. */
        public static final String SIZES = "1984,500,500,500,1984";
    }

    private TrainBench() {}

    /** Trains and prints the seconds per epoch (or the kernel timings); returns the exit code. */
    public static int run(Options o, PrintStream out) {
        int epochs = positive("epochs", o.epochs());
        int warmup = o.warmup();
        int threads = positive("threads", o.threads());
        int batch = positive("batch", o.batch());
        int examples = positive("examples", o.examples());
        long seed = o.seed();
        double eta = o.eta();
        int[] sizes = sizes(o.sizes());
        if (warmup < 0) {
            throw new BadInputException("--warmup takes a whole number ≥ 0, not " + warmup);
        }

        FastNetwork.requireVectorApi();
        if (o.kernels()) {
            return kernels(sizes, batch, threads, out);
        }
        Random random = new Random(seed);
        double[][] xs = oneHot(examples, sizes[0], random);
        double[][] ys = oneHot(examples, sizes[sizes.length - 1], random);
        FastNetwork net = FastNetwork.random(seed, Init.STANDARD, sizes);
        double flops = flopsPerEpoch(sizes, examples, batch);
        out.printf(
                "bench train: %s, %d examples (one-hot groups of %d), mini-batch %d, η = %s, %d thread%s, %s%n",
                net, examples, GROUP, batch, eta, threads, threads == 1 ? "" : "s", simd());
        out.printf("load average %s at the start%n", loadAverage());
        out.printf(
                "%.3f GFLOP per epoch (forward 2mnk + BP2 2mnk + BP4 and update 2mnk + 2nk per layer; σ and element-wise work not counted)%n",
                flops / 1e9);

        double[] seconds = new double[epochs];
        try (Kernels kernels = new Kernels(threads)) {
            FastTrainer trainer = new FastTrainer(net, kernels);
            for (int e = 1; e <= warmup + epochs; e++) {
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                FastTrainer.History h = trainer.train(xs, ys, 1, batch, eta, random, null);
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                if (e > warmup) {
                    seconds[e - warmup - 1] = s;
                }
                out.printf(
                        "epoch %d/%d%s: %.3f s (process CPU %.3f s), mean cost %.2f%n",
                        e, warmup + epochs, e <= warmup ? " (warm-up)" : "", s, cpu, h.last());
                out.flush();
            }
        }
        out.printf("load average %s (other processes share the cores: figures are wall-clock times)%n", loadAverage());
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        out.printf(
                "median %.3f s per epoch over %d epochs after %d warm-up (best %.3f, worst %.3f): %.2f GFLOP/s%n",
                median, epochs, warmup, sorted[0], sorted[sorted.length - 1], flops / median / 1e9);
        return 0;
    }

    /**
     * Each product on each weight matrix of the network, one layer after another as in training
     * (so the matrices compete for the caches as they do then); the best of 40 rounds.
     */
    private static int kernels(int[] sizes, int m, int threads, PrintStream out) {
        Random random = new Random(1);
        int L = sizes.length;
        double[][] W = new double[L][],
                A = new double[L][],
                D = new double[L][],
                Z = new double[L][],
                B = new double[L][];
        for (int l = 1; l < L; l++) {
            W[l] = gaussian(sizes[l] * sizes[l - 1], 1e-3, random);
            A[l] = gaussian(sizes[l - 1] * m, 1, random);
            D[l] = gaussian(sizes[l] * m, 1e-3, random);
            Z[l] = new double[sizes[l] * m];
            B[l] = new double[sizes[l - 1] * m];
        }
        double[][] best = new double[L][3];
        for (double[] row : best) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        out.printf(
                "kernels on %d thread%s, %d examples per mini-batch, %s; best of 40 rounds:%n",
                threads, threads == 1 ? "" : "s", m, simd());
        try (Kernels k = new Kernels(threads)) {
            for (int round = 0; round < 40; round++) {
                for (int l = 1; l < L; l++) {
                    long t0 = System.nanoTime();
                    k.affine(W[l], sizes[l], sizes[l - 1], null, A[l], m, Z[l]);
                    best[l][0] = Math.min(best[l][0], System.nanoTime() - t0);
                }
                for (int l = L - 1; l >= 1; l--) {
                    long t0 = System.nanoTime();
                    k.transposeTimes(W[l], sizes[l], sizes[l - 1], D[l], m, B[l]);
                    long t1 = System.nanoTime();
                    k.addScaledOuter(W[l], sizes[l], sizes[l - 1], -1e-12, D[l], A[l], m);
                    best[l][1] = Math.min(best[l][1], t1 - t0);
                    best[l][2] = Math.min(best[l][2], System.nanoTime() - t1);
                }
            }
        }
        String[] names = {"Z = W A + b", "D = Wᵀ Δ", "W += s Δ Aᵀ"};
        for (int l = 1; l < L; l++) {
            double flops = 2.0 * sizes[l] * sizes[l - 1] * m;
            StringBuilder line = new StringBuilder(String.format("  W%d %4d × %4d:", l + 1, sizes[l], sizes[l - 1]));
            for (int i = 0; i < 3; i++) {
                line.append(
                        String.format("   %s %6.0f µs %5.1f GFLOP/s", names[i], best[l][i] / 1e3, flops / best[l][i]));
            }
            out.println(line);
        }
        out.printf("load average %s%n", loadAverage());
        return 0;
    }

    private static double[] gaussian(int n, double std, Random random) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian() * std;
        }
        return x;
    }

    /**
     * Floating-point operations in one epoch, counted as for the textbook algorithm: per
     * mini-batch of m and per layer with Wˡ of n × k, 2mnk to feed forward, 2mnk for (Wˡ)ᵀΔˡ in
     * BP2 (not for l = 2: the input needs no δ), 2mnk for the sum of δaᵀ in BP4 and 2nk to scale
     * it by η/m and subtract it.
     */
    static double flopsPerEpoch(int[] sizes, int examples, int batch) {
        double total = 0;
        for (int from = 0; from < examples; from += batch) {
            int m = Math.min(batch, examples - from);
            for (int l = 1; l < sizes.length; l++) {
                double nk = (double) sizes[l] * sizes[l - 1];
                total += 2 * m * nk + 2 * m * nk + 2 * nk;
                if (l >= 2) {
                    total += 2 * m * nk;
                }
            }
        }
        return total;
    }

    /** Each example is groups of {@value #GROUP} entries with exactly one 1 per group. */
    static double[][] oneHot(int count, int n, Random random) {
        double[][] v = new double[count][n];
        for (double[] x : v) {
            for (int g = 0; g < n; g += GROUP) {
                x[g + random.nextInt(Math.min(GROUP, n - g))] = 1;
            }
        }
        return v;
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or 0 if unknown. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean sun
                ? sun.getProcessCpuTime()
                : 0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return String.format(
                    "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String simd() {
        return DoubleVector.SPECIES_PREFERRED.length() + " doubles per SIMD vector";
    }

    private static int positive(String name, int v) {
        if (v < 1) {
            throw new BadInputException("--" + name + " takes a whole number ≥ 1, not " + v);
        }
        return v;
    }

    private static int[] sizes(int[] sizes) {
        if (sizes.length < 2) {
            throw new BadInputException("--sizes needs at least two layer sizes, e.g. 1984,500,1984");
        }
        for (int n : sizes) {
            if (n < 1) {
                throw new BadInputException("--sizes: every layer needs at least one neuron");
            }
        }
        return sizes;
    }
}
