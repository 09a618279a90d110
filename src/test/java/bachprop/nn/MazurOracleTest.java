package bachprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mazur's 2-2-2 worked example (docs/oracles.md), reproduced to 1e-9. The oracle values were
 * computed independently of this code; they are the test's expectations, not the code's.
 */
class MazurOracleTest {
    static final double TOL = 1e-9;

    static Network mazur() {
        return new Network(
                List.of(new Mat(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), new Mat(new double[][] {
                    {0.40, 0.45}, {0.50, 0.55}
                })),
                List.of(new Vec(0.35, 0.35), new Vec(0.60, 0.60)));
    }

    /**
     * The oracle is printed to 8 or 9 decimals; the tolerance is 1e-9 or half the oracle's last
     * printed digit, whichever is larger, so a correctly rounded oracle always passes.
     */
    static void oracle(String expected, double actual) {
        int decimals = expected.length() - expected.indexOf('.') - 1;
        double tol = Math.max(TOL, 0.5 * Math.pow(10, -decimals) + 1e-15);
        assertEquals(Double.parseDouble(expected), actual, tol, "oracle " + expected);
    }

    static final Vec X = new Vec(0.05, 0.10);
    static final Vec Y = new Vec(0.01, 0.99);

    @Test
    void forwardPassMatchesMazur() {
        ForwardPass f = mazur().forward(X, null);
        oracle("0.3775", f.z(2).get(0));
        oracle("0.593269992", f.a(2).get(0));
        oracle("0.596884378", f.a(2).get(1));
        oracle("0.75136507", f.a(3).get(0));
        oracle("0.772928465", f.a(3).get(1));
        oracle("0.298371109", mazur().cost(X, Y));
    }

    @Test
    void outputAndHiddenDeltasMatchMazur() {
        Trace t = new Trace();
        mazur().backprop(X, Y, t);
        List<Step> bp1 = t.of(Equation.BP1);
        List<Step> bp2 = t.of(Equation.BP2);
        oracle("0.138498562", bp1.get(0).value());
        oracle("-0.038098237", bp1.get(1).value());
        oracle("0.008771355", bp2.get(0).value());
        oracle("0.009954255", bp2.get(1).value());
    }

    @Test
    void weightGradientsMatchMazur() {
        Gradient g = mazur().backprop(X, Y);
        oracle("0.082167041", g.nablaW(3).get(0, 0)); // ∂E/∂w5
        oracle("0.000438568", g.nablaW(2).get(0, 0)); // ∂E/∂w1
        oracle("0.138498562", g.nablaB(3).get(0)); // BP3: ∂C/∂b = δ
    }

    @Test
    void weightsOnlyUpdateMatchesMazur() {
        Network net = mazur();
        net.update(net.backprop(X, Y), 0.5, false, null);
        oracle("0.35891648", net.weight(3, 0, 0));
        oracle("0.408666186", net.weight(3, 0, 1));
        oracle("0.511301270", net.weight(3, 1, 0));
        oracle("0.561370121", net.weight(3, 1, 1));
        oracle("0.149780716", net.weight(2, 0, 0));
        oracle("0.19956143", net.weight(2, 0, 1));
        oracle("0.24975114", net.weight(2, 1, 0));
        oracle("0.29950229", net.weight(2, 1, 1));
        oracle("0.291027774", net.cost(X, Y));
    }

    @Test
    void weightsAndBiasesUpdateMatchesMazur() {
        Network net = mazur();
        net.update(net.backprop(X, Y), 0.5, true, null);
        oracle("0.280471447", net.cost(X, Y));
        oracle("0.530750719", net.bias(3, 0));
        oracle("0.619049118", net.bias(3, 1));
        oracle("0.345614323", net.bias(2, 0));
        oracle("0.345022873", net.bias(2, 1));
    }

    @Test
    void blogFigureComesFromUsingAlreadyUpdatedOutputWeights() {
        // The blog's 0.291027924 is reproduced only by the bug: hidden δ from updated w5..w8.
        Network net = mazur();
        ForwardPass f = net.forward(X, null);
        Vec deltaOut = net.outputError(f, Y, Recorder.OFF);
        Mat nablaW3 = deltaOut.outer(f.a(2));
        Network buggy = mazur();
        buggy.update(
                new Gradient(
                        new Mat[] {null, null, Mat.zeros(2, 2), nablaW3},
                        new Vec[] {null, null, Vec.zeros(2), Vec.zeros(2)}),
                0.5,
                false,
                null);
        Vec deltaHiddenBuggy = buggy.hiddenError(2, f, deltaOut, Recorder.OFF);
        Mat nablaW2 = deltaHiddenBuggy.outer(f.a(1));
        buggy.update(
                new Gradient(
                        new Mat[] {null, null, nablaW2, Mat.zeros(2, 2)},
                        new Vec[] {null, null, Vec.zeros(2), Vec.zeros(2)}),
                0.5,
                false,
                null);
        assertEquals(0.291027924, buggy.cost(X, Y), 1e-9);
    }

    @Test
    void centralDifferenceAgreesWithBackpropOnW5() {
        double numeric = GradientCheck.weight(mazur(), X, Y, 3, 0, 0, 1e-6);
        assertEquals(0.082167041, numeric, 1e-9);
        assertEquals(mazur().backprop(X, Y).nablaW(3).get(0, 0), numeric, 1e-9);
    }
}
