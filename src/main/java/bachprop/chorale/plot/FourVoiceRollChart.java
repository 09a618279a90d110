package bachprop.chorale.plot;

import bachprop.chorale.plot.FourVoiceRollModel.Mark;
import bachprop.chorale.plot.FourVoiceRollModel.Shape;
import bachprop.music.Note;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A four-voice piano roll: each voice in its own colour (legend S, A, T, B), the opening's end as a
 * line, bar lines every sixteen sixteenths, and the voice-leading marks where they occur — a line
 * between the two voices at both steps of a parallel, a cross for a crossing, a dashed line for
 * spacing, a ring for a note out of range (a run of the same crossing, spacing or range mark is
 * marked at its first step).
 */
final class FourVoiceRollChart {
    /** On light paper: Okabe–Ito vermillion, blue and bluish green, and a dark purple; each ≥ 3:1 on the paper. */
    private static final Color[] LIGHT = {
        Color.web("#D55E00"), Color.web("#0072B2"), Color.web("#007F5F"), Color.web("#6A3D9A")
    };
    /** On dark paper (projector, high contrast): the same hues lighter, each ≥ 7:1 on black. */
    private static final Color[] DARK = {
        Color.web("#FF9A52"), Color.web("#5CC3FF"), Color.web("#3FE0A5"), Color.web("#E0B0FF")
    };

    private static final List<String> MARKS = List.of("parallel 5th/8ve", "crossing", "spacing", "range");

    private FourVoiceRollChart() {}

    /** Voice v's colour (0 soprano … 3 bass) on the theme's paper. */
    static Color voice(Theme t, int v) {
        return (t.dark() ? DARK : LIGHT)[v];
    }

    /** The marks' colour: the ink on light paper, the theme's highlight (yellow) on dark. */
    static Color mark(Theme t) {
        return t.dark() ? t.accent() : t.foreground();
    }

