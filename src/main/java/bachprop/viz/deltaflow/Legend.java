package bachprop.viz.deltaflow;

import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Palette;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** The δ-flow drawing's legend: the diverging colour scale of δ and what "?", edge widths and rings mean. */
final class Legend {
    private Legend() {}

    private static final List<String> LEGEND =
            List.of("?  not computed yet", "edge width ∝ |w|, dashed when w < 0", "ringed: the current step");

    /** The legend's rows: the colour scale with its first notes, the rest wrapped beneath when narrow. */
    private static List<List<String>> lines(Theme theme, double f, double w) {
        double size = size(theme, f);
        double x = f * 1.6 + 24 * f * 0.45 + f;
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>());
        for (String item : LEGEND) {
            double iw = Draw.width(item, theme.font(size)) + f * 1.2;
            if (x + iw > w && !rows.get(rows.size() - 1).isEmpty() || x + iw > w && rows.size() == 1) {
                rows.add(new ArrayList<>());
                x = f * 0.5;
            }
            rows.get(rows.size() - 1).add(item);
            x += iw;
        }
        return rows;
    }

    /**
     * The legend's type: a little smaller than the drawing's, but not below 10 px while the drawing's
     * is larger, nor below the theme's least size (its scale's numbers, 0.9 of it, are floored by the theme).
     */
    static double size(Theme theme, double f) {
        return Math.max(Math.max(f * 0.72, Math.min(f, 10)), theme.leastTextPx());
    }

    /** How many rows the legend takes at font size {@code f} and width {@code w}. */
    static int rows(Theme theme, double f, double w) {
        return lines(theme, f, w).size();
    }

    /** The top edge of the legend's first row (what is drawn above it keeps clear of it). */
    static double top(Theme theme, double f, double w, double h) {
        double size = size(theme, f);
        return h - f * 1.7 - (rows(theme, f, w) - 1) * size * 1.4 - size * 0.6;
    }

    /** The legend along the bottom: the δ colour scale from −{@code scale} to +{@code scale}, then the notes. */
    static void draw(GraphicsContext g, Theme theme, double scale, double f, double w, double h) {
        double size = size(theme, f);
        List<List<String>> rows = lines(theme, f, w);
        double x = f * 0.5;
        double y = h - f * 1.7 - (rows.size() - 1) * size * 1.4;
        int n = 24;
        double bw = f * 0.45;
        Draw.text(g, "δ:", x, y, theme.font(size), theme.foreground(), TextAlignment.LEFT);
        double bx = x + f * 1.1;
        for (int i = 0; i < n; i++) {
            double v = -scale + 2 * scale * (i + 0.5) / n;
            g.setFill(Palette.diverging(v, scale));
            g.fillRect(bx + i * bw, y - size * 0.55, bw + 0.5, size * 1.1);
        }
        Draw.centred(g, "−" + Num.sig(scale, 2), bx, y + size * 1.3, theme.font(size * 0.9), theme.muted());
        Draw.centred(g, "0", bx + n * bw / 2, y + size * 1.3, theme.font(size * 0.9), theme.muted());
        Draw.centred(g, "+" + Num.sig(scale, 2), bx + n * bw, y + size * 1.3, theme.font(size * 0.9), theme.muted());
        for (int r = 0; r < rows.size(); r++) {
            double tx = r == 0 ? bx + n * bw + f : x;
            double ty = r == 0 ? y : y + size * 1.3 + r * size * 1.4;
            Draw.text(g, String.join("    ", rows.get(r)), tx, ty, theme.font(size), theme.muted(), TextAlignment.LEFT);
        }
    }
}
