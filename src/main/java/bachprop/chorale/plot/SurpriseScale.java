package bachprop.chorale.plot;

import bachprop.viz.common.Draw;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The colour scale of per-note surprise (information content, bits) on the piano roll: viridis
 * (perceptually even, readable without colour vision) run backwards, so a predictable note is a
 * pale yellow that recedes and a surprising one a dark violet that stands out. Every note also gets
 * a thin ink outline, so the palest stays visible on the white and shaded rows (and in the
 * projector theme, whose lightness inversion the legend undergoes too). The scale knows levels
 * (0..1 of its top), never bits: {@link PianoRollModel#surpriseLevel} maps the model's values.
 */
public final class SurpriseScale {
    /** What the legend calls the scale. */
    public static final String LABEL = "information content, bits";
    /** Viridis at 1, 0.75, 0.5, 0.25, 0: level 0 (predictable) first. */
    private static final Color[] STOPS = {
        Color.web("#fde725"), Color.web("#5ec962"), Color.web("#21918c"), Color.web("#3b528b"), Color.web("#440154")
    };

    private SurpriseScale() {}

    /** The colour of a level from 0 (predictable) to 1 (the scale's top), linear between the stops. */
    public static Color colour(double level) {
        double x = Math.max(0, Math.min(1, level)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(x));
        return STOPS[i].interpolate(STOPS[i + 1], x - i);
    }

    /**
     * The legend: "0", the colour bar, the top ("8+"), then {@link #LABEL}, on one line with its
     * baseline at y from x. Returns the x where the next legend entry may start.
     */
    static double legend(GraphicsContext g, double x, double y, double fs, double topBits, Font font) {
        ChartPainter.text(g, "0", x, y, font, ChartPainter.ink());
        double barX = x + Draw.width("0", font) + fs * 0.3;
        double barW = fs * 6;
        int steps = 24;
        for (int k = 0; k < steps; k++) {
            g.setFill(colour((k + 0.5) / steps));
            g.fillRect(barX + barW * k / steps, y - fs * 0.7, barW / steps + 0.5, fs * 0.7);
        }
        g.setStroke(ChartPainter.ink());
        g.setLineWidth(1);
        g.strokeRect(barX, y - fs * 0.7, barW, fs * 0.7);
        String top = ChartPainter.format(topBits) + "+";
        double topX = barX + barW + fs * 0.3;
        ChartPainter.text(g, top, topX, y, font, ChartPainter.ink());
        double labelX = topX + Draw.width(top, font) + fs * 0.5;
        ChartPainter.text(g, LABEL, labelX, y, font, ChartPainter.ink());
        return labelX + Draw.width(LABEL, font) + fs * 1.2;
    }
}
