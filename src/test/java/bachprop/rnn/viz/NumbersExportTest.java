package bachprop.rnn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.Json;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The numbers beside an exported frame are JSON and hold what the frame shows, step by step. */
class NumbersExportTest {

    @Test
    void everyBpttFrameNumbersRoundTripThroughJson() {
        Visualiser v = VisualiserRegistry.create("bptt", Map.of());
        do {
            Map<?, ?> back = (Map<?, ?>) Json.parse(Json.write(v.numbers()));
            assertEquals(v.numbers().get("step"), ((Number) back.get("step")).intValue());
        } while (v.stepForward());
        Map<String, Object> end = v.numbers();
        List<?> times = (List<?>) end.get("timeSteps");
        assertEquals(4, times.size());
        for (Object o : times) {
            Map<?, ?> t = (Map<?, ?>) o;
            assertTrue(t.containsKey("h") && t.containsKey("delta") && t.containsKey("dCdhNorm"), t.toString());
        }
    }

    @Test
    void bpttNumbersOnlyHoldValuesAlreadyComputed() {
        BpttVisualiser v = new BpttVisualiser(Map.of("step", "5"));
        // steps 1–5 are eq. 25, output, softmax and cost at t = 1: nothing about t = 2 yet, no δ at all
        List<?> times = (List<?>) v.numbers().get("timeSteps");
        Map<?, ?> t1 = (Map<?, ?>) times.get(0);
        Map<?, ?> t2 = (Map<?, ?>) times.get(1);
        assertTrue(t1.containsKey("h") && t1.containsKey("yHat"));
        assertTrue(!t1.containsKey("delta") && !t2.containsKey("h"), times.toString());
    }

    @Test
    void gradientNormsNumbersRoundTripThroughJson() {
        Visualiser v = VisualiserRegistry.create("gradient-norms", Map.of("scales", "2,6", "T", "10"));
        while (v.stepForward()) {
            Map<?, ?> back = (Map<?, ?>) Json.parse(Json.write(v.numbers()));
            assertEquals(10, ((Number) back.get("T")).intValue());
        }
        List<?> runs = (List<?>) v.numbers().get("runs");
        assertEquals(2, runs.size());
        assertEquals(10, ((List<?>) ((Map<?, ?>) runs.get(1)).get("dCdhNorms")).size());
    }
}
