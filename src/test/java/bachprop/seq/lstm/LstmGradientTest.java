package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LstmGradientTest {

    /** A small batch: dense random inputs, 3 sequences of lengths 5, 3 and 4 (padding masked). */
    static SeqBatch randomBatch(Lstm net, Random rng) {
        int steps = 5;
        int size = 3;
        SeqBatch in = SeqBatch.empty(steps, size, net.inputs);
        int[] lengths = {5, 3, 4};
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < size; b++) {
                if (t >= lengths[b]) {
                    continue;
                }
                for (int k = 0; k < net.inputs; k++) {
                    in.x()[t * size + b][k] = rng.nextDouble() < 0.3 ? 0 : rng.nextGaussian();
                }
                in.pitch()[t * size + b] = rng.nextInt(net.pitches);
                in.duration()[t * size + b] = rng.nextInt(net.durations);
                in.last()[t * size + b] = t == 0 ? -1 : rng.nextInt(net.pitches); // the interval head is checked too
                in.key()[t * size + b] = t == 0 ? -1 : rng.nextInt(24); // and the key head
            }
        }
        return in;
    }

    static double loss(Lstm net, Tape tape, SeqBatch in) {
        return net.forward(tape, in, 1.0, null).total();
    }

    @Test
    void everyPartialDerivativeMatchesCentralDifferences() {
        Random rng = new Random(7);
        Lstm net = Lstm.random(6, 4, 5, 3, rng);
        for (double[] row : net.theta) {
            for (int k = 0; k < row.length; k++) {
                row[k] += 0.3 * rng.nextGaussian(); // move away from the symmetric start
            }
        }
        SeqBatch in = randomBatch(net, rng);
        Tape tape = new Tape();
        tape.ensure(in.steps(), in.size(), net.hidden, net.outputs);
        for (int b = 0; b < in.size(); b++) {
            for (int j = 0; j < net.hidden; j++) {
                tape.h0[b][j] = 0.5 * rng.nextGaussian();
                tape.c0[b][j] = 0.5 * rng.nextGaussian();
            }
        }
        loss(net, tape, in);
        double[][] grad = net.zeros();
        net.backward(tape, in, 1.0, grad);

        double eps = 1e-5;
        double worst = 0;
        int checked = 0;
        for (int r = 0; r < net.theta.length; r++) {
            for (int k = 0; k < net.theta[r].length; k++) {
                double saved = net.theta[r][k];
                net.theta[r][k] = saved + eps;
                double plus = loss(net, tape, in);
                net.theta[r][k] = saved - eps;
                double minus = loss(net, tape, in);
                net.theta[r][k] = saved;
                double numeric = (plus - minus) / (2 * eps); // the text's eq. (10), centred
                double err = Math.abs(numeric - grad[r][k]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(grad[r][k]));
                worst = Math.max(worst, err);
                assertEquals(
                        numeric,
                        grad[r][k],
                        1e-6 * Math.max(1, Math.abs(numeric)),
                        "θ row " + r + " column " + k + " of " + net);
                checked++;
            }
        }
        assertEquals(net.parameterCount(), checked);
        assertTrue(worst < 1e-6, "worst relative error " + worst);
    }

    @Test
    void dropoutGradientMatchesCentralDifferencesWithTheMaskHeldFixed() {
        Random rng = new Random(11);
        Lstm net = Lstm.random(4, 3, 4, 2, rng);
        SeqBatch in = randomBatch(net, rng);
        Tape tape = new Tape();
        tape.ensure(in.steps(), in.size(), net.hidden, net.outputs);
        long seed = 99;
        net.forward(tape, in, 0.6, new Random(seed));
        double[][] grad = net.zeros();
        net.backward(tape, in, 1.0, grad);
        double eps = 1e-5;
        for (int r = 0; r < net.theta.length; r++) {
            for (int k = 0; k < net.theta[r].length; k += 2) {
                double saved = net.theta[r][k];
                net.theta[r][k] = saved + eps;
                double plus = net.forward(tape, in, 0.6, new Random(seed)).total(); // same seed → same mask
                net.theta[r][k] = saved - eps;
                double minus = net.forward(tape, in, 0.6, new Random(seed)).total();
                net.theta[r][k] = saved;
                assertEquals((plus - minus) / (2 * eps), grad[r][k], 1e-6, "θ row " + r + " column " + k);
            }
        }
    }
}
