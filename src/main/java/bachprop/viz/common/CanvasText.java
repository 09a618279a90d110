package bachprop.viz.common;

import javafx.geometry.Bounds;

/** A text a canvas view drew: what, where on the canvas, and its size in pixels (for the layout audit). */
public record CanvasText(String text, Bounds bounds, double fontPx) {
    @Override
    public String toString() {
        return "'" + text + "' at " + Math.round(bounds.getMinX()) + "," + Math.round(bounds.getMinY()) + " ("
                + Math.round(bounds.getWidth()) + "×" + Math.round(bounds.getHeight()) + ", "
                + Math.round(fontPx * 10) / 10.0 + " px)";
    }
}
