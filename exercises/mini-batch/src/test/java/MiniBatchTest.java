import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
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
    void averageOfOneGradientIsThatGradient() {
        Check.near("mean of a single (0.25, −4)", new double[] {0.25, -4},
                MiniBatch.average(List.of(new double[] {0.25, -4})), 0);
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
    }
}
