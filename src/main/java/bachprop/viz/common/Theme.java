package bachprop.viz.common;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Colours and type sizes of a visualiser. {@link #STANDARD} is for a laptop screen;
 * {@link #PROJECTOR} is the presenter theme: large type, thick lines, maximum contrast, legible
 * from the back of a hall at 1920×1080.
 */
public record Theme(
        String name,
        Color background,
        Color panel,
        Color foreground,
        Color muted,
        Color accent,
        Color grid,
        double scale) {

    public static final Theme STANDARD = new Theme(
            "standard",
            Color.web("#fbfbf8"),
            Color.web("#efeee8"),
            Color.web("#1d1d1f"),
            Color.web("#77777d"),
            Color.web("#0a7b6c"),
            Color.web("#d8d8d2"),
            1.0);

    public static final Theme PROJECTOR = new Theme(
            "projector",
            Color.web("#000000"),
            Color.web("#161616"),
            Color.web("#ffffff"),
            Color.web("#b8b8b8"),
            Color.web("#ffd31a"),
            Color.web("#3a3a3a"),
            1.3);

    /** @throws IllegalArgumentException for an unknown name */
    public static Theme named(String name) {
        return switch (name) {
            case "standard", "default", "light" -> STANDARD;
            case "projector", "presenter" -> PROJECTOR;
            default -> throw new IllegalArgumentException("unknown theme '" + name + "' (known: standard, projector)");
        };
    }

    public boolean dark() {
        return background.getBrightness() < 0.5;
    }

    /** The base type size for a drawing of the given size: legible at 1920×1080 and on a laptop. */
    public double fontSize(double width, double height) {
        return Math.max(11, Math.min(width / 64, height / 40)) * scale;
    }

    public Font font(double size) {
        return Font.font("System", FontWeight.NORMAL, size);
    }

    public Font bold(double size) {
        return Font.font("System", FontWeight.BOLD, size);
    }

    /** CSS for the controls around a drawing (buttons, fields, labels). */
    public String css(double fontSize) {
        return "-fx-font-size: " + Math.round(fontSize) + "px; -fx-base: " + web(panel) + "; -fx-background-color: "
                + web(background) + "; -fx-text-fill: " + web(foreground) + ";";
    }

    public static String web(Color c) {
        return String.format(
                "#%02x%02x%02x",
                (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int)
                        Math.round(c.getBlue() * 255));
    }

    public java.awt.Color awt(Color c) {
        return new java.awt.Color(
                (float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
