package bachprop.chorale.plot;

import static bachprop.chorale.plot.ChartPainter.BLUE;
import static bachprop.chorale.plot.ChartPainter.ORANGE;
import static bachprop.chorale.plot.ChartPainter.VERMILLION;
import static bachprop.chorale.plot.ChartPainter.text;

import bachprop.music.Note;
import bachprop.viz.common.Draw;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** The bar charts: the text's Figure 10 (output pitch probabilities) and the melodic-interval histogram. */
final class BarCharts {
    private static final Color HALF_LINE = Color.web("#eeeeee");

    private BarCharts() {}

    // ---- Figure 10 ----

    static void outputBars(GraphicsContext g, OutputBarsModel m, double w, double h) {
        double fs = ChartPainter.fontSize(w, h);
        double more = ChartPainter.title(
                g,
                "Output pitch probabilities before and after training (the text's Figure 10); ▲ and the odd-coloured bar = Bach's note",
                w,
                fs);
        int cols = columns(m, w, fs);
        int perRow = (m.notes() + cols - 1) / cols; // a narrow chart (a side panel) puts the notes on more rows
        int rows = (m.hasAfter() ? 2 : 1) * perRow;
        int top = (int) (fs * 2.6 + more);
        int cellW = (int) ((w - (int) fs) / cols);
        int cellH = (int) ((h - top - (int) fs) / rows);
        for (int r = 0; r < rows; r++) {
            for (int c = r % perRow * cols; c < Math.min(m.notes(), (r % perRow + 1) * cols); c++) {
                boolean before = r < perRow;
                double[] p = before ? m.before(c) : m.after(c);
                int high = before ? m.highBefore(c) : m.highAfter(c);
                int x0 = (int) (fs / 2) + c % cols * cellW;
                int y0 = top + r * cellH;
                bars(
                        g,
                        p,
                        m.target(c) - m.lowestPitch(),
                        m.lowestPitch(),
                        x0,
                        y0,
                        cellW - (int) fs,
                        cellH - (int) (fs * 0.6),
                        label(before, c, high),
                        before ? VERMILLION : BLUE,
                        fs);
            }
        }
    }

    private static String label(boolean before, int note, int high) {
        return (before ? "before" : "after") + " #" + (note + 1) + ": " + high + " high";
    }

    /** As many panels side by side as there are notes, or fewer (a divisor) where their labels would not fit. */
    private static int columns(OutputBarsModel m, double w, double fs) {
        Font font = ChartPainter.plain(fs * 0.8);
        double widest = 0;
        for (int c = 0; c < m.notes(); c++) {
            for (boolean before : new boolean[] {true, false}) {
                if (before || m.hasAfter()) {
                    double p = max(before ? m.before(c) : m.after(c));
                    String s = label(before, c, before ? m.highBefore(c) : m.highAfter(c)) + topP(p);
                    widest = Math.max(widest, Draw.width(s, font));
                }
            }
        }
        int cols = m.notes();
        // a label may run into its panel's margin, leaving 4 px before the next one; rows stay full
        while (cols > 1 && ((int) ((w - (int) fs) / cols) < widest + 4 || m.notes() % cols != 0)) {
            cols--;
        }
        return cols;
    }

    private static double max(double[] p) {
        double max = 0;
        for (double v : p) {
            max = Math.max(max, v);
        }
        return Math.max(max, 1e-9);
    }

    private static String topP(double max) {
        return String.format(Locale.ROOT, ", top p %.2f", max);
    }

