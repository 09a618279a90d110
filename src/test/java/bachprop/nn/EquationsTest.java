package bachprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One claim per equation 1–24 of the text (sections 2–4), each checked against the code that
 * computes it, a second way: a definition written out in the test, a difference quotient, or the
 * numbers of Mazur's worked example (docs/oracles.md). Mazur's figures themselves are checked in
 * MazurOracleTest; docs/equations.md maps every equation to its tests.
 */
class EquationsTest {
    /** Agreement between two computations of the same sum in a different order. */
    static final double ROUNDING = 1e-12;
    /** Central differences with ε = 1e-6 against an exact derivative (error ~ε² + rounding/ε ≈ 1e-10). */
    static final double CENTRAL = 1e-8;

    static final Vec X = MazurOracleTest.X;
    static final Vec Y = MazurOracleTest.Y;

    /** Mazur's 2-2-2 network: w1..w4 into the hidden layer, w5..w8 into the output layer. */
    static Network mazur() {
        return MazurOracleTest.mazur();
    }

    /** A 3-4-3-2 network (non-square layers, two hidden layers) and an example for it. */
    static Network deep() {
        return Network.random(11, 3, 4, 3, 2);
    }

    static final Vec DEEP_X = new Vec(0.3, -0.7, 0.9);
    static final Vec DEEP_Y = new Vec(1, 0);

    /** The cost when layer l's weighted input is replaced by {@code zl} and the rest fed forward. */
    static double costFromLayer(Network net, int l, Vec zl, Vec y) {
        Vec a = Sigmoid.sigma(zl);
        for (int m = l + 1; m <= net.L(); m++) {
            a = Sigmoid.sigma(net.weight(m).times(a).plus(net.bias(m)));
        }
        return QuadraticCost.cost(a, y);
    }

    /** zˡ⁺¹ when layer l's weighted input is {@code zl}. */
    static Vec nextZ(Network net, int l, Vec zl) {
        return net.weight(l + 1).times(Sigmoid.sigma(zl)).plus(net.bias(l + 1));
    }

    static Vec nudged(Vec v, int i, double h) {
        double[] r = v.toArray();
        r[i] += h;
        return new Vec(r);
    }

    /** δˡ for every layer from the code under test (BP1, then BP2 backwards). */
    static Vec[] deltas(Network net, Vec x, Vec y) {
        ForwardPass f = net.forward(x, null);
        Vec[] delta = new Vec[net.L() + 1];
        delta[net.L()] = net.outputError(f, y, Recorder.OFF);
        for (int l = net.L() - 1; l >= 2; l--) {
            delta[l] = net.hiddenError(l, f, delta[l + 1], Recorder.OFF);
        }
        return delta;
    }

    @Nested
    class FeedForward {
        @Test
        void eq2DotProductEqualsTheSumOfEq1() {
            Random r = new Random(3);
            double[] x = new double[7];
            double[] w = new double[7];
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextGaussian();
                w[i] = r.nextGaussian();
                sum += x[i] * w[i]; // (1) z′ = Σᵢ xᵢ wᵢ, written out
            }
            assertEquals(sum, new Vec(x).dot(new Vec(w)), ROUNDING);
        }

        @Test
        void dotProductRejectsVectorsOfDifferentSizes() {
            assertThrows(IllegalArgumentException.class, () -> new Vec(1, 2).dot(new Vec(1, 2, 3)));
        }

        @Test
        void eq3EachWeightedInputIsItsWeightRowDotTheInputPlusItsBias() {
            Network net = deep();
            ForwardPass f = net.forward(DEEP_X, null);
            for (int l = 2; l <= net.L(); l++) {
                for (int k = 0; k < net.size(l); k++) {
                    double z = net.bias(l, k);
                    for (int j = 0; j < net.size(l - 1); j++) {
                        z += net.weight(l, k, j) * f.a(l - 1).get(j);
                    }
                    assertEquals(z, f.z(l).get(k), ROUNDING, "z of neuron " + k + " in layer " + l);
                }
            }
        }

        @Test
        void eq4MazurHiddenWeightedInputsAreWTimesXPlusB() {
            ForwardPass f = mazur().forward(X, null);
            assertEquals(0.3775, f.z(2).get(0), ROUNDING);
            assertEquals(0.3925, f.z(2).get(1), ROUNDING);
        }

