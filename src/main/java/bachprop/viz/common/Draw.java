package bachprop.viz.common;

import bachprop.nn.Fmt;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Small drawing helpers shared by the canvas views: text placed by its centre, TeX, arrows, axes. */
public final class Draw {
    private Draw() {}

    /** The texts drawn since {@link #record()} on this (the FX) thread, or null when not recording. */
    private static List<CanvasText> recording;

    /** From now on each text drawn is listed (for the layout audit: canvas text is no node). */
    static void record() {
        recording = new ArrayList<>();
    }

    /** The texts drawn since {@link #record()}; recording stops. */
    static List<CanvasText> recorded() {
        List<CanvasText> r = recording == null ? List.of() : List.copyOf(recording);
        recording = null;
        return r;
    }

    public static void text(
            GraphicsContext g, String s, double x, double y, Font font, Color colour, TextAlignment align) {
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, x, y);
        if (recording != null) {
            recording.add(placed(g, s, x, y, font, align));
        }
    }

    /** Where {@code s} went on the canvas (baseline at the vertical centre, as drawn), through the current transform. */
    private static CanvasText placed(GraphicsContext g, String s, double x, double y, Font font, TextAlignment align) {
        Text t = new Text(s);
        t.setFont(font);
        double w = t.getLayoutBounds().getWidth();
        double h = t.getLayoutBounds().getHeight();
        double x0 = switch (align) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            default -> x;
        };
        double scale = Math.hypot(g.getTransform().getMxx(), g.getTransform().getMyx());
        return new CanvasText(
                s, g.getTransform().transform(new BoundingBox(x0, y - h / 2, w, h)), font.getSize() * scale);
    }

    /** Like {@link #text} but shrinks the type so the line fits {@code maxWidth}. */
    public static void textFit(
            GraphicsContext g,
            String s,
            double x,
            double y,
            Font font,
            Color colour,
            TextAlignment align,
            double maxWidth) {
        double w = width(s, font);
        if (w > maxWidth && maxWidth > 0) {
            boolean bold = font.getStyle().toLowerCase().contains("bold");
            font = Font.font(
                    font.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, font.getSize() * maxWidth / w);
        }
        text(g, s, x, y, font, colour, align);
    }

    public static void centred(GraphicsContext g, String s, double x, double y, Font font, Color colour) {
        text(g, s, x, y, font, colour, TextAlignment.CENTER);
    }

    public static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** Draws TeX with its left edge at x and its vertical centre at y; returns its width. */
    public static double tex(GraphicsContext g, String tex, double x, double y, double size, Color colour) {
        Image img = Tex.image(tex, size, colour);
        g.drawImage(img, x, y - img.getHeight() / 2);
        return img.getWidth();
    }

    /** TeX scaled down if needed so it fits {@code maxWidth}; left edge at x, centre at y. */
    public static double texFit(
            GraphicsContext g, String tex, double x, double y, double size, double maxWidth, Color colour) {
        Image img = Tex.image(tex, size, colour);
        double s = Math.min(1, maxWidth / img.getWidth());
        g.drawImage(img, x, y - img.getHeight() * s / 2, img.getWidth() * s, img.getHeight() * s);
        return img.getWidth() * s;
    }

    public static void arrow(
            GraphicsContext g, double x1, double y1, double x2, double y2, double head, Color colour, double width) {
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(width);
        g.strokeLine(x1, y1, x2, y2);
        double ang = Math.atan2(y2 - y1, x2 - x1);
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len < 1) {
            return;
        }
        double h = Math.min(head, len * 0.6);
        g.fillPolygon(
                new double[] {x2, x2 - h * Math.cos(ang - 0.4), x2 - h * Math.cos(ang + 0.4)},
                new double[] {y2, y2 - h * Math.sin(ang - 0.4), y2 - h * Math.sin(ang + 0.4)},
                3);
    }

    /** A linear map from data to pixels along one axis. */
    public record Scale(double d0, double d1, double p0, double p1) {
        public double px(double d) {
            return p0 + (d - d0) / (d1 - d0) * (p1 - p0);
        }

        public double data(double p) {
            return d0 + (p - p0) / (p1 - p0) * (d1 - d0);
        }
    }

    /** Axes with ticks every {@code step} (an x step of 0: no x ticks), labelled with {@code fmt}. */
    public static void axes(
            GraphicsContext g,
            Scale xs,
            Scale ys,
            double xStep,
            double yStep,
            Theme t,
            double font,
            String xLabel,
            String yLabel) {
        g.setStroke(t.grid());
        g.setLineWidth(1);
        for (double x = Math.ceil(xs.d0() / xStep) * xStep;
                xStep > 0 && x <= xs.d1() + 1e-9;
                x += xStep) { // xStep 0: no x ticks
            g.strokeLine(xs.px(x), ys.p0(), xs.px(x), ys.p1());
            centred(g, tick(x), xs.px(x), ys.p0() + tickDrop(t, font), t.font(font * 0.9), t.muted());
        }
        for (double y = Math.ceil(ys.d0() / yStep) * yStep; y <= ys.d1() + 1e-9; y += yStep) {
            g.strokeLine(xs.p0(), ys.px(y), xs.p1(), ys.px(y));
            text(g, tick(y), xs.p0() - font * 0.4, ys.px(y), t.font(font * 0.9), t.muted(), TextAlignment.RIGHT);
        }
        g.setStroke(t.foreground());
        g.setLineWidth(1.5 * t.scale());
        g.strokeLine(xs.p0(), ys.p0(), xs.p1(), ys.p0());
        g.strokeLine(xs.p0(), ys.p0(), xs.p0(), ys.p1());
        if (xLabel != null) { // below the last tick, further down where the theme's least size enlarged the type
            double below = t.leastTextPx() > 0
                    ? Math.max(
                            0,
                            0.6 * (t.font(font * 0.9).getSize() + t.font(font).getSize()) - font)
                    : 0;
            double y = ys.p0() + font * 1.9 + below + tickDrop(t, font) - font * 0.9; // under the ticks
            text(g, xLabel, xs.p1(), y, t.font(font), t.foreground(), TextAlignment.RIGHT);
        }
        if (yLabel != null) {
            text(g, yLabel, xs.p0(), ys.p1() - font * 0.9, t.font(font), t.foreground(), TextAlignment.LEFT);
        }
    }

    /**
     * How far below the x axis its tick labels' centres sit: 0.9 of the axes' type, or where the
     * theme's least size enlarged the ticks, 1.2 of their size (clear of the corner's y tick).
     */
    private static double tickDrop(Theme t, double font) {
        return t.leastTextPx() > 0
                ? Math.max(font * 0.9, 1.2 * t.font(font * 0.9).getSize())
                : font * 0.9;
    }

    /** A tick step of 1, 2 or 5 × 10ⁿ that cuts {@code range} into about {@code ticks} parts. */
    public static double niceStep(double range, int ticks) {
        double raw = Math.max(1e-9, range) / ticks;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        return raw / p < 2 ? p : raw / p < 5 ? 2 * p : 5 * p;
    }

    static String tick(double v) {
        if (Math.abs(v) < 1e-9) {
            return "0";
        }
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : Fmt.sig(v, 3);
    }
}
