package bachprop.viz.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every registered visualiser laid out at 1920×1080 in the projector theme shows each label and
 * button whole: the text a Labeled displays (its skin's text node) is the text it was given, never
 * cut short with "...".
 */
class ProjectorLegibilityTest {

    @BeforeAll
    static void toolkit() {
        Fx.start();
    }

    @Tag("corpus")
    @Test
    void noVisibleLabelIsEllipsisedInTheProjectorThemeAtFullHd() {
        RealData.assumeJsb(); // the real corpus, or a visible skip
        List<String> cut = new ArrayList<>();
        int checked = 0;
        for (String name : VisualiserRegistry.names()) {
            checked += Fx.call(() -> {
                Visualiser v = VisualiserRegistry.create(name, Map.of("theme", "projector"));
                v.stepForward();
                v.stepForward();
                Node view = v.view();
                Export.snapshot(view, 1920, 1080, Color.BLACK);
                int n = 0;
                for (Node node : view.lookupAll("*")) {
                    if (node instanceof Labeled l
                            && shown(l)
                            && l.getText() != null
                            && !l.getText().isEmpty()) {
                        for (Node c : l.getChildrenUnmodifiable()) {
                            if (c instanceof Text t) {
                                n++;
                                if (!l.getText().equals(t.getText())) {
                                    cut.add(name + ": '" + l.getText() + "' shown as '" + t.getText() + "'");
                                }
                            }
                        }
                    }
                }
                if (view instanceof Unbindable u) {
                    u.unbind();
                }
                return n;
            });
        }
        assertEquals(List.of(), cut);
        assertTrue(checked > 0, "some labels were laid out and compared");
    }

    @Test
    void deltaFlowInTheProjectorThemeHidesItsToolbarAndNetworkControls() {
        Fx.call(() -> {
            Visualiser v = VisualiserRegistry.create("delta-flow", Map.of("theme", "projector"));
            Node view = v.view();
            Export.snapshot(view, 1920, 1080, Color.BLACK);
            for (String id : new String[] {"#next", "#reset", "#newNetwork", "#sizes", "#help"}) {
                Node n = view.lookup(id);
                assertFalse(n != null && shown(n), id + " is hidden");
            }
            assertTrue(shown(view.lookup("#checkTitle")), "the gradient check stays");
            return null;
        });
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