        @Test
        void eq4TextsXWFormAgreesOnlyWithTheTransposedLayout() {
            Network net = mazur();
            Mat w = net.weight(2); // rows = neurons (the text's wˡ_{k,j})
            Mat columns = new Mat(new double[][] {{w.get(0, 0), w.get(1, 0)}, {w.get(0, 1), w.get(1, 1)}});
            Vec xW = columns.transposeTimes(X).plus(net.bias(2)); // x M as a column
            Vec xWRowsLayout = w.transposeTimes(X).plus(net.bias(2)); // x W with W's rows as neurons
            Vec z = net.forward(X, null).z(2);
            assertEquals(z.get(0), xW.get(0), ROUNDING);
            assertEquals(z.get(1), xW.get(1), ROUNDING);
            assertNotEquals(z.get(1), xWRowsLayout.get(1), 1e-3, "xW with the rows layout must differ");
        }

        @Test
        void eq5ActivationIsSigmaOfWeightedInputEntryByEntry() {
            ForwardPass f = deep().forward(DEEP_X, null);
            for (int l = 2; l < f.zs().length; l++) {
                for (int j = 0; j < f.z(l).size(); j++) {
                    assertEquals(1 / (1 + Math.exp(-f.z(l).get(j))), f.a(l).get(j), ROUNDING);
                }
            }
        }

        @Test
        void eq6SigmoidMatchesTheTextsFormula() {
            for (double z = -30; z <= 30; z += 0.37) {
                assertEquals(1 / (1 + Math.exp(-z)), Sigmoid.sigma(z), 1e-15, "σ(" + z + ")");
            }
            assertEquals(0.5, Sigmoid.sigma(0), 0);
        }

