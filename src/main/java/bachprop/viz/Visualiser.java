package bachprop.viz;

import java.util.Map;
import javafx.scene.Node;

/**
 * A visualiser as the window, presenter mode and {@code bachprop render} see it. Each one is a
 * model (no pixels, testable alone) plus a view that binds to it; this interface joins the two.
 */
public interface Visualiser {
    /** Its registry name, e.g. {@code delta-flow}. */
    String name();

    /** The JavaFX view bound to the model (created on first call, on the FX thread). */
    Node view();

    /** Steps forward; false when already at the last step (or the visualiser has no steps). */
    boolean stepForward();

    /** Steps back; false when already at the first step. */
    boolean stepBack();

    /** Back to the first step. */
    void reset();

    /** The numbers the current frame shows, for export beside a PNG (JSON-writable). */
    Map<String, Object> numbers();
}
