import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ClippingTest {

    @Test
    @Tag("task:1")
    void normOfAThreeFourTwelveGradient() {
        // √(3² + 4² + 12²) = 13, spread over two rows
        Check.near("‖((3, 4), (12))‖", 13.0, Clipping.norm(new double[][] {{3, 4}, {12}}), 1e-12);
    }

    @Test
    @Tag("task:2")
    void aLongGradientIsScaledToLengthCInTheSameDirection() {
        double[][] g = {{3, 4}, {12}};
        double[][] clipped = Clipping.clip(g, 4);
        Check.near("clip(((3, 4), (12)), 4)", new double[][] {{12.0 / 13, 16.0 / 13}, {48.0 / 13}}, clipped, 1e-12,
                mistake("clip-each-entry", new double[][] {{3, 4}, {4}}),
                mistake("norm-per-row", new double[][] {{2.4, 3.2}, {4}}));
        Assertions.assertArrayEquals(new double[] {3, 4}, g[0], 0, "clip must not change its argument");
    }

    @Test
    @Tag("task:2")
    void rowsWithTheirOwnLongNormStillShareOneScale() {
        double[][] g = {{6, 8}, {0, 0.5}};          // ‖∇C‖ = √100.25
        double n = Math.sqrt(100.25);
        double[][] expected = {{6 * 5 / n, 8 * 5 / n}, {0, 0.5 * 5 / n}};
        Check.near("clip(((6, 8), (0, 0.5)), 5)", expected, Clipping.clip(g, 5), 1e-12,
                mistake("norm-per-row", new double[][] {{3, 4}, {0, 0.5}}),
                mistake("clip-each-entry", new double[][] {{5, 5}, {0, 0.5}}));
    }

    @Test
    @Tag("task:2")
    void aShortGradientIsLeftAlone() {
        double[][] g = {{0.3, -0.4}};               // ‖∇C‖ = 0.5 < 1
        Check.near("clip(((0.3, −0.4)), 1)", new double[][] {{0.3, -0.4}}, Clipping.clip(g, 1), 1e-12,
                mistake("always-rescale", new double[][] {{0.6, -0.8}}));
    }
}
