import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RnnStepTest {
    // 3 inputs, 2 hidden neurons, 3 outputs: no matrix is square, so rows and columns cannot be confused silently.
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

    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Eq. 25 written out entry by entry, the second way to the answer. */
    static double[] step(double[] x, double[] h, double[][] wxh, double[][] whh, double[] bh, boolean recurrent, boolean columns) {
        double[] out = new double[bh.length];
        for (int j = 0; j < out.length; j++) {
            double z = bh[j];
            for (int i = 0; i < x.length; i++) {
                z += x[i] * (columns ? wxh[j][i] : wxh[i][j]);
            }
            if (recurrent) {
                for (int i = 0; i < h.length; i++) {
                    z += h[i] * (columns ? whh[j][i] : whh[i][j]);
                }
            }
            out[j] = sig(z);
        }
        return out;
    }

    @Test
    @Tag("task:1")
    void hiddenStateMatchesTheWorkedExampleInTheInstructions() {
        double[] h = RnnStep.hiddenState(new double[] {1, 0}, new double[] {0.2}, new double[][] {{0.5}, {-1.0}},
                new double[][] {{2.0}}, new double[] {0.1});
        // σ(0.5 + 0.4 + 0.1) = σ(1); tolerance 1e-10 (the figure is printed to 10 decimals).
        Check.near("h for the one-neuron example", new double[] {0.7310585786}, h, 1e-10,
                mistake("no-recurrent-term", sig(0.6)));
    }

    @Test
    @Tag("task:1")
    void hiddenStateAddsTheInputAndTheRecurrentTermsWithRowVectors() {
        double[] x = {1.0, -0.5, 2.0};
        double[] hPrev = {0.3, 0.9};
        Check.near("h_t with 3 inputs and 2 hidden neurons", step(x, hPrev, WXH(), WHH(), BH(), true, false),
                RnnStep.hiddenState(x, hPrev, WXH(), WHH(), BH()), 1e-12,
                mistake("no-recurrent-term", step(x, hPrev, WXH(), WHH(), BH(), false, false)));
    }

    @Test
    @Tag("task:1")
    void hiddenStateUsesColumnsOfSquareWeightsAsNeurons() {
        double[][] wxh = {{0.5, -0.3}, {0.8, 0.2}};
        double[] x = {1.0, -0.5};
        double[] hPrev = {0.3, 0.9};
        Check.near("h_t with 2 inputs and 2 hidden neurons", step(x, hPrev, wxh, WHH(), BH(), true, false),
                RnnStep.hiddenState(x, hPrev, wxh, WHH(), BH()), 1e-12,
                mistake("column-convention", step(x, hPrev, wxh, WHH(), BH(), true, true)),
                mistake("no-recurrent-term", step(x, hPrev, wxh, WHH(), BH(), false, false)));
    }

    static double[][] XS() {

        return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}};

    }

    static double[] H0() {
        return new double[] {0.5, -0.5};
    }

    @Test
    @Tag("task:2")
    void unrollFeedsEachStateIntoTheNextStep() {
        double[][] expected = new double[XS().length][];
        double[][] fromH0 = new double[XS().length][];
        double[] h = H0();
        for (int t = 0; t < XS().length; t++) {
            h = step(XS()[t], h, WXH(), WHH(), BH(), true, false);
            expected[t] = h;
            fromH0[t] = step(XS()[t], H0(), WXH(), WHH(), BH(), true, false);
        }
        Check.near("h₁ … h₄", expected, RnnStep.unroll(XS(), H0(), WXH(), WHH(), BH()), 1e-12, mistake("h0-every-step", fromH0));
    }

    @Test
    @Tag("task:2")
    void theLastStateDependsOnTheFirstToken() {
        double[][] other = {{0, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}}; // only x₁ differs
        double[][] a = RnnStep.unroll(XS(), H0(), WXH(), WHH(), BH());
        double[][] b = RnnStep.unroll(other, H0(), WXH(), WHH(), BH());
        Check.failIf(a == null || b == null, "h0-every-step", "unroll returned null");
        Check.failIf(Math.abs(a[3][0] - b[3][0]) < 1e-9 && Math.abs(a[3][1] - b[3][1]) < 1e-9, "h0-every-step",
                "h₄ is the same whatever x₁ is: the state is not carried from step to step");
    }

    @Test
    @Tag("task:3")
    void outputIsASoftmaxThatSumsToOne() {
        double[] h = {0.6, 0.2};
        double[] o = new double[3];
        double sum = 0;
        double[] sigmoid = new double[3];
        for (int k = 0; k < 3; k++) {
            o[k] = h[0] * WHO()[0][k] + h[1] * WHO()[1][k] + BO()[k];
            sum += Math.exp(o[k]);
            sigmoid[k] = sig(o[k]);
        }
        double[] expected = new double[3];
        for (int k = 0; k < 3; k++) {
            expected[k] = Math.exp(o[k]) / sum;
        }
        Check.near("ŷ = softmax(h W_ho + b_o)", expected, RnnStep.output(h, WHO(), BO()), 1e-12, mistake("sigmoid-output", sigmoid));
    }

    @Test
    @Tag("task:3")
    void outputDoesNotOverflowForLargeWeights() {
        double[] y = RnnStep.output(new double[] {1.0}, new double[][] {{800.0, 799.0}}, new double[] {0, 0});
        // e^800 overflows a double; e^1 / (e^1 + 1) does not. Tolerance 1e-12.
        Check.near("softmax of (800, 799)", new double[] {Math.E / (Math.E + 1), 1 / (Math.E + 1)}, y, 1e-12);
    }

    @Test
    @Tag("task:3")
    void outputStaysFiniteForLargeNegativeAndFarApartInputs() {
        // e^(−800) underflows to 0 (and 0/0 is NaN); shifting by the smallest of (−800, 800) still overflows.
        double[] low = RnnStep.output(new double[] {1.0}, new double[][] {{-800.0, -799.0}}, new double[] {0, 0});
        Check.near("softmax of (−800, −799)", new double[] {1 / (Math.E + 1), Math.E / (Math.E + 1)}, low, 1e-12);
        double[] apart = RnnStep.output(new double[] {1.0}, new double[][] {{-800.0, 800.0}}, new double[] {0, 0});
        Check.near("softmax of (−800, 800)", new double[] {0, 1}, apart, 1e-12);
    }

    @Test
    @Tag("task:1")
    void hiddenStateLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[] x = {1, 0, 0};
        double[] hPrev = H0();
        double[][] wxh = WXH();
        double[][] whh = WHH();
        double[] bh = BH();
        double[] h = RnnStep.hiddenState(x, hPrev, wxh, whh, bh);
        Check.near("x after hiddenState", new double[] {1, 0, 0}, x, 0);
        Check.near("h_{t−1} after hiddenState", H0(), hPrev, 0);
        Check.near("W_xh after hiddenState", WXH(), wxh, 0);
        Check.near("W_hh after hiddenState", WHH(), whh, 0);
        Check.near("b_h after hiddenState", BH(), bh, 0);
        Assertions.assertTrue(h != hPrev && h != bh, "hiddenState must return a new array");
    }

    @Test
    @Tag("task:2")
    void unrollLeavesItsArgumentsUnchangedAndReturnsNewStates() {
        double[][] xs = XS();
        double[] h0 = H0();
        double[][] hs = RnnStep.unroll(xs, h0, WXH(), WHH(), BH());
        Check.near("xs after unroll", XS(), xs, 0);
        Check.near("h₀ after unroll", H0(), h0, 0);
        for (double[] h : hs) {
            Assertions.assertNotSame(h0, h, "unroll's states must be new arrays, not h₀");
        }
        Check.near("states of an empty sequence", 0, RnnStep.unroll(new double[0][], H0(), WXH(), WHH(), BH()).length, 0);
    }

    @Test
    @Tag("task:3")
    void outputLeavesItsArgumentsUnchanged() {
        double[] h = {0.6, 0.2};
        double[][] who = WHO();
        double[] bo = BO();
        double[] y = RnnStep.output(h, who, bo);
        Check.near("h after output", new double[] {0.6, 0.2}, h, 0);
        Check.near("W_ho after output", WHO(), who, 0);
        Check.near("b_o after output", BO(), bo, 0);
        Assertions.assertTrue(y != bo, "output must return a new array, not b_o");
    }
}
