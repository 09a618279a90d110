package bachprop.chorale.plot;

import bachprop.viz.common.Draw;
import bachprop.viz.common.Export;
import bachprop.viz.common.Fx;
import bachprop.viz.common.Theme;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The pieces the chapter-7 charts share, drawn with the visualisers' stack (a JavaFX canvas, the
 * paper and ink of a {@link Theme}, the standard one unless a caller asks, {@link Draw} for text): the canvas and its snapshot,
 * the title, axes and legend, and the Okabe–Ito colour-blind-safe series colours.
 */
final class ChartPainter {
    static final Color BLUE = Color.web("#0072B2");
    static final Color ORANGE = Color.web("#E69F00");
    static final Color VERMILLION = Color.web("#D55E00");
    static final Color GREEN = Color.web("#009E73");
    static final Color GREY = Color.web("#888888");
    static final Color[] SERIES = {VERMILLION, BLUE, GREEN, ORANGE};

    /** The texts of the picture drawn last on the FX thread (for the layout audit: canvas text is no node). */
    private static List<DrawnText> drawn = new ArrayList<>();

    /** The theme of the picture being drawn on the FX thread (paper, ink, grid, muted text). */
    private static Theme theme = Theme.STANDARD;

    private ChartPainter() {}

    /** What {@link #image} drew last: every text, where it went and how large. */
    static List<DrawnText> lastTexts() {
        return List.copyOf(drawn);
    }

    /** The theme of the picture being drawn (the standard one unless {@link #image(int, int, Theme, Consumer)} says). */
    static Theme theme() {
        return theme;
    }

    /** The ink of the picture being drawn: its theme's foreground. */
    static Color ink() {
        return theme.foreground();
    }

    /** A w × h picture in the standard theme (the figures' PNGs and the chart views). */
    static BufferedImage image(int w, int h, Consumer<GraphicsContext> draw) {
        return image(w, h, Theme.STANDARD, draw);
    }

    /**
     * A w × h picture: a canvas on the theme's paper, drawn by {@code draw} in {@code t}'s colours
     * on the FX thread (the toolkit is started headless if nobody has) and read back as the pixels
     * a PNG gets.
     */
    static BufferedImage image(int w, int h, Theme t, Consumer<GraphicsContext> draw) {
        Fx.start();
        return Fx.call(() -> {
            drawn = new ArrayList<>();
            theme = t;
            Canvas canvas = new Canvas(w, h);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(theme.background());
            g.fillRect(0, 0, w, h);
            g.setTextBaseline(VPos.BASELINE);
            g.setTextAlign(TextAlignment.LEFT);
            draw.accept(g);
            return Export.snapshot(canvas, w, h, theme.background());
        });
    }

    /** The base type size for a chart of w × h. */
    static double fontSize(double w, double h) {
        return Math.max(11, Math.min(w, h) / 32);
    }

    /** The smallest text of a chart (tick and pitch labels) as a share of its base type size. */
    static final double SMALLEST_SHARE = 0.75;

    /**
     * The base type size for a chart of w × h whose smallest text ({@link #SMALLEST_SHARE} of it)
     * is at least {@code leastPx} (a theme's least text size; 0: none, the size as above).
     */
    static double fontSize(double w, double h, double leastPx) {
        return Math.max(fontSize(w, h), leastPx / SMALLEST_SHARE);
    }

    static Font plain(double size) {
        return Font.font("System", FontWeight.NORMAL, Math.round(size));
    }

    static Font bold(double size) {
        return Font.font("System", FontWeight.BOLD, Math.round(size));
    }

    static Font italic(double size) {
        return Font.font("System", FontWeight.NORMAL, FontPosture.ITALIC, Math.round(size));
    }

    /** Text with its left end at x and its baseline at y. */
    static void text(GraphicsContext g, String s, double x, double y, Font font, Color colour) {
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(s, x, y);
        Text t = new Text(s);
        t.setFont(font);
        Bounds b = t.getLayoutBounds(); // y from the baseline: minY is minus the ascent
        drawn.add(new DrawnText(
                s,
                g.getTransform()
                        .transform(new BoundingBox(x + b.getMinX(), y + b.getMinY(), b.getWidth(), b.getHeight())),
                font.getSize()));
    }