        @Test
        void eq6SigmoidIsSymmetricAndStaysInItsRangeForHugeInputs() {
            for (double z : new double[] {-1e6, -800, -40, -1.5, 0.2, 40, 800, 1e6}) {
                double s = Sigmoid.sigma(z);
                assertTrue(s >= 0 && s <= 1, "σ(" + z + ") = " + s);
                assertEquals(1 - s, Sigmoid.sigma(-z), 1e-15);
            }
        }
    }

    @Nested
    class Cost {
        @Test
        void eq7CostIsHalfTheSumOfSquaredGaps() {
            Vec a = new Vec(0.2, 0.9, 0.4);
            Vec y = new Vec(0.0, 1.0, 1.0);
            double c = 0.5 * (0.2 * 0.2 + 0.1 * 0.1 + 0.6 * 0.6);
            assertEquals(c, QuadraticCost.cost(a, y), ROUNDING);
        }

        @Test
        void costDerivativeIsOutputMinusTargetAsDifferenceQuotientsShow() {
            Vec a = new Vec(0.2, 0.9, 0.4);
            Vec y = new Vec(0.0, 1.0, 1.0);
            Vec dCda = QuadraticCost.costDerivative(a, y);
            for (int j = 0; j < a.size(); j++) {
                double numeric =
                        (QuadraticCost.cost(nudged(a, j, 1e-6), y) - QuadraticCost.cost(nudged(a, j, -1e-6), y)) / 2e-6;
                assertEquals(numeric, dCda.get(j), CENTRAL);
            }
        }
    }

    @Nested
    class Derivatives {
        /** C(w, b) = ½(y − σ(w x + b))² of a 1-1 network: a function of two variables. */
        final double x = 0.8;

        final double y = 0.1;

        Network oneOne(double w, double b) {
            return new Network(List.of(new Mat(new double[][] {{w}})), List.of(new Vec(b)));
        }

        double sigmoidSlopeByHand(double z) {
            double e = Math.exp(-z);
            return e / ((1 + e) * (1 + e)); // d/dz (1 + e⁻ᶻ)⁻¹, derived without σ(1 − σ)
        }

        @Test
        void eq8ForwardDifferenceQuotientApproachesSigmaPrimeAtFirstOrder() {
            double previous = Double.MAX_VALUE;
            for (double h = 1e-1; h >= 1e-5; h /= 10) {
                double quotient = (Sigmoid.sigma(0.5 + h) - Sigmoid.sigma(0.5)) / h; // (8) without the limit
                double error = Math.abs(quotient - Sigmoid.sigmaPrime(0.5));
                assertTrue(error <= 0.05 * h + 1e-10, "h = " + h + ": error " + error); // |σ″| ≤ 0.1, so error ≤ 0.05 h
                assertTrue(error < previous, "the error shrinks with h");
                previous = error;
            }
        }

        @Test
        void sigmaPrimeIsSigmaTimesOneMinusSigmaAndFiniteForHugeInputs() {
            for (double z = -20; z <= 20; z += 0.5) {
                assertEquals(sigmoidSlopeByHand(z), Sigmoid.sigmaPrime(z), 1e-15, "σ′(" + z + ")");
            }
            assertEquals(0.25, Sigmoid.sigmaPrime(0), 0);
            for (double z : new double[] {-800, 800, -1e6, 1e6}) {
                double s = Sigmoid.sigmaPrime(z);
                assertTrue(Double.isFinite(s) && s >= 0 && s < 1e-300, "σ′(" + z + ") = " + s);
            }
        }

        @Test
        void eq8GradientCheckGivesTheSingleVariableDerivativeOfCostInOneWeight() {
            double w = 0.7;
            double b = -0.2;
            double a = Sigmoid.sigma(w * x + b);
            double byHand = (a - y) * sigmoidSlopeByHand(w * x + b) * x; // dC/dw by the chain rule, no network code
            assertEquals(byHand, GradientCheck.weight(oneOne(w, b), new Vec(x), new Vec(y), 2, 0, 0, 1e-6), CENTRAL);
        }

        @Test
        void eq9GradientCheckGivesBothPartialsOfATwoVariableCost() {
            double w = -1.3;
            double b = 0.4;
            double a = Sigmoid.sigma(w * x + b);
            double slope = (a - y) * sigmoidSlopeByHand(w * x + b);
            Network net = oneOne(w, b);
            assertEquals(
                    slope * x,
                    GradientCheck.weight(net, new Vec(x), new Vec(y), 2, 0, 0, 1e-6),
                    CENTRAL); // ∂C/∂w, b fixed
            assertEquals(slope, GradientCheck.bias(net, new Vec(x), new Vec(y), 2, 0, 1e-6), CENTRAL); // ∂C/∂b, w fixed
        }

        @Test
        void eq9TextsExampleHasPartials2xPlus2yAnd2xPlus6y() {
            double h = 1e-7;
            for (double[] p : new double[][] {{1, 2}, {-0.5, 3}, {0, 0}}) {
                double gxy = g(p[0], p[1]);
                assertEquals(2 * p[0] + 2 * p[1], (g(p[0] + h, p[1]) - gxy) / h, 1e-5);
                assertEquals(2 * p[0] + 6 * p[1], (g(p[0], p[1] + h) - gxy) / h, 1e-5);
            }
        }

        double g(double x, double y) {
            return x * x + 2 * x * y + 3 * y * y;
        }

        @Test
        void eq10CentralDifferencesAgreeWithBackpropOnEveryParameter() {
            assertTrue(GradientCheck.maxRelativeError(deep(), DEEP_X, DEEP_Y) < 1e-6);
            assertTrue(GradientCheck.maxRelativeError(mazur(), X, Y) < 1e-6);
        }

        @Test
        void eq11LinearApproximationErrorIsSecondOrderInTheStep() {
            Network net = mazur();
            double slope = net.backprop(X, Y).nablaW(3).get(0, 0);
            double[] errors = new double[3];
            double step = 1e-1;
            for (int i = 0; i < errors.length; i++, step /= 10) {
                Network moved = net.copy();
                moved.setWeight(3, 0, 0, net.weight(3, 0, 0) + step);
                double actual = moved.cost(X, Y) - net.cost(X, Y);
                errors[i] = Math.abs(actual - slope * step); // (11) Δf ≈ f′ Δa
            }
            for (int i = 1; i < errors.length; i++) {
                double ratio = errors[i - 1] / errors[i];
                assertTrue(ratio > 50 && ratio < 200, "a 10× smaller step should shrink the error ~100×, got " + ratio);
            }
        }

        @Test
        void eq12DeltaCIsApproximatelyGradientDotDeltaVForSmallSteps() {
            Network net = deep();
            Gradient grad = net.backprop(DEEP_X, DEEP_Y);
            Random r = new Random(8);
            List<double[]> direction = new ArrayList<>(); // per parameter: l, k, j (−1 for a bias), component
            for (int l = 2; l <= net.L(); l++) {
                for (int k = 0; k < net.size(l); k++) {
                    direction.add(new double[] {l, k, -1, r.nextGaussian()});
                    for (int j = 0; j < net.size(l - 1); j++) {
                        direction.add(new double[] {l, k, j, r.nextGaussian()});
                    }
                }
            }
            double previousError = Double.MAX_VALUE;
            for (double s = 1e-2; s >= 1e-4; s /= 10) {
                Network moved = net.copy();
                double predicted = 0;
                for (double[] d : direction) {
                    int l = (int) d[0];
                    int k = (int) d[1];
                    int j = (int) d[2];
                    double dv = s * d[3];
                    if (j < 0) {
                        moved.setBias(l, k, net.bias(l, k) + dv);
                        predicted += grad.nablaB(l).get(k) * dv; // (12) Σᵢ ∂C/∂vᵢ Δvᵢ
                    } else {
                        moved.setWeight(l, k, j, net.weight(l, k, j) + dv);
                        predicted += grad.nablaW(l).get(k, j) * dv;
                    }
                }
                double actual = moved.cost(DEEP_X, DEEP_Y) - net.cost(DEEP_X, DEEP_Y);
                double error = Math.abs(actual - predicted);
                assertTrue(
                        error < 0.05 * Math.abs(predicted), "s = " + s + ": ΔC " + actual + " vs ∇C·Δv " + predicted);
                assertTrue(error < previousError / 50, "second-order error shrinks ~100× per 10× smaller step");
                previousError = error;
            }
        }
    }

    @Nested
    class GradientDescent {
        @Test
        void eq13UpdateSubtractsEtaTimesTheGradientFromEveryParameter() {
            Network net = deep();
            Gradient grad = net.backprop(DEEP_X, DEEP_Y);
            Network stepped = net.copy();
            stepped.update(grad, 0.3);
            for (int l = 2; l <= net.L(); l++) {
                for (int k = 0; k < net.size(l); k++) {
                    assertEquals(net.bias(l, k) - 0.3 * grad.nablaB(l).get(k), stepped.bias(l, k), ROUNDING);
                    for (int j = 0; j < net.size(l - 1); j++) {
                        assertEquals(
                                net.weight(l, k, j) - 0.3 * grad.nablaW(l).get(k, j),
                                stepped.weight(l, k, j),
                                ROUNDING);
                    }
                }
            }
        }

        @Test
        void eq13CostFallsForSmallEtaAtTheRateTheLinearApproximationPredicts() {
            Network net = deep();
            Gradient grad = net.backprop(DEEP_X, DEEP_Y);
            double squaredLength = 0;
            for (int l = 2; l <= net.L(); l++) {
                for (int k = 0; k < net.size(l); k++) {
                    squaredLength += Math.pow(grad.nablaB(l).get(k), 2);
                    for (int j = 0; j < net.size(l - 1); j++) {
                        squaredLength += Math.pow(grad.nablaW(l).get(k, j), 2);
                    }
                }
            }
            for (double eta : new double[] {1e-1, 1e-2, 1e-3}) {
                Network stepped = net.copy();
                stepped.update(grad, eta);
                double dC = stepped.cost(DEEP_X, DEEP_Y) - net.cost(DEEP_X, DEEP_Y);
                assertTrue(dC < 0, "η = " + eta + " lowers the cost");
                assertEquals(-eta * squaredLength, dC, 0.1 * eta * squaredLength, "ΔC ≈ −η|∇C|² within 10%");
            }
        }

        @Test
        void eq13MeanCostRisesWhenEtaIsTooLarge() {
            List<Example> batch = List.of(
                    new Example(new Vec(0.05, 0.10), new Vec(0.01, 0.99)),
                    new Example(new Vec(0.90, 0.20), new Vec(0.99, 0.60)),
                    new Example(new Vec(0.40, 0.60), new Vec(0.50, 0.50)),
                    new Example(new Vec(0.70, 0.70), new Vec(0.20, 0.80)));
            Network small = mazur();
            small.updateMiniBatch(batch, 1);
            Network large = mazur();
            large.updateMiniBatch(batch, 100);
            double before = mazur().meanCost(batch);
            assertTrue(small.meanCost(batch) < before, "η = 1 lowers the mean cost");
            assertTrue(large.meanCost(batch) > before, "η = 100 overshoots: the mean cost rises");
        }
    }
}
