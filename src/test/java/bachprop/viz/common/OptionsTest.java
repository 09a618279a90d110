package bachprop.viz.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bachprop.viz.sigmoid.SigmoidVisualiser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Number lists in a visualiser's options, and the one-line error that names the visualiser and the option. */
class OptionsTest {
    @Test
    void numberListsSplitOnCommasAndSpacesAndFallBackWhenAbsent() {
        Options o = new Options("sigmoid", Map.of("biases", " 0, 1 -1.5 "));
        assertArrayEquals(new double[] {0, 1, -1.5}, o.numbers("biases", "9"), 0.0);
        assertArrayEquals(new double[] {2, 3}, o.numbers("weights", "2,3"), 0.0);
    }

    @Test
    void aBadNumberListNamesTheVisualiserAndTheOption() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SigmoidVisualiser.create(Map.of("biases", "0,one")));
        assertEquals("visualiser sigmoid: option 'biases' must be numbers separated by commas", e.getMessage());
    }
}
