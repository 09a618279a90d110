import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import java.util.Arrays;
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
    @Tag("task:1")
    void normCountsEveryEntryOfRaggedRows() {
        // Row 0 is the shortest: reading only its width gives √(3² + 4²) = 5, or 0 with an empty row 0.
        Check.near("‖((3), (4, 12))‖", 13.0, Clipping.norm(new double[][] {{3}, {4, 12}}), 1e-12,
                mistake("row-zero-width", 5));
        Check.near("‖((), (3, 4))‖", 5.0, Clipping.norm(new double[][] {{}, {3, 4}}), 1e-12,
                mistake("row-zero-width", 0));
    }

    @Test
    @Tag("task:1")
    void normOfNoEntriesIsZero() {
        Check.near("‖()‖", 0.0, Clipping.norm(new double[][] {}), 0);
        Check.near("‖(())‖", 0.0, Clipping.norm(new double[][] {{}}), 0);
    }

    @Test
    @Tag("task:1")
    void normLeavesTheGradientUnchanged() {
        double[][] g = {{3, 4}, {12}};
        Clipping.norm(g);
        Check.near("the gradient after norm", new double[][] {{3, 4}, {12}}, g, 0);
    }

    @Test
    @Tag("task:2")
    void aLongGradientIsScaledToLengthCInTheSameDirection() {
        double[][] g = {{3, 4}, {12}};
        double[][] clipped = Clipping.clip(g, 4);
        Check.near("clip(((3, 4), (12)), 4)", new double[][] {{12.0 / 13, 16.0 / 13}, {48.0 / 13}}, clipped, 1e-12,
                mistake("clip-each-entry", new double[][] {{3, 4}, {4}}),
                mistake("norm-per-row", new double[][] {{2.4, 3.2}, {4}}));
        Check.near("the gradient after clip", new double[][] {{3, 4}, {12}}, g, 0);
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

    @Test
    @Tag("task:2")
    void aShortGradientComesBackAsACopyNotTheArgument() {
        double[][] g = {{0.3, -0.4}, {0.1}};
        double[][] out = Clipping.clip(g, 1);
        Check.near("clip(((0.3, −0.4), (0.1)), 1)", new double[][] {{0.3, -0.4}, {0.1}}, out, 1e-12,
                mistake("always-rescale", new double[][] {{0.3 / Math.sqrt(0.26), -0.4 / Math.sqrt(0.26)}, {0.1 / Math.sqrt(0.26)}}));
        Check.failIf(out == g, "returns-the-argument", "clip returned its argument itself: it must return a new gradient");
        for (int r = 0; r < g.length; r++) {
            Check.failIf(out[r] == g[r], "returns-the-argument", "clip's row " + r + " is the argument's row " + r + " itself");
        }
        out[0][0] = 99;
        Assertions.assertEquals(0.3, g[0][0], 0, "changing clip's result changed the argument: " + Arrays.deepToString(g));
    }
}
