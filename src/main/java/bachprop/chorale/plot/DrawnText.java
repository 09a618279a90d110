package bachprop.chorale.plot;

import javafx.geometry.Bounds;

/** A text a chart drew: what, where on the picture (after any rotation), and its size in pixels. */
public record DrawnText(String text, Bounds bounds, double fontPx) {
    @Override
    public String toString() {
        return "'" + text + "' at " + Math.round(bounds.getMinX()) + "," + Math.round(bounds.getMinY()) + " ("
                + Math.round(bounds.getWidth()) + "×" + Math.round(bounds.getHeight()) + ", " + fontPx + " px)";
    }
}
