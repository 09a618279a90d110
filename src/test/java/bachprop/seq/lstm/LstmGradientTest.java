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
                    in.x()[(t * size + b) * net.inputs + k] = rng.nextDouble() < 0.3 ? 0 : rng.nextGaussian();
                }
                in.pitch()[t * size + b] = rng.nextInt(net.pitches);
                in.duration()[t * size + b] = rng.nextInt(net.durations);
            }
        }
        return in;
    }

    static double loss(Lstm net, Tape tape, SeqBatch in) {
        net.parametersChanged();
        return net.forward(tape, in, 1.0, null).total();
    }

    @Test
    void everyPartialDerivativeMatchesCentralDifferences() {
        Random rng = new Random(7);
        Lstm net = Lstm.random(6, 4, 5, 3, rng);
        for (int k = 0; k < net.theta.length; k++) {
            net.theta[k] += 0.3 * rng.nextGaussian(); // move away from the symmetric start
        }
        SeqBatch in = randomBatch(net, rng);
        Tape tape = new Tape();
        tape.ensure(in.steps(), in.size(), net.hidden, net.outputs);
        for (int k = 0; k < tape.h0.length; k++) {
            tape.h0[k] = 0.5 * rng.nextGaussian();
            tape.c0[k] = 0.5 * rng.nextGaussian();
        }
        loss(net, tape, in);
        double[] grad = new double[net.theta.length];
        net.backward(tape, in, 1.0, grad);

        double eps = 1e-5;
        double worst = 0;
        for (int k = 0; k < net.theta.length; k++) {
            double saved = net.theta[k];
            net.theta[k] = saved + eps;
            double plus = loss(net, tape, in);
            net.theta[k] = saved - eps;
            double minus = loss(net, tape, in);
            net.theta[k] = saved;
            double numeric = (plus - minus) / (2 * eps);                  // the text's eq. (10), centred
            double err = Math.abs(numeric - grad[k]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(grad[k]));
            worst = Math.max(worst, err);
            assertEquals(numeric, grad[k], 1e-6 * Math.max(1, Math.abs(numeric)), "parameter " + k + " of " + net);
        }
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
        net.parametersChanged();
        net.forward(tape, in, 0.6, new Random(seed));
        double[] grad = new double[net.theta.length];
        net.backward(tape, in, 1.0, grad);
        double eps = 1e-5;
        for (int k = 0; k < net.theta.length; k += 3) {
            double saved = net.theta[k];
            net.theta[k] = saved + eps;
            net.parametersChanged();
            double plus = net.forward(tape, in, 0.6, new Random(seed)).total();  // same seed → same mask
            net.theta[k] = saved - eps;
            net.parametersChanged();
            double minus = net.forward(tape, in, 0.6, new Random(seed)).total();
            net.theta[k] = saved;
            assertEquals((plus - minus) / (2 * eps), grad[k], 1e-6, "parameter " + k);
        }
    }
}
