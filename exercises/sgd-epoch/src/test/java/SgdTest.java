import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SgdTest {
    /** A tiny data set: the neuron should learn "x₀ > x₁". */
    static double[][] XS() {
        return new double[][] {{1, 0}, {0, 1}, {0.9, 0.2}, {0.1, 0.8}, {0.7, 0.3}, {0.2, 0.6}, {1, 0.5}};
    }

    static double[] YS() {
        return new double[] {1, 0, 1, 0, 1, 0, 1};
    }

    /** The test's own copy of the given ∇C of one sigmoid neuron (so expected values never use the learner's file). */
    static double[] gradientOf(double[] v, double[] x, double y) {
        int n = x.length;
        double z = v[n];
        for (int j = 0; j < n; j++) {
            z += v[j] * x[j];
        }
        double a = 1.0 / (1.0 + Math.exp(-z));
        double delta = (a - y) * a * (1 - a);
        double[] g = new double[n + 1];
        for (int j = 0; j < n; j++) {
            g[j] = delta * x[j];
        }
        g[n] = delta;
        return g;
    }

    static double[] avgGradient(double[] v, int[] idx) {
        double[] mean = new double[v.length];
        for (int i : idx) {
            double[] g = gradientOf(v, XS()[i], YS()[i]);
            for (int q = 0; q < v.length; q++) {
                mean[q] += g[q] / idx.length;
            }
        }
        return mean;
    }

    static double meanCost(double[] v) {
        double c = 0;
        for (int i = 0; i < XS().length; i++) {
            double a = 1 / (1 + Math.exp(-(v[0] * XS()[i][0] + v[1] * XS()[i][1] + v[2])));
            c += 0.5 * (YS()[i] - a) * (YS()[i] - a) / XS().length;
        }
        return c;
    }

    @Test
    @Tag("task:1")
    void shuffledOrderForSeed42IsTheDocumentedOne() {
        int[] order = Sgd.shuffledOrder(10, 42);
        int[] again = Sgd.shuffledOrder(10, 42);
        Check.failIf(!Arrays.equals(order, again), "unseeded",
                "seed 42 gave " + Arrays.toString(order) + " and then " + Arrays.toString(again));
        Assertions.assertArrayEquals(new int[] {4, 6, 2, 1, 7, 9, 8, 5, 3, 0}, order, "order for n = 10, seed 42");
    }

    @Test
    @Tag("task:1")
    void shuffledOrderIsAPermutation() {
        int[] order = Sgd.shuffledOrder(50, 7);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        int[] expected = new int[50];
        Arrays.setAll(expected, i -> i);
        Assertions.assertArrayEquals(expected, sorted, "every index 0…49 exactly once");
    }

    @Test
    @Tag("task:2")
    void tenExamplesInBatchesOfFourMakeFourFourTwo() {
        int[] order = {4, 6, 2, 1, 7, 9, 8, 5, 3, 0};
        List<int[]> batches = Sgd.miniBatches(order, 4);
        Check.failIf(batches.size() == 2, "drop-last-batch", "2 batches of 4: the last 2 examples were left out");
        Assertions.assertEquals(3, batches.size(), "number of batches");
        Assertions.assertArrayEquals(new int[] {4, 6, 2, 1}, batches.get(0));
        Assertions.assertArrayEquals(new int[] {7, 9, 8, 5}, batches.get(1));
        Assertions.assertArrayEquals(new int[] {3, 0}, batches.get(2));
    }

    @Test
    @Tag("task:2")
    void batchesThatDivideEvenlyHaveNoEmptyTail() {
        List<int[]> batches = Sgd.miniBatches(new int[] {0, 1, 2, 3, 4, 5}, 3);
        Assertions.assertEquals(2, batches.size(), "6 examples in batches of 3");
        Assertions.assertArrayEquals(new int[] {3, 4, 5}, batches.get(1));
    }

    @Test
    @Tag("task:3")
    void epochStepsOncePerMiniBatchInTheSeededOrder() {
        double[] v0 = {0.1, -0.2, 0.05};
        // Seed 2026 shuffles 7 examples to 1, 5, 3, 6, 2, 4, 0; batches of 3: {1,5,3}, {6,2,4}, {0}.
        int[][] batches = {{1, 5, 3}, {6, 2, 4}, {0}};
        double[] expected = v0.clone();
        for (int[] batch : batches) {
            double[] g = avgGradient(expected, batch);
            for (int q = 0; q < 3; q++) {
                expected[q] -= 3.0 * g[q];
            }
        }
        double[] whole = avgGradient(v0, new int[] {0, 1, 2, 3, 4, 5, 6});
        double[] oneStep = {v0[0] - 3.0 * whole[0], v0[1] - 3.0 * whole[1], v0[2] - 3.0 * whole[2]};
        double[] before = v0.clone();
        Check.near("v after one epoch (m = 3, η = 3, seed 2026)", expected, Sgd.epoch(v0, XS(), YS(), 3, 3.0, 2026), 1e-12,
                mistake("full-batch", oneStep));
        Assertions.assertArrayEquals(before, v0, 0, "epoch must not change v");
    }

    @Test
    @Tag("task:3")
    void twentyEpochsLowerTheMeanCost() {
        double[] v = {0, 0, 0};
        double start = meanCost(v);
        for (int e = 0; e < 20; e++) {
            v = Sgd.epoch(v, XS(), YS(), 2, 2.0, e);
        }
        double end = meanCost(v);
        Assertions.assertTrue(end < 0.6 * start, "mean cost should fall by 40% in 20 epochs: " + start + " → " + end);
    }

    @Test
    @Tag("task:2")
    void miniBatchesLeaveTheOrderUnchangedAndCopyIt() {
        int[] order = {4, 2, 0, 1, 3};
        List<int[]> batches = Sgd.miniBatches(order, 5);
        Assertions.assertArrayEquals(new int[] {4, 2, 0, 1, 3}, order, "miniBatches must not change the order");
        for (int[] batch : batches) {
            Assertions.assertNotSame(order, batch, "a batch must be a new array, not the order itself");
        }
    }

    @Test
    @Tag("task:3")
    void epochLeavesTheExamplesUnchanged() {
        double[][] xs = XS();
        double[] ys = YS();
        Sgd.epoch(new double[] {0.1, -0.2, 0.05}, xs, ys, 3, 3.0, 2026);
        Check.near("xs after epoch", XS(), xs, 0);
        Check.near("ys after epoch", YS(), ys, 0);
    }
}
