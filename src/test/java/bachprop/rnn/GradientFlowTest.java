package bachprop.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradientFlowTest {
    private final GradientFlow flow = GradientFlow.standard();

    @Test
    void gradientShrinksByAboutAQuarterOfTheScalePerStepBelowFour() {
        for (double s : new double[] {1, 2, 3}) {
            GradientFlow.Run r = flow.run(s);
            assertEquals(s / 4, r.factorPerStep(), 0.02 * s / 4, "s = " + s);
            assertTrue(r.ratio() < 1e-2, "s = " + s + ": ratio " + r.ratio());
        }
    }

    @Test
    void gradientGrowsAboveFourUntilTheNeuronsSaturate() {
        GradientFlow.Run five = flow.run(5);
        GradientFlow.Run six = flow.run(6);
        assertEquals(1.25, five.factorPerStep(), 0.03);
        assertEquals(1.5, six.factorPerStep(), 0.1);
        assertTrue(six.ratio() > 100, "ratio " + six.ratio());
    }

    @Test
    void theRecurrentWeightsAreOrthogonalTimesTheScale() {
        var whh = flow.network(3).Whh();
        for (int i = 0; i < whh.rows(); i++) {
            for (int j = 0; j < whh.rows(); j++) {
                double dot = whh.row(i).dot(whh.row(j));
                assertEquals(i == j ? 9 : 0, dot, 1e-12, "row " + i + " · row " + j);
            }
        }
    }

    @Test
    void clippingCapsOnlyTheGradientsLongerThanC() {
        GradientFlow.Run small = flow.run(2);
        GradientFlow.Run big = flow.run(6);
        assertTrue(small.gradientNorm() < flow.clip());
        assertEquals(small.gradientNorm(), small.clippedNorm(), 0.0);
        assertTrue(big.gradientNorm() > flow.clip());
        assertEquals(flow.clip(), big.clippedNorm(), 1e-9);
    }

    @Test
    void normsPlottedAreTheOnesBpttFound() {
        GradientFlow.Run r = flow.run(3);
        assertEquals(flow.T(), r.hiddenGradientNorms().length);
        for (double n : r.hiddenGradientNorms()) {
            assertTrue(n > 0 && Double.isFinite(n));
        }
    }
}
