package bachprop.chorale.plot;

import static bachprop.chorale.plot.ChartPainter.SERIES;
import static bachprop.chorale.plot.ChartPainter.text;

import bachprop.viz.common.Draw;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** The text's Figure 9: cost (or any measure) against epochs, one line per series, each labelled with its last value. */
final class LineChart {
    private LineChart() {}

    /** {@code emptyMaxY}: the y range drawn before any point. */
    static void draw(
            GraphicsContext g, CostCurveModel m, double w, double h, String xLabel, String yLabel, double emptyMaxY) {
        double fs = ChartPainter.fontSize(w, h);
        double more = ChartPainter.title(g, m.title(), w, fs);
        double left = (int) (fs * 5.5);
        double right = w - (int) (fs * 1.5);
        double top = (int) (fs * 3.2) + more;
        double bottom = h - (int) (fs * 3);
        boolean empty = m.allSeries().stream().allMatch(s -> s.points().isEmpty());
        double maxX = empty ? 10 : Math.max(1e-9, m.maxX()); // empty: a plain 0..10 frame
        double maxY = empty ? emptyMaxY : ChartPainter.niceCeil(Math.max(1e-9, m.maxY()));
        ChartPainter.axes(g, left, right, top, bottom, 0, maxX, 0, maxY, xLabel, yLabel, fs);
        if (empty) {
            text(
                    g,
                    "no training yet",
                    (left + right) / 2 - fs * 4,
                    (top + bottom) / 2,
                    ChartPainter.italic(fs * 1.2),
                    ChartPainter.theme().muted());
        }
        int i = 0;
        for (CostCurveModel.Series s : m.allSeries()) {
            Color c = SERIES[i % SERIES.length];
            g.setStroke(c);
            g.setLineWidth(Math.max(1.5, fs / 8));
            g.beginPath();
            boolean first = true;
            for (CostCurveModel.Point p : s.points()) {
                double x = left + (right - left) * p.x() / maxX;
                double y = bottom - (bottom - top) * Math.min(p.y(), maxY) / maxY;
                if (first) {
                    g.moveTo(x, y);
                    first = false;
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
            Font font = ChartPainter.plain(fs);
            String last = s.points().isEmpty()
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            " (last %.1f)",
                            s.points().get(s.points().size() - 1).y());
            String label = s.label() + last;
            double lx = right - Draw.width(label, font) - fs * 2;
            g.setFill(c);
            g.fillRect(lx - fs * 1.4, top + fs * (0.6 + 1.3 * i), fs, fs * 0.5);
            text(g, label, lx, top + fs * (1.2 + 1.3 * i), font, ChartPainter.ink());
            i++;
        }
    }
}
