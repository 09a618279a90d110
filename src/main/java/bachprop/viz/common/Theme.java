package bachprop.viz.common;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Colours and type sizes of a visualiser. {@link #STANDARD} is for a laptop screen;
 * {@link #PROJECTOR} is the presenter theme: large type, thick lines, maximum contrast, legible
 * from the back of a hall at 1920×1080; {@link #HIGH_CONTRAST} is for a reader with low vision at
 * their own screen: every text colour at least 7:1 against the backgrounds (WCAG AAA), laptop sizes.
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

    /** White and pale grey on black, yellow highlight: every text pair ≥ 7:1 (ThemeContrastTest). */
    public static final Theme HIGH_CONTRAST = new Theme(
            "high-contrast",
            Color.web("#000000"),
            Color.web("#0c0c0c"),
            Color.web("#ffffff"),
            Color.web("#d6d6d6"),
            Color.web("#ffe600"),
            Color.web("#8a8a8a"),
            1.0);

    /** @throws IllegalArgumentException for an unknown name */
    public static Theme named(String name) {
        return switch (name) {
            case "standard", "default", "light" -> STANDARD;
            case "projector", "presenter" -> PROJECTOR;
            case "high-contrast", "contrast" -> HIGH_CONTRAST;
            default ->
                throw new IllegalArgumentException(
                        "unknown theme '" + name + "' (known: standard, projector, high-contrast)");
        };
    }

    public boolean dark() {
        return background.getBrightness() < 0.5;
    }

    /** The base type size for a drawing of the given size: legible at 1920×1080 and on a laptop. */
    public double fontSize(double width, double height) {
        return Math.max(11, Math.min(width / 64, height / 40)) * scale;
    }

    /**
     * The least type size of the projector theme's drawings, in pixels: the presenter's minimum on
     * a 1920×1080 screen (app.PresenterModel.MIN_TEXT_PX), so a drawing's smallest notes stay
     * legible from the back of a hall. The other themes have none (0).
     */
    public static final double PROJECTOR_LEAST_PX = 24;

    /** The least type size of this theme's drawings (0: none); {@link #font} and {@link #bold} never go below it. */
    public double leastTextPx() {
        return "projector".equals(name) ? PROJECTOR_LEAST_PX : 0;
    }

    /** How much this theme's least size enlarges type of {@code size} pixels (0 when it does not). */
    public double grown(double size) {
        return Math.max(0, leastTextPx() - size);
    }

    public Font font(double size) {
        return Font.font("System", FontWeight.NORMAL, Math.max(size, leastTextPx()));
    }

    public Font bold(double size) {
        return Font.font("System", FontWeight.BOLD, Math.max(size, leastTextPx()));
    }

    /**
     * CSS for the controls around a drawing (buttons, fields, labels), with the keyboard focus
     * ring's colour {@code -viz-focus} (viz/common/focus.css draws the ring).
     */
    public String css(double fontSize) {
        return "-fx-font-size: " + Math.round(fontSize) + "px; -fx-base: " + web(panel) + "; -fx-background-color: "
                + web(background) + "; -fx-text-fill: " + web(foreground) + "; -viz-focus: " + web(focus()) + ";"
                + (this == HIGH_CONTRAST ? fieldsCss() : "");
    }

    /** Text fields as the drawing: white on black (modena would derive mid-grey fields, under 7:1). */
    private String fieldsCss() {
        return " -fx-control-inner-background: " + web(background) + "; -fx-text-inner-color: " + web(foreground)
                + "; -fx-prompt-text-fill: " + web(muted) + ";";
    }

    /** The keyboard focus ring: unlike the highlight (accent), and at least 3:1 on the background. */
    public Color focus() {
        return switch (name) {
            case "projector" -> Color.web("#4fc3ff");
            case "high-contrast" -> Color.web("#00ffff");
            default -> Color.web("#1a4fd6");
        };
    }

    /** The style sheet that draws the keyboard focus ring of a view marked {@code viz-root}. */
    public static String focusStylesheet() {
        return Theme.class.getResource("focus.css").toExternalForm();
    }

    /** Every theme, for the window's chooser and the tests. */
    public static List<Theme> all() {
        return List.of(STANDARD, PROJECTOR, HIGH_CONTRAST);
    }

    /** The WCAG 2 contrast ratio of two opaque colours, 1 (same) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2's relative luminance of an sRGB colour. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
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
