package bachprop.seq.satb.lstm;

import bachprop.seq.satb.FourVoicePredictor;
import bachprop.seq.satb.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The four-voice LSTM's backpropagation checked a second way: every ∂C/∂θ of a tiny random
 * network from the float32 training pass ({@link SatbFast#backward}) against the central
 * difference (C(θ + ε) − C(θ − ε)) / 2ε of the loss computed in double precision, step by step,
 * by the predictor ({@link SatbNet#step}, {@link SatbNet#distribution}); C = Σ −ln p over every
 * token of two short random chorales (with rests, held notes and moves).
 */
public final class SatbGradientCheck {
    /** Per parameter group (row of θ): how many partial derivatives, how many non-zero, the largest error. */
    public record Group(String name, int parameters, int nonZero, double maxAbsError, double maxRelativeError) {}

    /** The outcome over all groups. */
    public record Result(List<Group> groups, double maxAbsError, double maxRelativeError) {
        @Override
        public String toString() {
            return String.format(
                    "%d groups checked: largest |backprop − central difference| = %.2e (relative %.2e)",
                    groups.size(), maxAbsError, maxRelativeError);
        }
    }

    private SatbGradientCheck() {}

    static final String[] HEAD_GROUPS = {"Wuh", "Wuc", "bu", "Wo", "bo"};

    public static Result run(int hidden, int head, long seed) {
        Random rng = new Random(seed);
        SatbNet net = SatbNet.random(hidden, head, rng);
        for (double[] row : net.theta) {
            for (int k = 0; k < row.length; k++) {
                row[k] += 0.3 * rng.nextGaussian();
            }
        }
        List<int[][]> chorales = List.of(chorale(7, rng), chorale(4, rng));
        SatbFast fast = new SatbFast(net);
        SatbTape tape = new SatbTape();
        tape.load(fast, chorales);
        fast.forward(tape, 1.0, null);
        fast.backward(tape, 1.0);
        double[][] grad = net.zeros();
        fast.addGradient(tape, grad);
        double eps = 1e-5;
        List<Group> groups = new ArrayList<>();
        double worstAbs = 0;
        double worstRel = 0;
        for (int r = 0; r < net.theta.length; r++) {
            double abs = 0;
            double rel = 0;
            int nonZero = 0;
            for (int k = 0; k < net.theta[r].length; k++) {
                double saved = net.theta[r][k];
                net.theta[r][k] = saved + eps;
                double plus = loss(net, chorales);
                net.theta[r][k] = saved - eps;
                double minus = loss(net, chorales);
                net.theta[r][k] = saved;
                double numeric = (plus - minus) / (2 * eps);
                double err = Math.abs(numeric - grad[r][k]);
                abs = Math.max(abs, err);
                rel = Math.max(rel, err / Math.max(1e-2, Math.abs(numeric) + Math.abs(grad[r][k])));
                if (numeric != 0) {
                    nonZero++;
                }
            }
            String name = r < 3
                    ? new String[] {"Wx", "Wh", "b"}[r]
                    : HEAD_GROUPS[(r - 3) % 5] + "(" + Tokens.VOICE_NAMES[(r - 3) / 5] + ")";
            groups.add(new Group(name, net.theta[r].length, nonZero, abs, rel));
            worstAbs = Math.max(worstAbs, abs);
            worstRel = Math.max(worstRel, rel);
        }
        return new Result(groups, worstAbs, worstRel);
    }

    /** C = Σ −ln p(token) over every token of the chorales, in double precision through the predictor. */
    static double loss(SatbNet net, List<int[][]> chorales) {
        double c = 0;
        for (int[][] tokens : chorales) {
            FourVoicePredictor p = new SatbPredictor(List.of(net));
            for (int[] step : tokens) {
                for (int token : step) {
                    c -= Math.log(p.next()[token]);
                    p.choose(token);
                }
            }
        }
        return c;
    }

    /** A random chorale: each voice holds (p ½), moves by up to 5 semitones, or rests (p 0.1). */
    static int[][] chorale(int steps, Random rng) {
        int[][] t = new int[steps][Tokens.VOICES];
        int[] start = {30, 25, 18, 10};
        for (int s = 0; s < steps; s++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                int prev = s == 0 ? start[v] : t[s - 1][v];
                double u = rng.nextDouble();
                if (u < 0.1) {
                    t[s][v] = Tokens.REST;
                } else if (u < 0.6 && prev != Tokens.REST) {
                    t[s][v] = prev;
                } else {
                    int base = prev == Tokens.REST ? start[v] : prev;
                    t[s][v] = Math.max(1, Math.min(46, base + rng.nextInt(11) - 5));
                }
            }
        }
        return t;
    }
}
