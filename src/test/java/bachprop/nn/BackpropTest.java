package bachprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackpropTest {

    static Vec randomVec(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble();
        }
        return new Vec(v);
    }

    /** Max relative error ≤ 1e-6 between backprop and central differences, on five shapes. */
    @ParameterizedTest
    @ValueSource(strings = {"1-1", "2-3-2", "3-5-4-2", "4-6-6-3", "5-4-3-4-6", "2-6-1"})
    void backpropMatchesCentralDifferencesOnRandomNetworks(String shape) {
        int[] sizes =
                Arrays.stream(shape.split("-")).mapToInt(Integer::parseInt).toArray();
        Random r = new Random(shape.hashCode());
        Network net = Network.random(shape.hashCode(), sizes);
        Vec x = randomVec(r, sizes[0]);
        Vec y = randomVec(r, sizes[sizes.length - 1]);
        double err = GradientCheck.maxRelativeError(net, x, y);
        assertTrue(err <= 1e-6, "max relative error " + err + " for " + shape);
    }

    @Test
    void miniBatchGradientIsTheMeanOfPerExampleGradients() {
        Random r = new Random(7);
        Network net = Network.random(7, 3, 4, 2);
        List<Example> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new Example(randomVec(r, 3), randomVec(r, 2)));
        }
        Gradient mean = net.meanGradient(batch);
        for (int l = 2; l <= 3; l++) {
            for (int k = 0; k < net.size(l); k++) {
                for (int j = 0; j < net.size(l - 1); j++) {
                    double sum = 0;
                    for (Example e : batch) {
                        sum += net.backprop(e.x(), e.y()).nablaW(l).get(k, j);
                    }
                    assertEquals(sum / 5, mean.nablaW(l).get(k, j), 1e-15);
                }
            }
        }
    }

    @Test
    void traceListsTheStepsOfTheAlgorithmInOrder() {
        Network net = Network.random(3, 2, 3, 2);
        Trace t = net.trainStep(new Vec(0.1, 0.2), new Vec(1, 0), 0.5, true);
        // forward: (z, a) for 3 + 2 neurons; cost; BP1 ×2; BP2 ×3; BP3 ×5; BP4 ×12; updates 12 + 5
        assertEquals(2 * 5 + 1 + 2 + 3 + 5 + 12 + 12 + 5, t.size());
        StringBuilder labels = new StringBuilder();
        Equation last = null;
        for (Step s : t) {
            if (s.equation() != last) {
                labels.append(s.equation().name()).append(' ');
                last = s.equation();
            }
        }
        assertEquals(
                "Z A Z A Z A Z A Z A COST BP1 BP2 BP3 BP4 UPDATE_W UPDATE_B",
                labels.toString().strip());
        for (int i = 0; i < t.size(); i++) {
            assertEquals(i, t.get(i).index());
        }
    }

    @Test
    void traceValuesAreTheValuesBackpropReturns() {
        Network net = Network.random(5, 3, 4, 2);
        Vec x = new Vec(0.3, -0.2, 0.9);
        Vec y = new Vec(0, 1);
        Trace t = new Trace();
        Gradient g = net.backprop(x, y, t);
        for (Step s : t.of(Equation.BP4)) {
            assertEquals(g.nablaW(s.layer()).get(s.neuron(), s.from()), s.value(), 0.0);
        }
        for (Step s : t.of(Equation.BP3)) {
            assertEquals(g.nablaB(s.layer()).get(s.neuron()), s.value(), 0.0);
        }
    }

    @Test
    void sigmoidStaysFiniteForLargeInputs() {
        for (double z : new double[] {-1e4, -800, -745, 0, 745, 800, 1e4}) {
            assertTrue(Double.isFinite(Sigmoid.sigma(z)) && Double.isFinite(Sigmoid.sigmaPrime(z)), "z = " + z);
        }
        assertEquals(0.0, Sigmoid.sigma(-800), 1e-300);
        assertEquals(1.0, Sigmoid.sigma(800), 0);
        assertEquals(0.25, Sigmoid.sigmaPrime(0), 0);
    }

    @Test
    void sgdLowersTheCostOnASmallProblem() {
        Random r = new Random(1);
        List<Example> data = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Vec x = randomVec(r, 2);
            data.add(new Example(x, new Vec(x.get(0) > x.get(1) ? 1 : 0)));
        }
        Network net = Network.random(1, 2, 4, 1);
        double before = net.meanCost(data);
        net.sgd(data, 30, 5, 3.0, new Random(2), null);
        assertTrue(net.meanCost(data) < before * 0.7, "cost " + before + " → " + net.meanCost(data));
    }

    @Test
    void divergingRunIsStoppedWithItsEpoch() {
        // A huge input makes ∂C/∂w² ≈ 3.6e4, so η = 1e308 overflows the update to −∞ in epoch 1.
        List<Example> data = List.of(new Example(new Vec(1e6), new Vec(0.0)));
        Network net = new Network(
                List.of(new Mat(new double[][] {{0}}), new Mat(new double[][] {{1}})),
                List.of(new Vec(0.0), new Vec(0.0)));
        DivergenceException e =
                assertThrows(DivergenceException.class, () -> net.sgd(data, 5, 1, 1e308, new Random(1), null));
        assertEquals(1, e.epoch());
        assertFalse(net.isFinite());
    }

    @Test
    void stepPrintsEquationFormulaAndNumbers() {
        Trace t = MazurOracleTest.mazur().trainStep(MazurOracleTest.X, MazurOracleTest.Y, 0.5, true);
        assertEquals(
                "(BP1) δ³₁ = (a³₁ − y₁)·σ′(z³₁) = (0.7514 − 0.01)·0.1868 = 0.1385",
                t.of(Equation.BP1).get(0).toString());
        assertEquals(
                "\\delta^{3}_{1} = (0.7514 - 0.01) \\cdot 0.1868 = 0.1385",
                t.of(Equation.BP1).get(0).texSubstituted());
    }
}