    /** The roll in the box (x0, y0, w, h) with base type size {@code fs}, no text under {@code leastPx}. */
    static void draw(
            GraphicsContext g,
            FourVoiceRollModel m,
            double x0,
            double y0,
            double w,
            double h,
            double fs,
            double leastPx) {
        Theme theme = ChartPainter.theme();
        double more = ChartPainter.title(
                g,
                m.title(),
                x0 + (int) fs,
                y0 + (int) (fs * 1.4),
                w - 2 * (int) fs,
                ChartPainter.bold(fs),
                Math.max(ChartPainter.smallestTitle(fs), leastPx));
        double left = x0 + (int) (fs * 3.2);
        double right = x0 + w - (int) fs;
        Font legend = ChartPainter.plain(fs * 0.85);
        List<double[]> places = legendPlaces(left, right, fs, legend);
        int rows = 1 + (int) places.get(places.size() - 1)[1];
        double top = y0 + (int) (fs * 2.2) + more;
        double bottom = y0 + h - (int) (fs * 1.9) - (rows - 1) * PianoRollChart.LEGEND_ROW * fs;
        int pitches = m.high() - m.low() + 1;
        double rowH = (bottom - top) / pitches;
        double colW = (right - left) / Math.max(1, m.steps());
        keys(g, m, x0, left, right, bottom, rowH, fs, theme);
        g.setStroke(theme.grid()); // bar lines, every 16 sixteenths
        g.setLineWidth(1);
        for (int t = 16; t < m.steps(); t += 16) {
            double x = Math.round(left + t * colW) + 0.5;
            g.strokeLine(x, top, x, bottom);
        }
        for (int v = 0; v < 4; v++) {
            notes(g, m, v, left, bottom, rowH, colW, voice(theme, v));
        }
        marks(g, m, left, bottom, rowH, colW, fs, mark(theme));
        double split = Math.round(left + m.opening() * colW) + 0.5;
        g.setStroke(ChartPainter.ink());
        g.setLineWidth(Math.max(1, fs / 8));
        g.strokeLine(split, top, split, bottom);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, right - left, bottom - top);
        double ly = bottom + (int) (fs * 1.4);
        for (int i = 0; i < places.size(); i++) {
            double[] at = places.get(i);
            double y = ly + at[1] * PianoRollChart.LEGEND_ROW * fs;
            if (i < 4) {
                ChartPainter.legend(g, voice(theme, i), FourVoiceRollModel.VOICES.get(i), at[0], y, fs, true, legend);
            } else {
                glyph(g, Shape.values()[i - 4], at[0] + fs / 2, y - fs * 0.35, fs, mark(theme));
                ChartPainter.text(g, MARKS.get(i - 4), at[0] + fs * 1.4, y, legend, ChartPainter.ink());
            }
        }
    }

    /** The key rows (black keys shaded) and every C named at the left, in the ink (≥ 4.5:1). */
    private static void keys(
            GraphicsContext g,
            FourVoiceRollModel m,
            double x0,
            double left,
            double right,
            double bottom,
            double rowH,
            double fs,
            Theme theme) {
        Font small = ChartPainter.plain(fs * 0.75);
        for (int p = m.low(); p <= m.high(); p++) {
            double y = bottom - (p - m.low() + 1) * rowH;
            boolean black = switch (Math.floorMod(p, 12)) {
                case 1, 3, 6, 8, 10 -> true;
                default -> false;
            };
            g.setFill(black ? PianoRollChart.blackKey(theme) : PianoRollChart.whiteKey(theme));
            g.fillRect(left, y, right - left, rowH);
            if (Math.floorMod(p, 12) == 0) {
                ChartPainter.text(g, Note.name(p), x0 + fs * 0.3, y + rowH, small, ChartPainter.ink());
                g.setStroke(PianoRollChart.octaveLine(theme));
                g.setLineWidth(1);
                g.strokeLine(left, y + rowH, right, y + rowH);
            }
        }
    }

    /** Voice v's shown notes: each run of one pitch one bar. */
    private static void notes(
            GraphicsContext g,
            FourVoiceRollModel m,
            int v,
            double left,
            double bottom,
            double rowH,
            double colW,
            Color c) {
        g.setFill(c);
        int t = 0;
        while (t < m.shown() && t < m.steps()) {
            int p = m.pitch(t, v);
            int end = t + 1;
            while (end < m.shown() && end < m.steps() && m.pitch(end, v) == p) {
                end++;
            }
            if (p > 0) {
                g.fillRect(
                        left + t * colW,
                        bottom - (p - m.low() + 1) * rowH,
                        Math.max(2, (end - t) * colW - 1),
                        Math.max(2, rowH));
            }
            t = end;
        }
    }

    private static void marks(
            GraphicsContext g,
            FourVoiceRollModel m,
            double left,
            double bottom,
            double rowH,
            double colW,
            double fs,
            Color c) {
        Set<String> seen = new HashSet<>();
        for (Mark k : m.marks()) {
            seen.add(key(k.step(), k));
        }
        for (Mark k : m.marks()) {
            int t = k.step();
            if (t >= m.shown() || (k.shape() != Shape.PARALLEL && seen.contains(key(t - 1, k)))) {
                continue;
            }
            double yu = y(m, m.pitch(t, k.upper()), bottom, rowH);
            double yl = y(m, m.pitch(t, k.lower()), bottom, rowH);
            double x = left + (t + 0.5) * colW;
            g.setStroke(c);
            g.setLineWidth(Math.max(2, fs / 5));
            switch (k.shape()) {
                case PARALLEL -> { // the two intervals, at the step before and at this one
                    g.strokeLine(x, yu, x, yl);
                    if (t > 0) {
                        double xb = left + (t - 0.5) * colW;
                        g.strokeLine(
                                xb,
                                y(m, m.pitch(t - 1, k.upper()), bottom, rowH),
                                xb,
                                y(m, m.pitch(t - 1, k.lower()), bottom, rowH));
                    }
                }
                case CROSSING -> glyph(g, Shape.CROSSING, x, (yu + yl) / 2, fs, c);
                case SPACING -> {
                    g.setLineDashes(fs * 0.3);
                    g.strokeLine(x, yu, x, yl);
                    g.setLineDashes((double[]) null);
                }
                case RANGE -> glyph(g, Shape.RANGE, x, yu, fs, c);
            }
        }
        g.setLineWidth(1);
    }

    private static String key(int step, Mark k) {
        return step + "/" + k.upper() + "/" + k.lower() + "/" + k.shape();
    }

    /** The centre of a note of pitch p (a rest: the bottom edge). */
    private static double y(FourVoiceRollModel m, int p, double bottom, double rowH) {
        return p > 0 ? bottom - (p - m.low() + 0.5) * rowH : bottom;
    }

    /** A mark's glyph centred at (x, y), about a type size across (the legend draws the same). */
    private static void glyph(GraphicsContext g, Shape s, double x, double y, double fs, Color c) {
        double r = fs * 0.4;
        g.setStroke(c);
        g.setLineWidth(Math.max(2, fs / 5));
        switch (s) {
            case PARALLEL -> {
                g.strokeLine(x - r * 0.5, y - r, x - r * 0.5, y + r);
                g.strokeLine(x + r * 0.5, y - r, x + r * 0.5, y + r);
            }
            case CROSSING -> {
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            }
            case SPACING -> { // three dashes, so that it reads as dashed even this short
                g.setLineDashes(r * 0.4);
                g.strokeLine(x, y - r, x, y + r);
                g.setLineDashes((double[]) null);
            }
            case RANGE -> g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.setLineWidth(1);
    }

    /** Where each legend entry (four voices, four marks) goes, {x, row}: packed and wrapped within left..right. */
    static List<double[]> legendPlaces(double left, double right, double fs, Font font) {
        List<String> names = new ArrayList<>(FourVoiceRollModel.VOICES);
        names.addAll(MARKS);
        List<double[]> places = new ArrayList<>();
        double x = left;
        int row = 0;
        for (String name : names) {
            double width = fs * 1.4 + Draw.width(name, font);
            if (x > left && x + width > right) {
                row++;
                x = left;
            }
            places.add(new double[] {x, row});
            x += width + fs;
        }
        return places;
    }
}
