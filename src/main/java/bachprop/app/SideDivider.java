package bachprop.app;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/** The divider between the reading pane and the side panel: where it goes, and where the user left it. */
final class SideDivider {
    private final SplitPane split;
    private final Region root;
    private final Settings settings;
    private final BooleanSupplier wide;
    private boolean dragging;

    /** Places the divider whenever {@code split} or {@code root} is resized, and keeps it when dragged. */
    SideDivider(SplitPane split, Region root, Settings settings, BooleanSupplier wide) {
        this.split = split;
        this.root = root;
        this.settings = settings;
        this.wide = wide;
        split.widthProperty().addListener((o, a, b) -> place());
        root.widthProperty().addListener((o, a, b) -> place());
        split.addEventFilter(
                MouseEvent.MOUSE_PRESSED,
                e -> dragging = e.getTarget() instanceof Node n
                        && (n.getStyleClass().contains("split-pane-divider")
                                || n.getParent() != null
                                        && n.getParent().getStyleClass().contains("split-pane-divider")));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> remember());
    }

    /** The side panel gets {@code settings.sideFraction} of the window (most of it when Wide is on). */
    void place() {
        double sw = split.getWidth();
        double total = root.getWidth();
        if (sw <= 0 || total <= 0) {
            return;
        }
        double sidePx = wide.getAsBoolean() ? sw * 0.8 : settings.sideFraction * total;
        split.setDividerPositions(Math.max(0.15, Math.min(0.85, 1 - sidePx / sw)));
    }

    /** After the user dragged the divider: its place, as a share of the window, is kept (window.json). */
    private void remember() {
        if (!dragging || wide.getAsBoolean() || split.getWidth() <= 0 || root.getWidth() <= 0) {
            return;
        }
        dragging = false;
        settings.sideFraction = Math.max(
                0.15, Math.min(0.8, (1 - split.getDividerPositions()[0]) * split.getWidth() / root.getWidth()));
    }

    @Override
    public String toString() {
        return "SideDivider(dragging " + dragging + ", side " + settings.sideFraction + ")";
    }
}
