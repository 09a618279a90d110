package bachprop.chorale.plot;

import static bachprop.chorale.plot.ChartPainter.BLUE;
import static bachprop.chorale.plot.ChartPainter.GREY;
import static bachprop.chorale.plot.ChartPainter.ORANGE;

import bachprop.music.Note;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The text's Figure 11: a piano roll of the opening (given), the notes that follow it (generated,
 * or Bach's own), and Bach's continuation as outlines; black keys on a shaded row, every C named.
 */
final class PianoRollChart {
    private static final Color BLACK_KEY = Color.web("#f0f0f0");
    private static final Color WHITE_KEY = Color.WHITE;
    private static final Color OCTAVE_LINE = Color.web("#dddddd");

    private PianoRollChart() {}

    /** The shaded (black-key) row: today's pale grey on light paper, a dark theme's panel on its paper. */
    static Color blackKey(Theme t) {
        return t.dark() ? t.panel() : BLACK_KEY;
    }

    /** The plain (white-key) row: white on light paper, the paper itself on a dark theme's. */
    static Color whiteKey(Theme t) {
        return t.dark() ? t.background() : WHITE_KEY;
    }

    /** The line under every C: light grey on light paper, a dark theme's grid colour. */
    static Color octaveLine(Theme t) {
        return t.dark() ? t.grid() : OCTAVE_LINE;
    }

    /** Bach's outlines and their legend swatch: mid grey on light paper, a dark theme's muted ink (≥ 3:1 on it). */
    static Color bach(Theme t) {
        return t.dark() ? t.muted() : GREY;
    }

    /**
     * The roll in the box (x0, y0, w, h) with base type size {@code fs}; a long title shrinks to no
     * less than {@code leastPx} (a theme's least text size, 0 for none) before it wraps.
     */
    static void draw(
            GraphicsContext g, PianoRollModel m, double x0, double y0, double w, double h, double fs, double leastPx) {
        double more = ChartPainter.title(
                g,
                m.title(),
                x0 + (int) fs,
                y0 + (int) (fs * 1.4),
                w - 2 * (int) fs,
                ChartPainter.bold(fs),
                Math.max(ChartPainter.smallestTitle(fs), leastPx));
        double left = x0 + (int) (fs * 3.5);
        double right = x0 + w - (int) fs;
        Font legend = ChartPainter.plain(fs * 0.85);
        List<double[]> keys = legendPlaces(m, left, right, fs, legend);
        int legendRows = 1 + (int) keys.get(keys.size() - 1)[1];
        double top = y0 + (int) (fs * 2.2) + more;
        double bottom = y0 + h - (int) (fs * 2.2) - (legendRows - 1) * LEGEND_ROW * fs;
        int[] range = m.pitchRange();
        int pitches = range[1] - range[0] + 1;
        double rowH = (bottom - top) / pitches;
        double colW = (right - left) / Math.max(1, m.totalLength());
        Font small = ChartPainter.plain(fs * 0.75);
        Theme theme = ChartPainter.theme();
        for (int p = range[0]; p <= range[1]; p++) {
            double y = bottom - (p - range[0] + 1) * rowH;
            boolean black = switch (Math.floorMod(p, 12)) {
                case 1, 3, 6, 8, 10 -> true;
                default -> false;
            };
            g.setFill(black ? blackKey(theme) : whiteKey(theme));
            g.fillRect(left, y, right - left, rowH);
            if (Math.floorMod(p, 12) == 0) {
                ChartPainter.text(
                        g,
                        Note.name(p),
                        x0 + fs * 0.3,
                        y + rowH,
                        small,
                        ChartPainter.theme().muted());
                g.setStroke(octaveLine(theme));
                g.setLineWidth(1);
                g.strokeLine(left, y + rowH, right, y + rowH);
            }
        }
        // Bach's own continuation, as outlines after the opening
        int t = m.onset(m.openingLength());
        g.setStroke(bach(theme));
        g.setLineWidth(Math.max(1, fs / 10));
        for (Note n : m.reference()) {
            if (!n.isRest()) {
                g.strokeRect(
                        left + t * colW,
                        bottom - (n.pitch() - range[0] + 1) * rowH,
                        Math.max(2, n.duration() * colW - 1),
                        Math.max(2, rowH));
            }
            t += n.duration();
        }
        List<Note> visible = m.visible();
        t = 0;
        for (int i = 0; i < visible.size(); i++) {
            Note n = visible.get(i);
            if (!n.isRest()) {
                g.setFill(
                        m.hasSurprise()
                                ? SurpriseScale.colour(m.surpriseLevel(i))
                                : i < m.openingLength() ? BLUE : ORANGE);
                g.fillRect(
                        left + t * colW,
                        bottom - (n.pitch() - range[0] + 1) * rowH,
                        Math.max(2, n.duration() * colW - 1),
                        Math.max(2, rowH));
                if (m.hasSurprise()) { // an ink outline keeps the palest (most predictable) note visible
                    g.setStroke(ChartPainter.ink());
                    g.setLineWidth(1);
                    g.strokeRect(
                            left + t * colW,
                            bottom - (n.pitch() - range[0] + 1) * rowH,
                            Math.max(2, n.duration() * colW - 1),
                            Math.max(2, rowH));
                }
            }
            t += n.duration();
        }
        double split = Math.round(left + m.onset(m.openingLength()) * colW) + 0.5;
        g.setStroke(ChartPainter.ink());
        g.setLineWidth(1);
        g.strokeLine(split, top, split, bottom);
        g.strokeRect(left + 0.5, top + 0.5, right - left, bottom - top);
        double ly = bottom + (int) (fs * 1.4);
        if (m.hasSurprise()) { // the colour says surprise; the line still marks the end of the opening
            double x = SurpriseScale.legend(g, left, ly, fs, m.scaleTopBits(), legend);
            // Bach's outlines are named only where the name fits beside the scale (a narrow side panel: not)
            if (!m.reference().isEmpty() && x + fs * 1.4 + Draw.width("Bach's continuation", legend) <= x0 + w) {
                ChartPainter.legend(g, bach(theme), "Bach's continuation", x, ly, fs, false, legend);
            } else if (!m.reference().isEmpty() && legendRows > 1) { // large type: on the second legend row
                ChartPainter.legend(
                        g, bach(theme), "Bach's continuation", left, ly + LEGEND_ROW * fs, fs, false, legend);
            }
            return;
        }
        List<String> names = legendNames(m);
        for (int i = 0; i < names.size(); i++) {
            double[] at = keys.get(i);
            Color c = i == 2 ? bach(theme) : LEGEND_COLOURS[i];
            ChartPainter.legend(g, c, names.get(i), at[0], ly + at[1] * LEGEND_ROW * fs, fs, i < 2, legend);
        }
    }

