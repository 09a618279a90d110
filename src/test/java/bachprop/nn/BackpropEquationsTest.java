package bachprop.nn;

import static bachprop.nn.EquationsTest.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Equations 14–24 of the text (section 4): the four equations of backpropagation and the
 * mini-batch average, each checked a second way, as in {@link EquationsTest} whose networks and
 * helpers these tests share.
 */
class BackpropEquationsTest {
    @Nested
    class Backpropagation {
        @Test
        void eq14DeltaIsTheDerivativeOfCostWithRespectToWeightedInput() {
            Network net = deep();
            ForwardPass f = net.forward(DEEP_X, null);
            Vec[] delta = deltas(net, DEEP_X, DEEP_Y);
            for (int l = 2; l <= net.L(); l++) {
                for (int j = 0; j < net.size(l); j++) {
                    double numeric = (costFromLayer(net, l, nudged(f.z(l), j, 1e-6), DEEP_Y)
                                    - costFromLayer(net, l, nudged(f.z(l), j, -1e-6), DEEP_Y))
                            / 2e-6; // ∂C/∂zˡⱼ, z nudged directly
                    assertEquals(numeric, delta[l].get(j), CENTRAL, "δ of neuron " + j + " in layer " + l);
                }
            }
        }

        @Test
        void eq15OutputErrorIsCostSlopeInActivationTimesActivationSlope() {
            Network net = deep();
            ForwardPass f = net.forward(DEEP_X, null);
            Vec delta = net.outputError(f, DEEP_Y, Recorder.OFF);
            int L = net.L();
            for (int j = 0; j < net.size(L); j++) {
                Vec a = f.a(L);
                double dCda = (QuadraticCost.cost(nudged(a, j, 1e-6), DEEP_Y)
                                - QuadraticCost.cost(nudged(a, j, -1e-6), DEEP_Y))
                        / 2e-6;
                double z = f.z(L).get(j);
                double dadz = (Sigmoid.sigma(z + 1e-6) - Sigmoid.sigma(z - 1e-6)) / 2e-6;
                assertEquals(dCda * dadz, delta.get(j), CENTRAL);
            }
        }

        @Test
        void eq16IsBp1WrittenOut() {
            Network net = deep();
            ForwardPass f = net.forward(DEEP_X, null);
            Vec delta = net.outputError(f, DEEP_Y, Recorder.OFF);
            int L = net.L();
            for (int j = 0; j < net.size(L); j++) {
                double z = f.z(L).get(j);
                assertEquals((f.a(L).get(j) - DEEP_Y.get(j)) * Sigmoid.sigmaPrime(z), delta.get(j), ROUNDING);
            }
        }

        @Test
        void eq17IsTheWeightedSumOfNextErrorsTimesSigmaPrimeOnNonSquareLayers() {
            Network net = deep(); // W³ is 3×4, W⁴ is 2×3: a missing transpose cannot pass
            ForwardPass f = net.forward(DEEP_X, null);
            Vec[] delta = deltas(net, DEEP_X, DEEP_Y);
            for (int l = net.L() - 1; l >= 2; l--) {
                for (int j = 0; j < net.size(l); j++) {
                    double sum = 0;
                    for (int k = 0; k < net.size(l + 1); k++) {
                        sum += net.weight(l + 1, k, j) * delta[l + 1].get(k);
                    }
                    assertEquals(Sigmoid.sigmaPrime(f.z(l).get(j)) * sum, delta[l].get(j), ROUNDING);
                }
            }
        }

        @Test
        void eq18And19ChainRuleThroughTheNextLayerGivesDelta() {
            Network net = deep();
            ForwardPass f = net.forward(DEEP_X, null);
            Vec[] delta = deltas(net, DEEP_X, DEEP_Y);
            for (int l = 2; l < net.L(); l++) {
                for (int j = 0; j < net.size(l); j++) {
                    Vec up = nextZ(net, l, nudged(f.z(l), j, 1e-6));
                    Vec down = nextZ(net, l, nudged(f.z(l), j, -1e-6));
                    double chain = 0;
                    for (int k = 0; k < net.size(l + 1); k++) {
                        double slope = (up.get(k) - down.get(k)) / 2e-6; // ∂zˡ⁺¹ₖ/∂zˡⱼ by nudging
                        assertEquals(
                                net.weight(l + 1, k, j) * Sigmoid.sigmaPrime(f.z(l).get(j)), slope, CENTRAL, "(19)");
                        chain += delta[l + 1].get(k) * slope; // (18) Σₖ δˡ⁺¹ₖ ∂zˡ⁺¹ₖ/∂zˡⱼ
                    }
                    assertEquals(delta[l].get(j), chain, CENTRAL, "(18) for neuron " + j + " in layer " + l);
                }
            }
        }