    /**
     * The chart's title, bold, at the top left; a long one shrinks to the width rather than running
     * off, and where that would make it smaller than the chart's other text (a side panel) it wraps
     * onto more lines instead. Returns the height the extra lines take (0 for one line).
     */
    static double title(GraphicsContext g, String s, double w, double fs) {
        return title(g, s, fs, fs * 1.5, w - 2 * fs, bold(fs * 1.15), smallestTitle(fs));
    }

    /** The smallest a title shrinks to before it wraps: 11 px, or 0.6 of the chart's type if larger. */
    static double smallestTitle(double fs) {
        return Math.max(11, fs * 0.6);
    }

    /**
     * {@code s} in {@code font} with its left end at x and its first baseline at y, within {@code room}
     * pixels: shrunk to fit down to {@code smallest} px, then wrapped at spaces. Returns the height
     * of the lines after the first.
     */
    static double title(GraphicsContext g, String s, double x, double y, double room, Font font, double smallest) {
        double tw = Draw.width(s, font);
        if (tw <= room || room <= 0) {
            text(g, s, x, y, font, ink());
            return 0;
        }
        double shrunk = font.getSize() * room / tw;
        if (shrunk >= smallest) {
            text(g, s, x, y, Font.font("System", FontWeight.BOLD, shrunk), ink());
            return 0;
        }
        Font f = Font.font("System", FontWeight.BOLD, Math.round(Math.max(smallest, 1)));
        List<String> lines = wrap(s, f, room);
        for (int i = 0; i < lines.size(); i++) {
            text(g, lines.get(i), x, y + i * f.getSize() * 1.25, f, ink());
        }
        return (lines.size() - 1) * f.getSize() * 1.25;
    }

    /** {@code s} broken at spaces into lines no wider than {@code room} (a single longer word stays whole). */
    static List<String> wrap(String s, Font font, double room) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && Draw.width(longer, font) > room) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Axes from (left, bottom) to (right, top): five y labels from y0 to y1, six x labels when x1 > x0. */
    static void axes(
            GraphicsContext g,
            double left,
            double right,
            double top,
            double bottom,
            double x0,
            double x1,
            double y0,
            double y1,
            String xLabel,
            String yLabel,
            double fs) {
        g.setLineWidth(1);
        Font small = plain(fs * 0.8);
        for (int i = 0; i <= 4; i++) {
            double v = y0 + (y1 - y0) * i / 4;
            double y = Math.round(bottom - (bottom - top) * i / 4) + 0.5;
            g.setStroke(theme.grid());
            g.strokeLine(left + 1, y, right, y);
            String label = format(v);
            text(g, label, left - Draw.width(label, small) - fs * 0.4, y + fs * 0.3, small, ink());
        }
        g.setStroke(ink());
        g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
        g.strokeLine(left + 0.5, top, left + 0.5, bottom);
        if (x1 > x0) {
            for (int i = 0; i <= 5; i++) {
                double v = x0 + (x1 - x0) * i / 5;
                double x = Math.round(left + (right - left) * i / 5) + 0.5;
                g.strokeLine(x, bottom, x, bottom + fs * 0.3);
                text(g, format(v), x - fs, bottom + fs * 1.2, small, ink());
            }
        }
        text(g, xLabel, (left + right) / 2 - Draw.width(xLabel, small) / 2, bottom + fs * 2.4, small, ink());
        g.save();
        g.rotate(-90);
        text(g, yLabel, -(top + bottom) / 2 - Draw.width(yLabel, small) / 2, fs * 0.9, small, ink());
        g.restore();
    }

    /** A legend entry: a swatch (filled, or an outline) and its text. */
    static void legend(GraphicsContext g, Color c, String s, double x, double y, double fs, boolean filled, Font font) {
        if (filled) {
            g.setFill(c);
            g.fillRect(x, y - fs * 0.7, fs, fs * 0.7);
        } else {
            g.setStroke(c);
            g.setLineWidth(Math.max(1, fs / 10));
            g.strokeRect(x, y - fs * 0.7, fs, fs * 0.7);
        }
        text(g, s, x + fs * 1.4, y, font, ink());
    }

    /** A tick label: whole numbers as they are, others with two decimals (none from 10 on). */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least v. */
    static double niceCeil(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * p >= v) {
                return f * p;
            }
        }
        return 10 * p;
    }
}
