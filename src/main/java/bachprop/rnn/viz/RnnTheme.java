package bachprop.rnn.viz;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Colours and type sizes of the chapter-8 visualisers: {@code standard} for a laptop,
 * {@code projector} (black, white, yellow accent, 1.3× type) for a lecture hall at 1920×1080.
 * The signed palette is ColorBrewer's PuOr (purple negative, orange positive), safe for the
 * common forms of colour blindness — the same colours as the δ-flow visualiser.
 */
public record RnnTheme(String name, Color background, Color panel, Color foreground, Color muted,
                       Color accent, Color grid, double scale) {

    public static final RnnTheme STANDARD = new RnnTheme("standard", Color.web("#fbfbf8"), Color.web("#efeee8"),
            Color.web("#1d1d1f"), Color.web("#6b6b70"), Color.web("#0a7b6c"), Color.web("#d8d8d2"), 1.0);

    public static final RnnTheme PROJECTOR = new RnnTheme("projector", Color.web("#000000"), Color.web("#161616"),
            Color.web("#ffffff"), Color.web("#c8c8c8"), Color.web("#ffd31a"), Color.web("#3a3a3a"), 1.3);

    private static final Color[] NEG = {Color.web("#f4f4f4"), Color.web("#d8daeb"), Color.web("#998ec3"), Color.web("#542788")};
    private static final Color[] POS = {Color.web("#f4f4f4"), Color.web("#fee0b6"), Color.web("#f1a340"), Color.web("#b35806")};

    /** @throws IllegalArgumentException for an unknown name */
    public static RnnTheme named(String name) {
        return switch (name == null ? "standard" : name) {
            case "standard", "default", "light" -> STANDARD;
            case "projector", "presenter" -> PROJECTOR;
            default -> throw new IllegalArgumentException("unknown theme '" + name + "' (known: standard, projector)");
        };
    }

    /** The base type size for a drawing of this size. */
    public double fontSize(double width, double height) {
        return Math.max(11, Math.min(width / 64, height / 40)) * scale;
    }

    public Font font(double size) {
        return Font.font("System", FontWeight.NORMAL, size);
    }

    public Font bold(double size) {
        return Font.font("System", FontWeight.BOLD, size);
    }

    /** The colour of a signed value v when {@code max} is the largest magnitude on show. */
    public static Color diverging(double v, double max) {
        if (!Double.isFinite(v)) {
            return Color.RED;
        }
        double t = max <= 0 ? 0 : Math.min(1, Math.sqrt(Math.abs(v) / max)); // sqrt: small values stay visible
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

    public static String web(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
