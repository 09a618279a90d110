package bachprop.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.Example;
import bachprop.nn.Gradient;
import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.QuadraticCost;
import bachprop.nn.Sigmoid;
import bachprop.nn.Vec;
import bachprop.viz.algorithm.AlgorithmModel;
import bachprop.viz.costsurface.CostSurfaceModel;
import bachprop.viz.linearcollapse.LinearCollapseModel;
import bachprop.viz.minibatch.MinibatchModel;
import bachprop.viz.neuron.NeuronModel;
import bachprop.viz.quadraticcost.QuadraticCostModel;
import bachprop.viz.sigmoid.SigmoidModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models of the chapter 1–4 and 6 visualisers, each checked a second way. */
class ModelsTest {
    @Test
    void neuronZIsTheDotProductPlusBias() {
        NeuronModel m = new NeuronModel(new double[] {0.5, 0.8, 0.2}, new double[] {0.9, -1.2, 2.0}, 0.5);
        assertEquals(0.45 - 0.96 + 0.4 + 0.5, m.z(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-m.z())), m.a(), 1e-12);
        m.setB(-1);
        assertEquals(0.45 - 0.96 + 0.4 - 1, m.z(), 1e-12);
    }

    @Test
    void sigmoidCurveCrossesHalfAtMinusBOverW() {
        SigmoidModel m = new SigmoidModel(2, new double[] {0, 1, -1});
        for (int i = 0; i < 3; i++) {
            assertEquals(0.5, m.value(i, m.midpoint(i)), 1e-12);
        }
        assertEquals(-0.5, m.midpoint(1), 1e-12);
    }

    @Test
    void collapsedLinearStackEqualsTheStackEverywhere() {
        LinearCollapseModel m = new LinearCollapseModel(new double[] {2, -3, 2.5}, new double[] {-1, 1.5, -0.5});
        double[] c = m.collapse(3);
        for (double x = -3; x <= 3; x += 0.25) {
            assertEquals(m.stack(x, false), c[0] * x + c[1], 1e-12, "x = " + x);
        }
        double mid = m.stack(0, true);
        double chord = (m.stack(-1, true) + m.stack(1, true)) / 2;
        assertTrue(Math.abs(mid - chord) > 1e-3, "with σ the stack is not a line");
    }

    @Test
    void quadraticCostSumOfTermsEqualsTheCore() {
        QuadraticCostModel m = new QuadraticCostModel(new double[] {0.75, 0.77, 0.3}, new double[] {0.01, 0.99, 0.5});
        m.goTo(m.count() - 1);
        assertEquals(QuadraticCost.cost(new Vec(0.75, 0.77, 0.3), new Vec(0.01, 0.99, 0.5)), m.partialCost(), 1e-15);
        assertEquals(0.5 * (0.74 * 0.74 + 0.22 * 0.22 + 0.2 * 0.2), m.partialCost(), 1e-12);
    }

    @Test
    void costSurfaceGradientMatchesCentralDifferences() {
        double eps = 1e-6;
        for (double[] v : new double[][] {{2.5, 1.5}, {-1, 0.3}, {0.2, -2}}) {
            double[] g = CostSurfaceModel.gradient(v[0], v[1]);
            double d1 = (CostSurfaceModel.cost(v[0] + eps, v[1]) - CostSurfaceModel.cost(v[0] - eps, v[1])) / (2 * eps);
            double d2 = (CostSurfaceModel.cost(v[0], v[1] + eps) - CostSurfaceModel.cost(v[0], v[1] - eps)) / (2 * eps);
            assertEquals(d1, g[0], 1e-7);
            assertEquals(d2, g[1], 1e-7);
        }
    }

    @Test
    void costSurfaceConvergesForSmallEtaAndDivergesForLargeEta() {
        CostSurfaceModel small = new CostSurfaceModel(0.1, 2.5, 1.5, 30);
        assertFalse(small.diverged());
        double[] end = small.point(small.count() - 1);
        assertTrue(CostSurfaceModel.cost(end[0], end[1]) < 0.01 * CostSurfaceModel.cost(2.5, 1.5));
        CostSurfaceModel large = new CostSurfaceModel(0.32, 2.5, 1.5, 30);
        assertTrue(large.diverged(), "η above 2/λmax ≈ 0.293 must diverge");
        assertTrue(small.predictedChange() <= 0, "(12) predicts a decrease for Δv = −η∇C");
    }

    @Test
    void minibatchOfAllDataGivesTheFullGradientOfTheCore() {
        List<Example> data = MinibatchModel.defaultData();
        double[] v = {-1, 1};
        double[] mean = MinibatchModel.mean(MinibatchModel.gradients(v, data));
        Network n = new Network(List.of(new Mat(new double[][] {{-1}})), List.of(new Vec(1)));
        Gradient g = n.meanGradient(data);
        assertEquals(g.nablaW(2).get(0, 0), mean[0], 1e-12);
        assertEquals(g.nablaB(2).get(0), mean[1], 1e-12);
        double eps = 1e-6;
        Network plus = new Network(List.of(new Mat(new double[][] {{-1 + eps}})), List.of(new Vec(1)));
        Network minus = new Network(List.of(new Mat(new double[][] {{-1 - eps}})), List.of(new Vec(1)));
        assertEquals(
                (plus.meanCost(data) - minus.meanCost(data)) / (2 * eps),
                mean[0],
                1e-8,
                "checked by central differences");
    }

    @Test
    void minibatchNoiseShrinksAsTheBatchGrows() {
        MinibatchModel m = new MinibatchModel(MinibatchModel.defaultData(), 4, 4, -1, 1, 5, 1);
        double[] v = m.point(0);
        double n1 = m.noise(1, v, 300, 3);
        double n4 = m.noise(4, v, 300, 3);
        double n16 = m.noise(16, v, 10, 3);
        assertTrue(n1 > n4, n1 + " > " + n4);
        assertEquals(0, n16, 1e-9, "the whole data set has no sampling noise");
    }

    @Test
    void algorithmStepperLowersTheCost() {
        AlgorithmModel m = new AlgorithmModel(3, 3, 60);
        assertEquals(8, m.count());
        List<Double> c = m.costs();
        assertTrue(c.get(c.size() - 1) < c.get(0) / 2, "cost falls: " + c.get(0) + " → " + c.get(c.size() - 1));
        assertEquals(Sigmoid.sigma(0), 0.5);
    }
}