        @Test
        void eq20BiasGradientIsDeltaAndAgreesWithCentralDifferences() {
            Network net = deep();
            Vec[] delta = deltas(net, DEEP_X, DEEP_Y);
            for (int l = 2; l <= net.L(); l++) {
                Vec nablaB = net.biasGradient(l, delta[l], Recorder.OFF);
                for (int j = 0; j < net.size(l); j++) {
                    assertEquals(delta[l].get(j), nablaB.get(j), 0);
                    assertEquals(GradientCheck.bias(net, DEEP_X, DEEP_Y, l, j, 1e-6), nablaB.get(j), CENTRAL);
                }
            }
        }

        @Test
        void eq21WeightedInputMovesOneForOneWithItsOwnBiasOnly() {
            Network net = deep();
            Vec z = net.forward(DEEP_X, null).z(3);
            Network moved = net.copy();
            moved.setBias(3, 1, net.bias(3, 1) + 1e-3);
            Vec zMoved = moved.forward(DEEP_X, null).z(3);
            for (int j = 0; j < z.size(); j++) {
                assertEquals(j == 1 ? 1.0 : 0.0, (zMoved.get(j) - z.get(j)) / 1e-3, 1e-9, "∂z³/∂b³₂ for neuron " + j);
            }
        }

        @Test
        void eq22WeightGradientIsDeltaOfNeuronFedTimesActivationOfNeuronFeeding() {
            Network net = deep();
            ForwardPass f = net.forward(DEEP_X, null);
            Vec[] delta = deltas(net, DEEP_X, DEEP_Y);
            for (int l = 2; l <= net.L(); l++) {
                Mat nablaW = net.weightGradient(l, delta[l], f.a(l - 1), Recorder.OFF);
                for (int k = 0; k < net.size(l); k++) {
                    for (int j = 0; j < net.size(l - 1); j++) {
                        assertEquals(delta[l].get(k) * f.a(l - 1).get(j), nablaW.get(k, j), ROUNDING);
                        assertEquals(
                                GradientCheck.weight(net, DEEP_X, DEEP_Y, l, k, j, 1e-6), nablaW.get(k, j), CENTRAL);
                    }
                }
            }
        }

        @Test
        void eq23And24WeightedInputOfNeuronKMovesWithWkjByActivationJAndNoOtherDoes() {
            Network net = deep();
            ForwardPass f = net.forward(DEEP_X, null);
            Vec[] delta = deltas(net, DEEP_X, DEEP_Y);
            int l = 3;
            for (int k = 0; k < net.size(l); k++) {
                for (int j = 0; j < net.size(l - 1); j++) {
                    Network moved = net.copy();
                    moved.setWeight(l, k, j, net.weight(l, k, j) + 1e-3);
                    Vec zMoved = moved.forward(DEEP_X, null).z(l);
                    for (int i = 0; i < net.size(l); i++) {
                        double slope = (zMoved.get(i) - f.z(l).get(i)) / 1e-3;
                        // (24) ∂zˡₖ/∂wˡₖ,ⱼ = aˡ⁻¹ⱼ; the printed ∂zˡⱼ/∂wˡₖ,ⱼ is 0 unless j = k
                        assertEquals(i == k ? f.a(l - 1).get(j) : 0.0, slope, 1e-9, "∂z" + i + "/∂w" + k + "," + j);
                    }
                    double slopeK = (zMoved.get(k) - f.z(l).get(k)) / 1e-3;
                    // (23) ∂C/∂wˡₖ,ⱼ = δˡₖ · ∂zˡₖ/∂wˡₖ,ⱼ
                    assertEquals(
                            GradientCheck.weight(net, DEEP_X, DEEP_Y, l, k, j, 1e-6),
                            delta[l].get(k) * slopeK,
                            CENTRAL);
                }
            }
        }
    }

    @Nested
    class MiniBatch {
        final List<Example> batch = List.of(
                new Example(new Vec(0.3, -0.7, 0.9), new Vec(1, 0)),
                new Example(new Vec(-0.2, 0.4, 0.1), new Vec(0, 1)),
                new Example(new Vec(0.8, 0.8, -0.5), new Vec(1, 1)));

        @Test
        void meanGradientIsTheGradientOfTheMeanCost() {
            Network net = deep();
            Gradient mean = net.meanGradient(batch);
            for (int[] p : new int[][] {{2, 0, 0}, {3, 2, 1}, {4, 1, 2}}) {
                Network up = net.copy();
                up.setWeight(p[0], p[1], p[2], net.weight(p[0], p[1], p[2]) + 1e-6);
                Network down = net.copy();
                down.setWeight(p[0], p[1], p[2], net.weight(p[0], p[1], p[2]) - 1e-6);
                double numeric = (up.meanCost(batch) - down.meanCost(batch)) / 2e-6;
                assertEquals(numeric, mean.nablaW(p[0]).get(p[1], p[2]), CENTRAL);
            }
        }
    }
}
