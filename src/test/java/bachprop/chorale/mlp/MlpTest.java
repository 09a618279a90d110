package bachprop.chorale.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.DivergenceException;
import bachprop.nn.Example;
import bachprop.nn.Init;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chorale experiment's engine ({@link FastMlp} on the fast path) against the teaching {@link Network}. */
class MlpTest {

    static double[][] randomRows(int n, int width, Random r) {
        double[][] x = new double[n][width];
        for (double[] row : x) {
            for (int i = 0; i < width; i++) {
                row[i] = r.nextDouble();
            }
        }
        return x;
    }

    @Test
    void oneMiniBatchUpdateMatchesTheTeachingNetwork() {
        Network reference = Network.random(3, Init.SCALED, 7, 5, 4, 6);
        FastMlp fast = FastMlp.of(reference);
        Random r = new Random(9);
        double[][] xs = randomRows(5, 7, r);
        double[][] ys = randomRows(5, 6, r);
        List<Example> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new Example(new Vec(xs[i]), new Vec(ys[i])));
        }
        reference.updateMiniBatch(batch, 0.7);
        fast.updateMiniBatch(xs, ys, 0.7);
        Network after = fast.toNetwork();
        for (int l = 2; l <= 4; l++) {
            for (int k = 0; k < after.size(l); k++) {
                assertEquals(reference.bias(l, k), after.bias(l, k), 1e-12, "b" + l + "_" + k);
                for (int j = 0; j < after.size(l - 1); j++) {
                    assertEquals(reference.weight(l, k, j), after.weight(l, k, j), 1e-12, "w" + l + "_" + k + j);
                }
            }
        }
    }

    @Test
    void theFastPathFeedsForwardAsTheTeachingNetwork() {
        Network start = Network.random(4, Init.STANDARD, 9, 6, 5);
        Mlp fast = FastMlp.of(start);
        double[] x = randomRows(1, 9, new Random(2))[0];
        double[] a = fast.feedforward(x);
        double[] b = start.feedforward(new Vec(x)).toArray();
        for (int k = 0; k < a.length; k++) {
            assertEquals(b[k], a[k], 1e-12, "output " + k);
        }
    }

    @Test
    void gradientMatchesCentralDifferences() {
        // A step of η = ε-free size: compare (w_before − w_after)/η with a finite-difference slope of eq. 7.
        Network net = Network.random(5, Init.STANDARD, 4, 3, 2);
        double[] x = {0.1, 0.9, 0.4, 0.3};
        double[] y = {1, 0};
        double eta = 1e-3;
        FastMlp fast = FastMlp.of(net);
        fast.updateMiniBatch(new double[][] {x}, new double[][] {y}, eta);
        Network moved = fast.toNetwork();
        double h = 1e-6;
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 3; j++) {
                double w = net.weight(3, k, j);
                Network plus = net.copy();
                plus.setWeight(3, k, j, w + h);
                Network minus = net.copy();
                minus.setWeight(3, k, j, w - h);
                double numeric = (plus.cost(new Vec(x), new Vec(y)) - minus.cost(new Vec(x), new Vec(y))) / (2 * h);
                double backprop = (w - moved.weight(3, k, j)) / eta;
                assertEquals(numeric, backprop, 1e-8, "∂C/∂w3_" + k + j);
            }
        }
    }

    @Test
    void aTinyNetworkLearnsToCopyItsInput() {
        Mlp net = Mlp.create(1, Init.SCALED, 4, 8, 4);
        double[][] xs = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
        Trainer t = new Trainer(net, 3.0, 2);
        double before = Trainer.meanCost(net, xs, xs);
        t.train(xs, xs, xs, xs, 300, new Random(1), null);
        double after = Trainer.meanCost(net, xs, xs);
        assertTrue(after < before / 10, "cost " + before + " → " + after);
        assertEquals(300, t.epochs().size());
        assertEquals(600, t.curve().size());
    }

    @Test
    void aRunWhoseCostTurnsNaNIsStoppedAndNamesTheEpoch() {
        // Sigmoid outputs saturate, so eq. 7 stays finite for any finite η here (even η = 20 or 1e300,
        // measured); the guard is tested with an engine whose fifth update produces NaN.
        Mlp real = Mlp.create(1, Init.STANDARD, 4, 8, 4);
        int[] calls = {0};
        Mlp failing = new Mlp() {
            public int[] sizes() {
                return real.sizes();
            }

            public double[] feedforward(double[] x) {
                return real.feedforward(x);
            }

            public double updateMiniBatch(double[][] xs, double[][] ys, double eta) {
                return ++calls[0] == 5 ? Double.NaN : real.updateMiniBatch(xs, ys, eta);
            }

            public boolean isFinite() {
                return real.isFinite();
            }

            public Network toNetwork() {
                return real.toNetwork();
            }
        };
        double[][] xs = {{1, 0, 0, 0}, {0, 1, 0, 0}};
        Trainer t = new Trainer(failing, 20, 1); // 2 batches per epoch: the 5th is in epoch 3
        DivergenceException e =
                assertThrows(DivergenceException.class, () -> t.train(xs, xs, null, null, 10, new Random(1), null));
        assertEquals(3, e.epoch());
        assertEquals(2, t.epochs().size(), "two whole epochs were recorded before the stop");
        assertTrue(e.getMessage().contains("NaN or infinite"), e.getMessage());
    }

    @Test
    void infiniteParametersAreCaughtAfterTheBatchThatMadeThem() {
        Network n = Network.random(1, Init.STANDARD, 2, 2, 2);
        n.setWeight(2, 0, 0, Double.POSITIVE_INFINITY);
        Trainer t = new Trainer(FastMlp.of(n), 1, 1);
        double[][] xs = {{0, 0}};
        DivergenceException e =
                assertThrows(DivergenceException.class, () -> t.train(xs, xs, null, null, 3, new Random(1), null));
        assertEquals(1, e.epoch());
    }
}
