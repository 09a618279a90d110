import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MiniBatchTest {

    @Test
    @Tag("task:1")
    void averageOfThreeGradientsIsTheirEntryWiseMean() {
        List<double[]> g = List.of(new double[] {1, -2}, new double[] {3, 0}, new double[] {-1, 5});
        Check.near("mean of (1, −2), (3, 0), (−1, 5)", new double[] {1, 1}, MiniBatch.average(g), 1e-15,
                mistake("sum-not-mean", 3, 3));
    }

    @Test
    @Tag("task:1")
    void averageOfOneGradientIsANewArrayEqualToIt() {
        double[] only = {0.25, -4};
        double[] mean = MiniBatch.average(List.of(only));
        Check.near("mean of a single (0.25, −4)", new double[] {0.25, -4}, mean, 0);
        Check.failIf(mean == only, "accumulates-into-first",
                "average of one gradient returned that gradient itself: it must return a new array");
    }

    @Test
    @Tag("task:1")
    void averageLeavesEveryGradientUnchanged() {
        List<double[]> g = List.of(new double[] {1, -2}, new double[] {3, 0}, new double[] {-1, 5});
        double[] mean = MiniBatch.average(g);
        for (int i = 0; i < g.size(); i++) {
            Check.failIf(mean == g.get(i), "accumulates-into-first", "average returned gradient " + i + " itself");
        }
        Check.failIf(!Arrays.equals(new double[] {1, -2}, g.get(0)), "accumulates-into-first",
                "average changed the first gradient to " + Arrays.toString(g.get(0)));
        Assertions.assertArrayEquals(new double[] {3, 0}, g.get(1), 0, "average must not change gradient 1");
        Assertions.assertArrayEquals(new double[] {-1, 5}, g.get(2), 0, "average must not change gradient 2");
    }

    @Test
    @Tag("task:1")
    void averageOfMazurExampleAndItsMirror() {
        // Two examples' ∂C/∂b of the output layer (Mazur's δ and its negation plus an offset).
        List<double[]> g = List.of(new double[] {0.138498562, -0.038098237}, new double[] {-0.038498562, 0.238098237});
        Check.near("mean of two δ vectors", new double[] {0.05, 0.1}, MiniBatch.average(g), 1e-15,
                mistake("sum-not-mean", 0.1, 0.2));
    }

    @Test
    @Tag("task:2")
    void stepMovesAgainstTheAverageGradient() {
        double[] v = {1, 1};
        List<double[]> g = List.of(new double[] {2, 0}, new double[] {0, 4});
        double[] next = MiniBatch.step(v, g, 0.5);
        Check.near("step((1, 1), mean (1, 2), η = 0.5)", new double[] {0.5, 0}, next, 1e-15,
                mistake("plus-eta", 1.5, 2), mistake("sum-not-mean", 0, -1));
        Assertions.assertArrayEquals(new double[] {1, 1}, v, 0, "step must not change v");
        Assertions.assertNotSame(v, next, "step must return a new array, not v");
    }

    @Test
    @Tag("task:2")
    void stepWithOneExampleIsAPlainGradientStep() {
        double[] v = {0.5, -1, 2};
        double[] g0 = {1, 2, -4};
        double[] next = MiniBatch.step(v, List.of(g0), 0.25);
        Check.near("step((0.5, −1, 2), ((1, 2, −4)), η = 0.25)", new double[] {0.25, -1.5, 3}, next, 1e-15,
                mistake("plus-eta", 0.75, -0.5, 1));
        Assertions.assertArrayEquals(new double[] {1, 2, -4}, g0, 0, "step must not change the gradient");
    }
}
