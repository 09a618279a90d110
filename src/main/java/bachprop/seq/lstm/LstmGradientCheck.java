package bachprop.seq.lstm;

import bachprop.seq.Vocab;
import java.util.Random;

/**
 * Backpropagation through time checked a second way: every partial derivative of a small random
 * LSTM's loss against the central difference (C(θ + ε) − C(θ − ε)) / 2ε (the text's eq. 10,
 * centred), on a random batch of three sequences of different lengths, with the interval and key
 * heads in use.
 */
public final class LstmGradientCheck {
    /** The outcome: how many parameters were checked and the largest disagreement. */
    public record Result(int parameters, double maxAbsError, double maxRelativeError) {
        @Override
        public String toString() {
            return String.format(
                    "%d partial derivatives checked: largest |backprop − central difference| = %.2e (relative %.2e)",
                    parameters, maxAbsError, maxRelativeError);
        }
    }

    private LstmGradientCheck() {}

    public static Result run(int inputs, int hidden, int pitches, int durations, long seed) {
        Random rng = new Random(seed);
        Lstm net = Lstm.random(inputs, hidden, pitches, durations, rng);
        for (double[] row : net.theta) {
            for (int k = 0; k < row.length; k++) {
                row[k] += 0.3 * rng.nextGaussian();
            }
        }
        int steps = 5;
        int size = 3;
        int[] lengths = {5, 3, 4};
        SeqBatch in = SeqBatch.empty(steps, size, inputs);
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < size; b++) {
                if (t >= lengths[b]) {
                    continue;
                }
                for (int k = 0; k < inputs; k++) {
                    in.x()[t * size + b][k] = rng.nextGaussian();
                }
                in.pitch()[t * size + b] = rng.nextInt(pitches);
                in.duration()[t * size + b] = rng.nextInt(durations);
                in.last()[t * size + b] = t == 0 ? -1 : rng.nextInt(pitches);
                in.key()[t * size + b] = t == 0 ? -1 : rng.nextInt(24);
            }
        }
        return check(net, in);
    }

    /**
     * The same check on a given batch (e.g. real feature rows of layout 2, {@link Features}): a
     * random LSTM of {@code hidden} units as wide as the batch's inputs, over the vocabulary's
     * pitches and durations.
     */
    public static Result run(SeqBatch in, int hidden, long seed) {
        Random rng = new Random(seed);
        Lstm net = Lstm.random(in.x()[0].length, hidden, Vocab.PITCHES, Vocab.DURATIONS, rng);
        for (double[] row : net.theta) {
            for (int k = 0; k < row.length; k++) {
                row[k] += 0.3 * rng.nextGaussian();
            }
        }
        return check(net, in);
    }

    /** Every ∂C/∂θ by backpropagation against (C(θ + ε) − C(θ − ε)) / 2ε, ε = 1e-5. */
    private static Result check(Lstm net, SeqBatch in) {
        Tape tape = new Tape();
        tape.ensure(in.steps(), in.size(), net.hidden, net.outputs);
        net.forward(tape, in, 1.0, null);
        double[][] grad = net.zeros();
        net.backward(tape, in, 1.0, grad);
        double eps = 1e-5;
        double worstAbs = 0;
        double worstRel = 0;
        int n = 0;
        for (int r = 0; r < net.theta.length; r++) {
            for (int k = 0; k < net.theta[r].length; k++) {
                double saved = net.theta[r][k];
                net.theta[r][k] = saved + eps;
                double plus = net.forward(tape, in, 1.0, null).total();
                net.theta[r][k] = saved - eps;
                double minus = net.forward(tape, in, 1.0, null).total();
                net.theta[r][k] = saved;
                double numeric = (plus - minus) / (2 * eps);
                double err = Math.abs(numeric - grad[r][k]);
                worstAbs = Math.max(worstAbs, err);
                worstRel = Math.max(worstRel, err / Math.max(1e-3, Math.abs(numeric) + Math.abs(grad[r][k])));
                n++;
            }
        }
        return new Result(n, worstAbs, worstRel);
    }
}
