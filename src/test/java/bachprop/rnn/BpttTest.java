package bachprop.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.Mat;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BpttTest {

    static List<Vec> randomInputs(Random r, int T, int n) {
        List<Vec> xs = new ArrayList<>();
        for (int t = 0; t < T; t++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = r.nextGaussian();
            }
            xs.add(new Vec(v));
        }
        return xs;
    }

    static int[] randomTargets(Random r, int T, int n) {
        int[] y = new int[T];
        for (int t = 0; t < T; t++) {
            y[t] = r.nextInt(n);
        }
        return y;
    }

    /** Random weights N(0, 0.7²) and biases N(0, 0.5²), so no neuron saturates and no gradient is tiny. */
    static Rnn randomRnn(Random r, int nIn, int nH, int nOut) {
        return new Rnn(
                Mat.gaussian(nIn, nH, 0.7, r),
                Mat.gaussian(nH, nH, 0.7, r),
                Mat.gaussian(1, nH, 0.5, r).row(0),
                Mat.gaussian(nH, nOut, 0.7, r),
                Mat.gaussian(1, nOut, 0.5, r).row(0));
    }

    /** Relative error |a − b| / max(|a|, |b|) entry by entry, against extrapolated central differences. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void bpttGradientMatchesCentralDifferencesOnRandomSequences(long seed) {
        Random r = new Random(seed);
        int T = 3 + r.nextInt(5);
        Rnn rnn = randomRnn(r, 4, 3, 5);
        List<Vec> xs = randomInputs(r, T, 4);
        int[] targets = randomTargets(r, T, 5);
        double err = RnnGradientCheck.maxRelativeError(rnn, xs, targets);
        assertTrue(err <= 1e-6, "seed " + seed + ", T=" + T + ": max relative error " + err + " > 1e-6");
    }

    @Test
    void bpttGradientMatchesCentralDifferencesWithCostOnlyAtTheLastStepAndAStartingState() {
        Random r = new Random(11);
        int T = 6;
        Rnn rnn = randomRnn(r, 3, 4, 3);
        List<Vec> xs = randomInputs(r, T, 3);
        int[] targets = {-1, -1, -1, -1, -1, 2};
        Vec h0 = new Vec(0.5, 0.2, 0.9, 0.4);
        RnnGradient bptt = rnn.bptt(xs, h0, targets, null);
        RnnGradient numerical = RnnGradientCheck.numericalExtrapolated(rnn, xs, h0, targets);
        double err = bptt.maxRelativeDifference(numerical);
        assertTrue(err <= 1e-6, "max relative error " + err + " > 1e-6");
    }

    @Test
    void bpttGradientMatchesPlainCentralDifferencesToAbsolute1e8() {
        // eq. 10 taken symmetrically with ε = 1e-6: its rounding error is about 1e-9 absolute,
        // so entries are compared absolutely (relative only above 1).
        Random r = new Random(31);
        Rnn rnn = randomRnn(r, 4, 3, 4);
        List<Vec> xs = randomInputs(r, 6, 4);
        int[] targets = randomTargets(r, 6, 4);
        Vec h0 = Vec.zeros(3);
        RnnGradient bptt = rnn.bptt(xs, h0, targets, null);
        RnnGradient numerical = RnnGradientCheck.numerical(rnn, xs, h0, targets, 1e-6);
        for (Param q : Param.values()) {
            for (int i = 0; i < rnn.get(q).rows(); i++) {
                for (int j = 0; j < rnn.get(q).cols(); j++) {
                    double a = bptt.get(q).get(i, j);
                    assertEquals(
                            a,
                            numerical.get(q).get(i, j),
                            1e-8 * Math.max(1, Math.abs(a)),
                            q.symbol() + "[" + i + "," + j + "]");
                }
            }
        }
    }

    @Test
    void hiddenStateGradientMatchesCentralDifferencesThroughTheStartingState() {
        // ∂C/∂h₀ = δ₁ W_hhᵀ: checks BPTT2's recurrent term by perturbing h₀ itself.
        Random r = new Random(21);
        Rnn rnn = randomRnn(r, 3, 3, 3);
        List<Vec> xs = randomInputs(r, 4, 3);
        int[] targets = randomTargets(r, 4, 3);
        double[] h0 = {0.3, 0.6, 0.1};
        RnnGradient g = rnn.bptt(xs, new Vec(h0), targets, null);
        Vec dCdh0 = rnn.Whh().times(g.delta(1));
        for (int i = 0; i < 3; i++) {
            double[] plus = h0.clone();
            double[] minus = h0.clone();
            plus[i] += 1e-6;
            minus[i] -= 1e-6;
            double numeric = (rnn.forward(xs, new Vec(plus), targets, null).totalCost()
                            - rnn.forward(xs, new Vec(minus), targets, null).totalCost())
                    / 2e-6;
            assertEquals(numeric, dCdh0.get(i), 1e-8 * Math.max(1, Math.abs(numeric)), "∂C/∂h₀[" + i + "]");
        }
    }

    @Test
    void forwardFollowsEquation25ComputedByHand() {
        // n_in = 2, n_h = 1, n_out = 2: h₁ = σ(x₁·W_xh + 0·W_hh + b_h), h₂ = σ(x₂·W_xh + h₁·w_hh + b_h).
        Rnn rnn = new Rnn(
                new Mat(new double[][] {{0.5}, {-1.0}}),
                new Mat(new double[][] {{2.0}}),
                new Vec(0.1),
                new Mat(new double[][] {{1.0, -1.0}}),
                new Vec(0.0, 0.0));
        RnnForward f = rnn.forward(List.of(new Vec(1, 0), new Vec(0, 1)), new int[] {0, 1});
        double h1 = 1 / (1 + Math.exp(-(0.5 + 0.1)));
        double h2 = 1 / (1 + Math.exp(-(-1.0 + 2.0 * h1 + 0.1)));
        assertEquals(h1, f.h(1).get(0), 1e-15);
        assertEquals(h2, f.h(2).get(0), 1e-15);
        double c1 = -Math.log(Math.exp(h1) / (Math.exp(h1) + Math.exp(-h1)));
        double c2 = -Math.log(Math.exp(-h2) / (Math.exp(h2) + Math.exp(-h2)));
        assertEquals(c1 + c2, f.totalCost(), 1e-14);
    }

    @Test
    void targetsAreTheSequenceShiftedForwardsByOne() {
        int[] melody = {0, 1, 2, 3, 4, 5}; // the text's [A, B, C, D, E, F]
        assertEquals(List.of(0, 1, 2, 3, 4), toList(Rnn.inputsOf(melody)));
        assertEquals(List.of(1, 2, 3, 4, 5), toList(Rnn.targetsOf(melody)));
    }

    private static List<Integer> toList(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    @Test
    void weightGradientsAreSummedOverEveryTimeStep() {
        Random r = new Random(5);
        Rnn rnn = randomRnn(r, 2, 3, 2);
        List<Vec> xs = randomInputs(r, 4, 2);
        int[] targets = randomTargets(r, 4, 2);
        RnnForward f = rnn.forward(xs, targets);
        RnnGradient g = rnn.bptt(xs, targets);
        Mat sum = Mat.zeros(3, 3);
        for (int t = 1; t <= 4; t++) {
            sum = sum.plus(f.h(t - 1).outer(g.delta(t)));
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(sum.get(i, j), g.nablaWhh().get(i, j), 1e-15);
            }
        }
    }

    @Test
    void clippingShrinksALongGradientToTheThresholdKeepingItsDirection() {
        Random r = new Random(8);
        Rnn rnn = randomRnn(r, 3, 3, 3);
        List<Vec> xs = randomInputs(r, 5, 3);
        int[] targets = randomTargets(r, 5, 3);
        RnnGradient g = rnn.bptt(xs, targets);
        double c = g.norm() / 4;
        RnnGradient clipped = Clip.byGlobalNorm(g, c, null);
        assertEquals(c, clipped.norm(), 1e-12);
        double ratio = clipped.nablaWhh().get(0, 1) / g.nablaWhh().get(0, 1);
        assertEquals(0.25, ratio, 1e-12);
        assertEquals(0.25, clipped.nablaBo().get(2) / g.nablaBo().get(2), 1e-12);
    }

    @Test
    void clippingLeavesAShortGradientAlone() {
        Random r = new Random(9);
        Rnn rnn = randomRnn(r, 3, 3, 3);
        List<Vec> xs = randomInputs(r, 5, 3);
        RnnGradient g = rnn.bptt(xs, randomTargets(r, 5, 3));
        assertEquals(g.norm(), Clip.byGlobalNorm(g, g.norm() * 2, null).norm(), 0.0);
    }

    @Test
    void trainingLowersTheCostOfARepeatingPattern() {
        Rnn rnn = Rnn.random(3, 4, 8, 4);
        int[] pattern = {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1};
        double before = rnn.sequenceCost(pattern);
        rnn.train(List.of(pattern), 300, 0.1, 5.0, new Random(1), null);
        double after = rnn.sequenceCost(pattern);
        assertTrue(after < before / 4, "cost " + before + " → " + after);
        assertEquals(2, argmax(rnn.nextTokenProbabilities(new int[] {0, 1})));
    }

    private static int argmax(Vec v) {
        int best = 0;
        for (int i = 1; i < v.size(); i++) {
            if (v.get(i) > v.get(best)) {
                best = i;
            }
        }
        return best;
    }
}
