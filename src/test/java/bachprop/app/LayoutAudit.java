package bachprop.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Walks a laid-out scene graph and lists what a reader would see as broken (call on the FX thread,
 * after layout):
 * <ul>
 *   <li>a label or button whose displayed text is cut short ("Re…" for "Reset"): its skin's text
 *       node differs from {@code getText()};</li>
 *   <li>a text cut by the edge of its window, tab or pane (not by a scroll pane, which scrolls);</li>
 *   <li>two visible texts whose visible bounds in the scene intersect by more than {@link #SLACK}
 *       pixels each way (not a node and its own parts, not two spans of one paragraph);</li>
 *   <li>a markdown table ({@code .md-table}) column narrower than the widest word in it;</li>
 *   <li>with {@code minFontPx > 0} (presenter mode): any visible text smaller than that.</li>
 * </ul>
 * Text drawn on a canvas is not in the scene graph; a view that draws text says where, through
 * {@code texts} (one {@link Box} per text, in scene coordinates), and those boxes are audited as
 * texts too. Each finding is one line naming the texts, so a failing test says what to fix.
 */
final class LayoutAudit {
    /** Rounding and font ascent slack, in pixels: intersections no larger than this are not overlaps. */
    static final double SLACK = 2;

    /** A text as the reader sees it: where (scene coordinates, clipped to what shows), what, how large. */
    record Box(String text, Bounds bounds, double fontPx, Node owner) {
        @Override
        public String toString() {
            return "'" + shortText(text) + "'";
        }
    }

    private final double minFontPx;
    private final Function<Node, List<Box>> drawnTexts;
    private final List<String> findings = new ArrayList<>();
    /** The node audited: clips above it are not looked at (a page is audited whole, scrolled or not). */
    private Parent top;

    /**
     * @param minFontPx the smallest text size allowed, in pixels (0: no minimum)
     * @param drawnTexts for a node that draws text itself (a canvas, a chart), its texts; else an empty list
     */
    LayoutAudit(double minFontPx, Function<Node, List<Box>> drawnTexts) {
        this.minFontPx = minFontPx;
        this.drawnTexts = drawnTexts;
    }

    /** Audits everything visible under {@code root}; returns the findings, each prefixed with {@code where}. */
    List<String> audit(String where, Parent root) {
        findings.clear();
        top = root;
        if (root.getScene() != null) { // a text changed since the last pulse is laid out (and its skin updated) first
            root.getScene().getRoot().applyCss();
            root.getScene().getRoot().layout();
        }
        List<Box> boxes = new ArrayList<>();
        collect(root, boxes);
        for (Box b : boxes) {
            if (minFontPx > 0 && b.fontPx() + 0.01 < minFontPx) {
                findings.add(b + " is " + Math.round(b.fontPx()) + " px, below the minimum of " + minFontPx + " px");
            }
        }
        overlaps(boxes);
        return findings.stream().map(f -> where + ": " + f).toList();
    }

    private void collect(Node node, List<Box> boxes) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof TextInputControl) {
            return; // an editor scrolls its own text
        }
        if (node instanceof GridPane grid && grid.getStyleClass().contains("md-table")) {
            table(grid);
        }
        for (Box b : drawnTexts.apply(node)) {
            clippedBox(node, b.text(), b.bounds(), b.fontPx()).ifPresent(boxes::add);
        }
        if (node instanceof Labeled l) {
            labeled(l, boxes);
            return;
        }
        if (node instanceof Text t) {
            text(t, boxes);
            return;
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, boxes);
            }
        }
    }

    private void labeled(Labeled l, List<Box> boxes) {
        String given = l.getText();
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.isVisible()) {
                if (given != null && !given.isEmpty() && !given.equals(t.getText())) {
                    findings.add("'" + shortText(given) + "' is shown cut short as '" + shortText(t.getText()) + "' ("
                            + l.getClass().getSimpleName() + id(l) + ")");
                }
                text(t, boxes);
            } else if (c.isVisible() && c instanceof Parent p) {
                collect(p, boxes); // a graphic
            }
        }
    }

    private void text(Text t, List<Box> boxes) {
        if (t.getText() == null || t.getText().isBlank()) {
            return;
        }
        clippedBox(
                        t,
                        t.getText(),
                        t.localToScene(t.getBoundsInLocal()),
                        t.getFont().getSize())
                .ifPresent(boxes::add);
    }

    /**
     * The part of {@code bounds} that shows, or nothing when it is scrolled or hidden away. A text
     * that a window, tab or pane cuts (rather than a scroll pane, which scrolls) is a finding.
     */
    private Optional<Box> clippedBox(Node owner, String text, Bounds bounds, double fontPx) {
        Bounds shown = bounds;
        for (Node p = owner.getParent(); p != null && p != top; p = p.getParent()) {
            Bounds clip = clipOf(p);
            if (clip == null) {
                continue;
            }
            Bounds inside = intersect(shown, clip);
            if (inside == null) {
                return Optional.empty(); // scrolled out of sight, or in a collapsed pane
            }
            boolean scrolls = p.getParent() instanceof ScrollPane;
            boolean scrollsDown = p.getStyleClass().contains("clipped-container"); // a list scrolls down, not across
            if (!scrolls
                    && (inside.getWidth() + SLACK < shown.getWidth()
                            || !scrollsDown && inside.getHeight() + SLACK < shown.getHeight())) {
                findings.add("'" + shortText(text) + "' is cut by the edge of "
                        + p.getClass().getSimpleName() + id(p)
                        + " (" + Math.round(shown.getWidth()) + "×" + Math.round(shown.getHeight()) + " px, "
                        + Math.round(inside.getWidth()) + "×" + Math.round(inside.getHeight()) + " show)");
            }
            shown = inside;
        }
        if (top != owner.getScene().getRoot()) {
            return Optional.of(new Box(text, shown, fontPx, owner));
        }
        Bounds window = new BoundingBox(
                0, 0, owner.getScene().getWidth(), owner.getScene().getHeight());
        Bounds inWindow = intersect(shown, window);
        if (inWindow == null) {
            return Optional.empty();
        }
        if (inWindow.getWidth() + SLACK < shown.getWidth()) {
            findings.add("'" + shortText(text) + "' runs off the window's edge");
        }
        return Optional.of(new Box(text, inWindow, fontPx, owner));
    }

    /** The clip a parent applies to its children, in scene coordinates (null: none). */
    private static Bounds clipOf(Node p) {
        if (p.getClip() != null) {
            return p.localToScene(p.getClip().getBoundsInParent());
        }
        return null;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double x0 = Math.max(a.getMinX(), b.getMinX());
        double y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX());
        double y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 <= x0 || y1 <= y0 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    private void overlaps(List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                Bounds both = intersect(a.bounds(), b.bounds());
                if (both == null || both.getWidth() <= SLACK || both.getHeight() <= SLACK || related(a, b)) {
                    continue;
                }
                findings.add(a + " and " + b + " overlap (" + Math.round(both.getWidth()) + "×"
                        + Math.round(both.getHeight()) + " px at " + Math.round(both.getMinX()) + ","
                        + Math.round(both.getMinY()) + ")");
            }
        }
    }

    /** One node and its own parts, two spans of one paragraph, or two texts one view drew. */
    private static boolean related(Box a, Box b) {
        if (a.owner() == b.owner()) {
            return a.owner() instanceof Text || a.owner() instanceof Labeled;
        }
        if (a.owner().getParent() instanceof TextFlow f && b.owner().getParent() == f) {
            return true;
        }
        return ancestor(a.owner(), b.owner()) || ancestor(b.owner(), a.owner());
    }

    private static boolean ancestor(Node up, Node down) {
        for (Node p = down.getParent(); p != null; p = p.getParent()) {
            if (p == up) {
                return true;
            }
        }
        return false;
    }

    /** Every column of a markdown table is at least as wide as its widest word. */
    private void table(GridPane grid) {
        for (Node cell : grid.getChildren()) {
            if (!(cell instanceof Region r) || !(cell instanceof Parent p)) {
                continue;
            }
            double room = r.getWidth() - r.snappedLeftInset() - r.snappedRightInset();
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.getText() != null) {
                    for (String word : t.getText().split("\\s+")) {
                        double w = width(word, t.getFont());
                        if (w > room + 0.5) {
                            findings.add("table column " + GridPane.getColumnIndex(cell) + " is " + Math.round(room)
                                    + " px wide, narrower than its word '" + word + "' (" + Math.round(w) + " px)");
                        }
                    }
                }
            }
        }
    }

    static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static String id(Node n) {
        return n.getId() == null ? "" : " #" + n.getId();
    }

    static String shortText(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}