    /** One panel of Figure 10: bar i is pitch {@code low + i}; bar {@code target} is Bach's note. */
    private static void bars(
            GraphicsContext g,
            double[] p,
            int target,
            int low,
            int x0,
            int y0,
            int w,
            int h,
            String label,
            Color color,
            double fs) {
        int top = y0 + (int) (fs * 1.6);
        int bottom = y0 + h - (int) (fs * 1.4);
        double max = max(p);
        text(g, label + topP(max), x0, y0 + (int) fs, ChartPainter.plain(fs * 0.8), ChartPainter.ink());
        double bw = (double) w / p.length;
        double half = bottom - (int) ((bottom - top) * 0.5) + 0.5;
        g.setStroke(HALF_LINE);
        g.setLineWidth(1);
        g.strokeLine(x0, half, x0 + w, half);
        for (int i = 0; i < p.length; i++) {
            double bh = Math.round((bottom - top) * p[i] / max);
            g.setFill(i == target ? ChartPainter.ink() : color);
            g.fillRect((int) (x0 + i * bw), bottom - bh, Math.max(1, (int) bw - 1), bh);
        }
        g.setStroke(ChartPainter.ink());
        g.strokeLine(x0, bottom + 0.5, x0 + w, bottom + 0.5);
        Font small = ChartPainter.plain(fs * 0.75);
        for (int i = 0; i < p.length; i += 12) {
            text(g, Note.name(low + i), (int) (x0 + i * bw), bottom + (int) (fs * 1.3), small, ChartPainter.ink());
        }
        if (target >= 0 && target < p.length) {
            double tx = (int) (x0 + (target + 0.5) * bw);
            double ty = bottom + 2;
            g.setFill(ChartPainter.ink());
            g.fillPolygon(
                    new double[] {tx, tx - (int) (fs / 3), tx + (int) (fs / 3)},
                    new double[] {ty, ty + (int) (fs / 2), ty + (int) (fs / 2)},
                    3);
        }
    }

    // ---- interval histogram ----

    /** Bin i counts steps of |i| semitones; the last bin, steps of more than an octave. */
    static void intervals(GraphicsContext g, List<Long> sampled, List<Long> bach, String title, double w, double h) {
        double fs = ChartPainter.fontSize(w, h);
        double more = ChartPainter.title(g, title, w, fs);
        double left = (int) (fs * 5.5);
        double right = w - (int) fs;
        double top = (int) (fs * 3.2) + more;
        double bottom = h - (int) (fs * 3);
        double[] s = shares(sampled);
        double[] b = shares(bach);
        double max = 0;
        for (int i = 0; i < s.length; i++) {
            max = Math.max(max, Math.max(s[i], b[i]));
        }
        max = ChartPainter.niceCeil(max);
        ChartPainter.axes(
                g,
                left,
                right,
                top,
                bottom,
                0,
                0,
                0,
                max,
                "|interval| in semitones (last bin: more than an octave)",
                "share of steps",
                fs);
        double bw = (right - left) / s.length;
        Font small = ChartPainter.plain(fs * 0.8);
        for (int i = 0; i < s.length; i++) {
            int x = (int) (left + i * bw);
            int hb = (int) ((bottom - top) * b[i] / max);
            int hs = (int) ((bottom - top) * s[i] / max);
            g.setFill(BLUE);
            g.fillRect(x + 2, bottom - hb, (int) (bw / 2) - 2, hb);
            g.setFill(ORANGE);
            g.fillRect(x + (int) (bw / 2), bottom - hs, (int) (bw / 2) - 2, hs);
            text(
                    g,
                    i == s.length - 1 ? ">12" : String.valueOf(i),
                    x + (int) (bw / 3),
                    bottom + (int) fs,
                    small,
                    ChartPainter.ink());
        }
        ChartPainter.legend(g, BLUE, "Bach's continuations", right - (int) (fs * 14), top + (int) fs, fs, true, small);
        ChartPainter.legend(
                g, ORANGE, "network's samples", right - (int) (fs * 14), top + (int) (fs * 2.3), fs, true, small);
    }

    private static double[] shares(List<Long> h) {
        double total = 0;
        for (long v : h) {
            total += v;
        }
        double[] s = new double[h.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = total == 0 ? 0 : h.get(i) / total;
        }
        return s;
    }
}
