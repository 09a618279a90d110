import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TwoStepBpttTest {
    // 3 inputs, 2 hidden neurons, 3 outputs; W_hh is not symmetric so a missing transpose shows.
    static double[][] WXH() {
        return new double[][] {{0.5, -0.3}, {0.8, 0.2}, {-0.6, 0.9}};
    }

    static double[][] WHH() {
        return new double[][] {{0.7, -1.2}, {0.4, 0.6}};
    }

    static double[] BH() {
        return new double[] {0.1, -0.2};
    }

    static double[][] WHO() {
        return new double[][] {{1.5, -0.5, 0.3}, {-1.0, 0.8, 0.6}};
    }

    static double[] BO() {
        return new double[] {0.0, 0.2, -0.1};
    }

    static double[][] XS() {
        return new double[][] {{1, 0, 0}, {0, 0, 1}};
    }

    static double[] H0() {
        return new double[] {0.4, 0.7};
    }

    static int[] TARGETS() {
        return new int[] {2, 0};
    }

    static double[][] H() {

        return new double[][] {{0.62, 0.35}, {0.48, 0.81}};

    }

    static double[][] DELTA_O() {
        return new double[][] {{0.2, -0.7, 0.5}, {-0.6, 0.25, 0.35}};
    }

    /** δ₁, δ₂ written out, with switches for the known mistakes. */
    static double[][] deltas(double[][] h, double[][] dO, double[][] who, double[][] whh, String variant) {
        double[][] d = new double[2][2];
        for (int t = 2; t >= 1; t--) {
            for (int i = 0; i < 2; i++) {
                double out = 0;
                for (int k = 0; k < 3; k++) {
                    out += who[i][k] * dO[t - 1][k];
                }
                double rec = 0;
                if (t == 1 && !variant.equals("truncated")) {
                    for (int j = 0; j < 2; j++) {
                        rec += (variant.equals("whh-not-transposed") ? whh[j][i] : whh[i][j]) * d[1][j];
                    }
                }
                double sp = h[t - 1][i] * (1 - h[t - 1][i]);
                d[t - 1][i] = variant.equals("no-sigma-prime-through-time") ? out * sp + rec : (out + rec) * sp;
            }
        }
        return d;
    }

    static Check.Mistake[] task1Mistakes(double[][] h, double[][] dO) {
        return new Check.Mistake[] {
            mistake("no-sigma-prime-through-time", deltas(h, dO, WHO(), WHH(), "no-sigma-prime-through-time")),
            mistake("truncated", deltas(h, dO, WHO(), WHH(), "truncated")),
            mistake("whh-not-transposed", deltas(h, dO, WHO(), WHH(), "whh-not-transposed"))};
    }

    @Test
    @Tag("task:1")
    void lastStepDeltaHasOnlyTheOutputTerm() {
        double[][] d = TwoStepBptt.hiddenDeltas(H(), DELTA_O(), WHO(), WHH());
        Check.failIf(d == null || d.length != 2, "truncated", "hiddenDeltas must return {δ₁, δ₂}");
        // δ₂ = (δᵒ₂ W_hoᵀ) ⊙ h₂(1 − h₂): (−0.9 − 0.125 + 0.105)·0.2496 and (0.6 + 0.2 + 0.21)·0.1539
        double[] expected = {(1.5 * -0.6 - 0.5 * 0.25 + 0.3 * 0.35) * 0.48 * 0.52, (-1.0 * -0.6 + 0.8 * 0.25 + 0.6 * 0.35) * 0.81 * 0.19};
        Check.near("δ₂", expected, d[1], 1e-12);
    }

    @Test
    @Tag("task:1")
    void firstStepDeltaAddsTheRecurrentTermBeforeSigmaPrime() {
        Check.near("{δ₁, δ₂}", deltas(H(), DELTA_O(), WHO(), WHH(), ""), TwoStepBptt.hiddenDeltas(H(), DELTA_O(), WHO(), WHH()), 1e-12,
                task1Mistakes(H(), DELTA_O()));
    }

    @Test
    @Tag("task:2")
    void recurrentGradientSumsBothSteps() {
        double[][] delta = {{0.03, -0.05}, {0.08, 0.02}};
        double[][] expected = new double[2][2];
        double[][] last = new double[2][2];
        double[][] same = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                expected[i][j] = H0()[i] * delta[0][j] + H()[0][i] * delta[1][j];
                last[i][j] = H()[0][i] * delta[1][j];
                same[i][j] = H()[0][i] * delta[0][j] + H()[1][i] * delta[1][j];
            }
        }
        Check.near("∂C/∂W_hh", expected, TwoStepBptt.recurrentWeightGradient(H0(), H(), delta), 1e-12,
                mistake("last-step-only", last), mistake("state-of-same-step", same));
    }

    // ---- an independent forward pass and cost, for central differences ----

    static double[] step(double[] x, double[] h, double[][] whh) {
        double[] out = new double[2];
        for (int j = 0; j < 2; j++) {
            double z = BH()[j];
            for (int i = 0; i < 3; i++) {
                z += x[i] * WXH()[i][j];
            }
            for (int i = 0; i < 2; i++) {
                z += h[i] * whh[i][j];
            }
            out[j] = 1 / (1 + Math.exp(-z));
        }
        return out;
    }

    static double logProb(double[] h, int y) {
        double[] o = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            o[k] = BO()[k] + h[0] * WHO()[0][k] + h[1] * WHO()[1][k];
            sum += Math.exp(o[k]);
        }
        return o[y] - Math.log(sum);
    }

    static double cost(double[][] whh) {
        double[] h1 = step(XS()[0], H0(), whh);
        double[] h2 = step(XS()[1], h1, whh);
        return -logProb(h1, TARGETS()[0]) - logProb(h2, TARGETS()[1]);
    }

    @Test
    @Tag("task:3")
    void wholeGradientMatchesCentralDifferencesOfTheCost() {
        double eps = 1e-6;
        double[][] fd = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double[][] up = {WHH()[0].clone(), WHH()[1].clone()};
                double[][] down = {WHH()[0].clone(), WHH()[1].clone()};
                up[i][j] += eps;
                down[i][j] -= eps;
                fd[i][j] = (cost(up) - cost(down)) / (2 * eps);
            }
        }
        // Tolerance 1e-8: central differences with ε = 1e-6 on a cost near 2 are good to about 1e-10.
        Check.near("∂C/∂W_hh against central differences", fd,
                TwoStepBptt.whhGradient(XS(), H0(), TARGETS(), WXH(), WHH(), BH(), WHO(), BO()), 1e-8);
    }

    @Test
    @Tag("task:1")
    void hiddenDeltasLeaveTheirArgumentsUnchanged() {
        double[][] h = H();
        double[][] deltaO = DELTA_O();
        double[][] who = WHO();
        double[][] whh = WHH();
        TwoStepBptt.hiddenDeltas(h, deltaO, who, whh);
        Check.near("h after hiddenDeltas", H(), h, 0);
        Check.near("δᵒ after hiddenDeltas", DELTA_O(), deltaO, 0);
        Check.near("W_ho after hiddenDeltas", WHO(), who, 0);
        Check.near("W_hh after hiddenDeltas", WHH(), whh, 0);
    }

    @Test
    @Tag("task:2")
    void recurrentWeightGradientLeavesItsArgumentsUnchanged() {
        double[] h0 = H0();
        double[][] h = H();
        double[][] delta = {{0.03, -0.05}, {0.08, 0.02}};
        TwoStepBptt.recurrentWeightGradient(h0, h, delta);
        Check.near("h₀ after recurrentWeightGradient", H0(), h0, 0);
        Check.near("h after recurrentWeightGradient", H(), h, 0);
        Check.near("δ after recurrentWeightGradient", new double[][] {{0.03, -0.05}, {0.08, 0.02}}, delta, 0);
    }

    @Test
    @Tag("task:3")
    void whhGradientLeavesItsArgumentsUnchanged() {
        double[][] xs = XS();
        double[] h0 = H0();
        int[] targets = TARGETS();
        double[][] wxh = WXH();
        double[][] whh = WHH();
        double[] bh = BH();
        double[][] who = WHO();
        double[] bo = BO();
        TwoStepBptt.whhGradient(xs, h0, targets, wxh, whh, bh, who, bo);
        Check.near("xs after whhGradient", XS(), xs, 0);
        Check.near("h₀ after whhGradient", H0(), h0, 0);
        Check.near("targets after whhGradient", new double[] {TARGETS()[0], TARGETS()[1]}, new double[] {targets[0], targets[1]}, 0);
        Check.near("W_xh after whhGradient", WXH(), wxh, 0);
        Check.near("W_hh after whhGradient", WHH(), whh, 0);
        Check.near("b_h after whhGradient", BH(), bh, 0);
        Check.near("W_ho after whhGradient", WHO(), who, 0);
        Check.near("b_o after whhGradient", BO(), bo, 0);
    }
}
