package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The single-precision training path must compute what the gradient-checked double path
 * computes. Float carries about 7 significant digits and the sums here run over up to a few
 * thousand terms, so the loss must agree to 1e-5 relative and every partial derivative to
 * 1e-4 of the largest one (a wrong term moves an element by its own size, far more). The shapes
 * cover the vector tiles (hidden 32: 4 × 4 tiles), the leftover vectors and columns (hidden 37),
 * a scalar-only size (hidden 5), one-hot and dense inputs, dropout, and a non-zero start state.
 */
class FastLstmTest {

    static SeqBatch batch(Lstm net, int steps, int size, boolean oneHot, Random rng) {
        SeqBatch in = SeqBatch.empty(steps, size, net.inputs);
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < size; b++) {
                if (t >= steps - b) {
                    continue; // sequences of different lengths, padding masked
                }
                int r = t * size + b;
                if (oneHot) {
                    in.x()[r][rng.nextInt(net.pitches)] = 1;
                    in.x()[r][net.pitches + rng.nextInt(net.inputs - net.pitches)] = 1;
                } else {
                    for (int k = 0; k < net.inputs; k++) {
                        in.x()[r][k] = rng.nextDouble() < 0.3 ? 0 : rng.nextGaussian();
                    }
                }
                in.pitch()[r] = rng.nextInt(net.pitches);
                in.duration()[r] = rng.nextInt(net.durations);
                in.last()[r] = t == 0 ? -1 : rng.nextInt(net.pitches);
                in.key()[r] = t == 0 ? -1 : rng.nextInt(24);
            }
        }
        return in;
    }

    @ParameterizedTest(name = "inputs {0}, hidden {1}, batch {2}×{3}, one-hot {4}, keep {5}")
    @CsvSource({
        "6, 5, 4, 3, false, 1.0",
        "62, 32, 9, 6, true, 1.0",
        "62, 32, 9, 6, true, 0.6",
        "30, 37, 7, 5, false, 1.0",
        "117, 48, 12, 8, true, 0.5",
    })
    void fastPathLossAndGradientMatchTheDoublePath(
            int inputs, int hidden, int steps, int size, boolean oneHot, double keep) {
        Random rng = new Random(inputs * 31L + hidden);
        Lstm net = Lstm.random(inputs, hidden, 46 < inputs ? 46 : inputs / 2, 3, rng);
        for (double[] row : net.theta) {
            for (int k = 0; k < row.length; k++) {
                row[k] += 0.2 * rng.nextGaussian(); // away from the symmetric start
            }
        }
        SeqBatch in = batch(net, steps, size, oneHot, rng);
        Tape tape = new Tape();
        tape.ensure(steps, size, hidden, net.outputs);
        FastLstm fast = new FastLstm(net);
        Tape32 tape32 = new Tape32();
        tape32.ensure(fast, steps, size);
        for (int b = 0; b < size; b++) {
            for (int j = 0; j < hidden; j++) {
                double h0 = (float) (0.5 * rng.nextGaussian());
                double c0 = (float) (0.5 * rng.nextGaussian());
                tape.h0[b][j] = h0;
                tape.c0[b][j] = c0;
                tape32.h0[b * hidden + j] = (float) h0;
                tape32.c0[b * hidden + j] = (float) c0;
            }
        }
        // the double path on θ rounded to float, so that only the arithmetic differs
        for (double[] row : net.theta) {
            for (int k = 0; k < row.length; k++) {
                row[k] = (float) row[k];
            }
        }
        fast.load();
        Lstm.Loss expected = net.forward(tape, in, keep, new Random(5));
        Lstm.Loss actual = fast.forward(tape32, in, keep, new Random(5));
        assertEquals(expected.count(), actual.count());
        assertEquals(expected.total(), actual.total(), 1e-5 * expected.total(), "loss");
        double scale = 1.0 / expected.count();
        double[][] want = net.zeros();
        net.backward(tape, in, scale, want);
        fast.backward(tape32, in, scale);
        double[][] got = net.zeros();
        fast.addGradient(tape32, got);
        double largest = 0;
        for (double[] row : want) {
            for (double g : row) {
                largest = Math.max(largest, Math.abs(g));
            }
        }
        assertTrue(largest > 1e-3, "a gradient worth comparing: " + largest);
        double worst = 0;
        for (int r = 0; r < want.length; r++) {
            for (int k = 0; k < want[r].length; k++) {
                worst = Math.max(worst, Math.abs(got[r][k] - want[r][k]));
                assertEquals(want[r][k], got[r][k], 1e-4 * largest, "θ row " + r + " column " + k + " of " + net);
            }
        }
        assertTrue(worst > 0, "the float path really ran in float");
    }
}
