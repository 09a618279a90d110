package bachprop.nn.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.DivergenceException;
import bachprop.nn.Example;
import bachprop.nn.Gradient;
import bachprop.nn.Init;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path against the per-example teaching path {@link Network}. "Relative" here is per
 * matrix: max |fast − network| over the entries of one Wˡ (or bˡ, or one layer's outputs) divided
 * by the largest |network| entry there, so entries that cancel to near zero cannot hide or fake
 * an error.
 */
class FastTrainerTest {
    private static final double REL = 1e-12;
    private static Kernels two;

    @BeforeAll
    static void start() {
        two = new Kernels(2);
    }

    @AfterAll
    static void stop() {
        two.close();
    }

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(new int[] {2, 3, 2}, 1),
                Arguments.of(new int[] {2, 3, 2}, 4),
                Arguments.of(new int[] {5, 7, 3}, 10),
                Arguments.of(new int[] {17, 9, 4, 6}, 7),
                Arguments.of(new int[] {40, 33, 35, 11}, 10),
                Arguments.of(new int[] {70, 64, 3}, 5));
    }

    @ParameterizedTest(name = "sizes {0}, batch {1}")
    @MethodSource("networks")
    void meanGradientIsTheMeanOfPerExampleBackprop(int[] sizes, int m) {
        Network net = Network.random(sizes.length * 100L + m, Init.STANDARD, sizes);
        double[][][] data = data(new Random(m), m, sizes[0], sizes[sizes.length - 1]);
        Gradient slow = net.meanGradient(examples(data[0], data[1]));
        Gradient fast = new FastTrainer(FastNetwork.from(net), two).meanGradient(data[0], data[1]);
        for (int l = 2; l <= net.L(); l++) {
            assertRelative(flat(slow.nablaW(l).toArray()), flat(fast.nablaW(l).toArray()), "∂C̄/∂W" + l);
            assertRelative(slow.nablaB(l).toArray(), fast.nablaB(l).toArray(), "∂C̄/∂b" + l);
        }
    }

    @ParameterizedTest(name = "sizes {0}, batch {1}")
    @MethodSource("networks")
    void oneMiniBatchStepMatchesTheNetworkStep(int[] sizes, int m) {
        Network net = Network.random(sizes.length * 100L + m + 1, Init.STANDARD, sizes);
        Network before = net.copy();
        double[][][] data = data(new Random(m + 1), m, sizes[0], sizes[sizes.length - 1]);
        double eta = 3.0; // large enough that the step is a visible part of each parameter
        FastNetwork fast = FastNetwork.from(net);
        double cost = new FastTrainer(fast, two).updateMiniBatch(data[0], data[1], eta);
        net.updateMiniBatch(examples(data[0], data[1]), eta);
        Network after = fast.toNetwork();
        double summed = 0;
        for (int c = 0; c < m; c++) {
            summed += before.cost(new Vec(data[0][c]), new Vec(data[1][c]));
        }
        assertEquals(summed, cost, REL * summed, "the returned cost is the batch's summed cost before the step");
        for (int l = 2; l <= net.L(); l++) {
            assertRelative(flat(net.weight(l).toArray()), flat(after.weight(l).toArray()), "W" + l + " after the step");
            assertRelative(net.bias(l).toArray(), after.bias(l).toArray(), "b" + l + " after the step");
            // the steps themselves, new − old, agree too (a looser bound: subtracting loses digits)
            assertRelative(
                    minus(flat(net.weight(l).toArray()), flat(before.weight(l).toArray())),
                    minus(flat(after.weight(l).toArray()), flat(before.weight(l).toArray())),
                    1e-9,
                    "ΔW" + l);
        }
    }

    @ParameterizedTest(name = "sizes {0}, batch {1}")
    @MethodSource("networks")
    void feedforwardMatchesTheNetworkForEveryColumn(int[] sizes, int m) {
        Network net = Network.random(7, Init.SCALED, sizes);
        double[][] xs = data(new Random(3), m, sizes[0], 1)[0];
        double[][] out = FastNetwork.from(net).feedforward(xs, two);
        for (int c = 0; c < m; c++) {
            assertRelative(net.feedforward(new Vec(xs[c])).toArray(), out[c], "aᴸ of example " + c);
        }
    }

    @Test
    void sgdFollowsNetworkSgdWithTheSameSeed() {
        int[] sizes = {12, 10, 8, 12};
        Network net = Network.random(11, Init.STANDARD, sizes);
        double[][][] data = data(new Random(12), 23, 12, 12); // 23 = two batches of 10 and one of 3
        FastNetwork fast = FastNetwork.from(net);
        FastTrainer.History h = new FastTrainer(fast, two).train(data[0], data[1], 3, 10, 2.0, new Random(99), null);
        net.sgd(examples(data[0], data[1]), 3, 10, 2.0, new Random(99), null);
        Network after = fast.toNetwork();
        for (int l = 2; l <= net.L(); l++) {
            assertRelative(
                    flat(net.weight(l).toArray()), flat(after.weight(l).toArray()), 1e-11, "W" + l + " after 3 epochs");
        }
        assertEquals(3, h.epochs());
        assertTrue(h.meanCost()[2] < h.meanCost()[0], "training lowers the cost: " + h);
    }

    @Test
    void sameSeedGivesBitwiseTheSameNetworkOnOneOrTwoThreads() {
        int[] sizes = {64, 40, 36, 64};
        double[][][] data = data(new Random(4), 57, 64, 64);
        FastNetwork start = FastNetwork.random(5, Init.STANDARD, sizes);
        FastNetwork a = start.copy(), b = start.copy(), c = start.copy();
        List<Double> costsA = new ArrayList<>(), costsB = new ArrayList<>();
        try (Kernels one = new Kernels(1)) {
            new FastTrainer(a, two)
                    .train(data[0], data[1], 2, 10, 0.5, new Random(8), (e, i, n, cost) -> costsA.add(cost));
            new FastTrainer(b, two)
                    .train(data[0], data[1], 2, 10, 0.5, new Random(8), (e, i, n, cost) -> costsB.add(cost));
            new FastTrainer(c, one).train(data[0], data[1], 2, 10, 0.5, new Random(8), null);
        }
        assertEquals(costsA, costsB);
        for (int l = 2; l <= 4; l++) {
            assertArrayEquals(a.W[l], b.W[l], "same seed, W" + l);
            assertArrayEquals(a.W[l], c.W[l], "1 thread against 2, W" + l);
            assertArrayEquals(a.b[l], c.b[l], "1 thread against 2, b" + l);
        }
    }

    @Test
    void progressReportsEveryBatchWithTheRunningMeanCost() {
        int[] sizes = {6, 5, 6};
        double[][][] data = data(new Random(6), 25, 6, 6);
        FastNetwork net = FastNetwork.random(2, Init.STANDARD, sizes);
        List<String> seen = new ArrayList<>();
        List<Double> last = new ArrayList<>();
        FastTrainer.History h = new FastTrainer(net, two)
                .train(data[0], data[1], 2, 10, 0.1, new Random(1), (epoch, batch, batches, cost) -> {
                    seen.add(epoch + ":" + batch + "/" + batches);
                    if (batch == batches) {
                        last.add(cost);
                    }
                });
        assertEquals(List.of("1:1/3", "1:2/3", "1:3/3", "2:1/3", "2:2/3", "2:3/3"), seen);
        assertEquals(last.get(0), h.meanCost()[0], 0.0);
        assertEquals(last.get(1), h.meanCost()[1], 0.0);
    }

    @Test
    void meanCostMatchesTheNetworkOverADataSet() {
        int[] sizes = {9, 8, 7};
        Network net = Network.random(21, Init.STANDARD, sizes);
        double[][][] data = data(new Random(22), 250, 9, 7); // more than one internal batch of 100
        double slow = net.meanCost(examples(data[0], data[1]));
        assertEquals(slow, FastNetwork.from(net).meanCost(data[0], data[1]), REL * slow);
    }

    @Test
    void aHugeStepOnlySaturatesSigmoidNeurons() {
        // Sigmoid neurons saturate rather than overflow: after one huge step σ′ underflows to 0 and
        // the network freezes with finite weights, for any finite η (the per-example path agrees).
        int[] sizes = {8, 6, 8};
        double[][][] data = data(new Random(31), 30, 8, 8);
        for (double eta : new double[] {1e6, 1e300, Double.MAX_VALUE}) {
            FastNetwork net = FastNetwork.random(3, Init.STANDARD, sizes);
            new FastTrainer(net, two).train(data[0], data[1], 5, 10, eta, new Random(1), null);
            assertTrue(net.isFinite(), "η = " + eta + " saturates but stays finite");
        }
    }

    @Test
    void anOverflowingCostStopsTrainingInTheFirstEpoch() {
        // targets of 1e200 (a broken encoding) make ½(y − a)² overflow to ∞ in the first mini-batch
        int[] sizes = {8, 6, 8};
        double[][][] data = data(new Random(31), 30, 8, 8);
        data[1][17][3] = 1e200;
        FastNetwork net = FastNetwork.random(3, Init.STANDARD, sizes);
        DivergenceException e = assertThrows(
                DivergenceException.class,
                () -> new FastTrainer(net, two).train(data[0], data[1], 5, 10, 0.5, new Random(1), null));
        assertEquals(1, e.epoch(), e.getMessage());
        assertTrue(e.getMessage().contains("is Infinity"), e.getMessage());
    }

    @Test
    void aNaNWeightIsReportedWithItsEpochByTheNextBatchCost() {
        double[][][] data = data(new Random(32), 30, 8, 8);
        FastNetwork net = FastNetwork.random(4, Init.STANDARD, 8, 6, 8);
        List<String> seen = new ArrayList<>();
        DivergenceException e = assertThrows(
                DivergenceException.class,
                () -> new FastTrainer(net, two)
                        .train(data[0], data[1], 6, 10, 0.5, new Random(1), (epoch, batch, batches, cost) -> {
                            seen.add(epoch + ":" + batch);
                            if (epoch == 3 && batch == 1) {
                                net.W[2][5] = Double.NaN; // as if the step of batch 1 of epoch 3 had produced it
                            }
                        }));
        assertEquals(3, e.epoch(), e.getMessage());
        assertTrue(e.getMessage().contains("the cost of mini-batch 2 is NaN"), e.getMessage());
        assertEquals("3:1", seen.get(seen.size() - 1));
    }

    @Test
    void anInfiniteWeightIsReportedAtTheEndOfItsEpoch() {
        // an infinite weight can leave every cost finite (σ(±∞) is 0 or 1): the epoch-end check finds it
        double[][][] data = data(new Random(33), 30, 8, 8);
        FastNetwork net = FastNetwork.random(4, Init.STANDARD, 8, 6, 8);
        DivergenceException e = assertThrows(
                DivergenceException.class,
                () -> new FastTrainer(net, two)
                        .train(data[0], data[1], 6, 10, 0.5, new Random(1), (epoch, batch, batches, cost) -> {
                            if (epoch == 2 && batch == batches) {
                                net.W[3][0] = Double.POSITIVE_INFINITY;
                            }
                        }));
        assertEquals(2, e.epoch(), e.getMessage());
        assertTrue(e.getMessage().contains("weight or bias"), e.getMessage());
    }

    @Test
    void anInterruptStopsTrainingAfterTheCurrentMiniBatch() {
        double[][][] data = data(new Random(34), 30, 8, 8);
        FastNetwork net = FastNetwork.random(4, Init.STANDARD, 8, 6, 8);
        List<String> seen = new ArrayList<>();
        try {
            CancellationException e = assertThrows(
                    CancellationException.class,
                    () -> new FastTrainer(net, two)
                            .train(data[0], data[1], 6, 10, 0.5, new Random(1), (epoch, batch, batches, cost) -> {
                                seen.add(epoch + ":" + batch);
                                if (epoch == 2 && batch == 2) {
                                    Thread.currentThread().interrupt(); // what a Stop button's thread would do
                                }
                            }));
            assertEquals("training interrupted in epoch 2 after mini-batch 2", e.getMessage());
            assertEquals(List.of("1:1", "1:2", "1:3", "2:1", "2:2"), seen);
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is left set");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void convertingToANetworkAndBackKeepsEveryParameter() {
        Network net = Network.random(9, Init.STANDARD, 4, 3, 5);
        Network back = FastNetwork.from(net).toNetwork();
        for (int l = 2; l <= 3; l++) {
            assertEquals(net.weight(l), back.weight(l));
            assertEquals(net.bias(l), back.bias(l));
        }
        assertEquals(net.weight(3, 4, 2), FastNetwork.from(net).weight(3, 4, 2));
    }

    @Test
    void badDataIsRefusedWithItsIndex() {
        FastNetwork net = FastNetwork.random(1, Init.STANDARD, 3, 2);
        FastTrainer t = new FastTrainer(net, two);
        double[][] xs = {{1, 2, 3}, {1, 2}};
        double[][] ys = {{1, 0}, {0, 1}};
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> t.train(xs, ys, 1, 1, 0.1, new Random(), null));
        assertEquals("input 1 has 2 entries, the input layer has 3 neurons", e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> t.train(new double[][] {{1, 2, 3}}, ys, 1, 1, 0.1, new Random(), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> t.train(
                        new double[][] {{1, 2, 3}}, new double[][] {{1, 0}}, 1, 1, Double.NaN, new Random(), null));
    }

    @Test
    void toStringsAreReadable() {
        FastNetwork net = FastNetwork.random(1, Init.STANDARD, 1984, 500, 1984);
        assertEquals("FastNetwork 1984-500-1984 (1,986,484 parameters, f64)", net.toString());
        assertTrue(new FastTrainer(net, two).toString().startsWith("FastTrainer for FastNetwork 1984-500-1984"));
        assertEquals(
                "3 epochs, mean cost 3.000 → 2.000 → 1.000",
                new FastTrainer.History(new double[] {3, 2, 1}).toString());
    }

    // ---- helpers ----

    /** {xs, ys}: inputs in [0, 1), targets one-hot-ish in {0, 1}. */
    static double[][][] data(Random r, int count, int nIn, int nOut) {
        double[][] xs = new double[count][nIn], ys = new double[count][nOut];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < nIn; j++) {
                xs[i][j] = r.nextDouble();
            }
            for (int k = 0; k < nOut; k++) {
                ys[i][k] = r.nextInt(3) == 0 ? 1 : 0;
            }
        }
        return new double[][][] {xs, ys};
    }

    static List<Example> examples(double[][] xs, double[][] ys) {
        List<Example> list = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            list.add(new Example(new Vec(xs[i]), new Vec(ys[i])));
        }
        return list;
    }

    static double[] flat(double[][] m) {
        return Stream.of(m).flatMapToDouble(Arrays::stream).toArray();
    }

    static double[] minus(double[] x, double[] y) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] - y[i];
        }
        return r;
    }

    static void assertRelative(double[] expected, double[] actual, String what) {
        assertRelative(expected, actual, REL, what);
    }

    static void assertRelative(double[] expected, double[] actual, double rel, String what) {
        assertEquals(expected.length, actual.length, what + ": sizes");
        double scale = 0, worst = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(
                worst <= rel * scale,
                what + ": max difference " + worst + " against largest entry " + scale + " (relative " + worst / scale
                        + ", allowed " + rel + ")");
        assertTrue(scale > 0, what + ": all zero, nothing compared");
    }
}