    /** The legend's line height, in base type sizes (a second row when the entries do not fit one). */
    static final double LEGEND_ROW = 1.3;

    private static final Color[] LEGEND_COLOURS = {BLUE, ORANGE, GREY};

    /** The legend's entries: the opening, the continuation shown, and Bach's outlines if any. */
    private static List<String> legendNames(PianoRollModel m) {
        return m.reference().isEmpty()
                ? List.of("opening (given)", m.continuation())
                : List.of("opening (given)", m.continuation(), "Bach's continuation");
    }

    /**
     * Where each legend entry goes, {x, row}: at 0, 10 and 18 type sizes from {@code left} when
     * they fit between left and right without touching; else packed one type size apart and
     * wrapped onto more rows (large type in a narrow chart: the projector theme).
     */
    static List<double[]> legendPlaces(PianoRollModel m, double left, double right, double fs, Font font) {
        List<String> names = legendNames(m);
        double[] fixed = {left, left + (int) (fs * 10), left + (int) (fs * 18)};
        double[] width = new double[names.size()];
        boolean fits = true;
        for (int i = 0; i < names.size(); i++) {
            width[i] = fs * 1.4 + Draw.width(names.get(i), font); // swatch and text (ChartPainter.legend)
            double end = fixed[i] + width[i];
            fits &= end <= right && (i + 1 == names.size() || end + fs * 0.5 <= fixed[i + 1]);
        }
        List<double[]> places = new ArrayList<>();
        double x = left;
        int row = 0;
        for (int i = 0; i < names.size(); i++) {
            if (fits) {
                places.add(new double[] {fixed[i], 0});
                continue;
            }
            if (x > left && x + width[i] > right) {
                row++;
                x = left;
            }
            places.add(new double[] {x, row});
            x += width[i] + fs;
        }
        return places;
    }
}
