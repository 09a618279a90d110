package bachprop.viz.common;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every visualiser that needs no corpus tells a screen reader its step, and says the new one after a step. */
class AccessibleTextTest {
    private static final List<String> NAMES = List.of(
            "neuron",
            "feedforward",
            "sigmoid",
            "linear-collapse",
            "quadratic-cost",
            "cost-surface",
            "minibatch",
            "algorithm",
            "delta-flow",
            "bptt",
            "gradient-norms");

    @BeforeAll
    static void toolkit() {
        Fx.start();
    }

    @Test
    void eachViewsAccessibleTextNamesItsStepAndFollowsTheModel() {
        List<String> wrong = new ArrayList<>();
        for (String name : NAMES) {
            String problem = Fx.call(() -> {
                Visualiser v = VisualiserRegistry.create(name, Map.of());
                Node view = v.view();
                String before = view.getAccessibleText();
                if (before == null || !before.toLowerCase().contains("step 0")) {
                    return name + " says '" + before + "'";
                }
                if (v.stepForward() && before.equals(view.getAccessibleText())) {
                    return name + " still says '" + before + "' after a step";
                }
                return null;
            });
            if (problem != null) {
                wrong.add(problem);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertNotEquals(0, NAMES.size());
    }
}
