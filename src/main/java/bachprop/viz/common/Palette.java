package bachprop.viz.common;

import javafx.scene.paint.Color;

/**
 * A colour-blind-safe diverging palette for signed quantities such as δ: purple for negative,
 * orange for positive, pale grey at zero (ColorBrewer's PuOr, safe for the common forms of
 * colour blindness). Strength follows |v| relative to a scale.
 */
public final class Palette {
    private static final Color[] NEG = {
        Color.web("#f4f4f4"), Color.web("#d8daeb"), Color.web("#998ec3"), Color.web("#542788")
    };
    private static final Color[] POS = {
        Color.web("#f4f4f4"), Color.web("#fee0b6"), Color.web("#f1a340"), Color.web("#b35806")
    };

    private Palette() {}

    /** The colour of {@code v} when {@code scale} is the largest magnitude on show. */
    public static Color diverging(double v, double scale) {
        if (!Double.isFinite(v)) {
            return Color.web("#ff0000");
        }
        double t = scale <= 0 ? 0 : Math.min(1, Math.sqrt(Math.abs(v) / scale)); // sqrt: small values stay visible
        Color[] ramp = v < 0 ? NEG : POS;
        double pos = t * (ramp.length - 1);
        int i = Math.min(ramp.length - 2, (int) pos);
        return ramp[i].interpolate(ramp[i + 1], pos - i);
    }

    /** Black or white, whichever reads better on {@code fill}. */
    public static Color textOn(Color fill) {
        double lum = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return lum > 0.55 ? Color.BLACK : Color.WHITE;
    }
}
