package bachprop.chorale.plot;

import bachprop.chorale.Measurements;
import bachprop.chorale.NoteEmbedding;
import bachprop.music.Note;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the chapter-7 figures with Java2D, headless, from the plot models. The same pictures
 * appear in the PNGs of {@code seed-experiment} and, copied into an image, in the window's views.
 * Colours are the Okabe–Ito colour-blind-safe set.
 */
public final class Charts {
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color GREY = new Color(0x888888);
    private static final Color[] SERIES = {VERMILLION, BLUE, GREEN, ORANGE};

    private Charts() {
    }

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        return g;
    }

    private static float fontSize(int w, int h) {
        return Math.max(11f, Math.min(w, h) / 32f);
    }

    private static void title(Graphics2D g, String text, int w, float size) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size * 1.15f));
        int room = w - (int) (2 * size);
        int tw = g.getFontMetrics(font).stringWidth(text);
        if (tw > room && room > 0) { // a long title shrinks to the width rather than running off the edge
            font = font.deriveFont(font.getSize2D() * room / tw);
        }
        g.setFont(font);
        g.setColor(Color.BLACK);
        g.drawString(text, (int) (size), (int) (size * 1.5f));
    }

    // ---- Figure 9 ----

    public static BufferedImage costCurve(CostCurveModel m, int w, int h) {
        return lines(m, w, h, "epochs", "cost (eq. 7, per window)", 100);
    }

    /** The same chart with other axis labels; {@code emptyMaxY} is the y range drawn before any point. */
    public static BufferedImage lines(CostCurveModel m, int w, int h, String xLabel, String yLabel, double emptyMaxY) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        float fs = fontSize(w, h);
        title(g, m.title(), w, fs);
        int left = (int) (fs * 5.5f);
        int right = w - (int) (fs * 1.5f);
        int top = (int) (fs * 3.2f);
        int bottom = h - (int) (fs * 3f);
        boolean empty = m.allSeries().stream().allMatch(s -> s.points().isEmpty());
        double maxX = empty ? 10 : Math.max(1e-9, m.maxX());       // empty: a plain 0..10 frame
        double maxY = empty ? emptyMaxY : niceCeil(Math.max(1e-9, m.maxY()));
        axes(g, left, right, top, bottom, 0, maxX, 0, maxY, xLabel, yLabel, fs);
        if (empty) {
            g.setColor(Color.GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, Math.round(fs * 1.2f)));
            g.drawString("no training yet", (left + right) / 2 - (int) (fs * 4), (top + bottom) / 2);
        }
        int i = 0;
        for (CostCurveModel.Series s : m.allSeries()) {
            Color c = SERIES[i % SERIES.length];
            g.setColor(c);
            g.setStroke(new BasicStroke(Math.max(1.5f, fs / 8)));
            Path2D path = new Path2D.Double();
            boolean first = true;
            for (CostCurveModel.Point p : s.points()) {
                double x = left + (right - left) * p.x() / maxX;
                double y = bottom - (bottom - top) * Math.min(p.y(), maxY) / maxY;
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            g.draw(path);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fs)));
            String last = s.points().isEmpty() ? "" : String.format(" (last %.1f)", s.points().get(s.points().size() - 1).y());
            String text = s.label() + last;
            int tw = g.getFontMetrics().stringWidth(text);
            int lx = right - tw - (int) (fs * 2);
            g.fillRect(lx - (int) (fs * 1.4), top + (int) (fs * (0.6 + 1.3 * i)), (int) fs, (int) (fs * 0.5));
            g.setColor(Color.BLACK);
            g.drawString(text, lx, top + (int) (fs * (1.2 + 1.3 * i)));
            i++;
        }
        g.dispose();
        return img;
    }

    // ---- Figure 10 ----

    public static BufferedImage outputBars(OutputBarsModel m, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        float fs = fontSize(w, h);
        title(g, "Output pitch probabilities before and after training (the text's Figure 10); ▲ and the odd-coloured bar = Bach's note", w, fs);
        int rows = m.hasAfter() ? 2 : 1;
        int cols = m.notes();
        int top = (int) (fs * 2.6f);
        int cellW = (w - (int) fs) / cols;
        int cellH = (h - top - (int) fs) / rows;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double[] p = r == 0 ? m.before(c) : m.after(c);
                int high = r == 0 ? m.highBefore(c) : m.highAfter(c);
                int x0 = (int) (fs / 2) + c * cellW;
                int y0 = top + r * cellH;
                bars(g, p, m.target(c) - NoteEmbedding.LOW, x0, y0, cellW - (int) fs, cellH - (int) (fs * 0.6),
                        (r == 0 ? "before" : "after") + " #" + (c + 1) + ": " + high + " high", r == 0 ? VERMILLION : BLUE, fs);
            }
        }
        g.dispose();
        return img;
    }

    private static void bars(Graphics2D g, double[] p, int target, int x0, int y0, int w, int h, String label, Color color, float fs) {
        int top = y0 + (int) (fs * 1.6f);
        int bottom = y0 + h - (int) (fs * 1.4f);
        double max = 0;
        for (double v : p) {
            max = Math.max(max, v);
        }
        max = Math.max(max, 1e-9);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fs * 0.8f)));
        g.setColor(Color.BLACK);
        g.drawString(label + String.format(", top p %.2f", max), x0, y0 + (int) fs);
        double bw = (double) w / p.length;
        g.setColor(new Color(0xEEEEEE));
        int half = bottom - (int) ((bottom - top) * 0.5);
        g.drawLine(x0, half, x0 + w, half);
        for (int i = 0; i < p.length; i++) {
            int bh = (int) Math.round((bottom - top) * p[i] / max);
            g.setColor(i == target ? Color.BLACK : color);
            g.fillRect((int) (x0 + i * bw), bottom - bh, Math.max(1, (int) bw - 1), bh);
        }
        g.setColor(Color.BLACK);
        g.drawLine(x0, bottom, x0 + w, bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fs * 0.75f)));
        for (int i = 0; i < p.length; i += 12) {
            g.drawString(Note.name(NoteEmbedding.LOW + i), (int) (x0 + i * bw), bottom + (int) (fs * 1.3f));
        }
        if (target >= 0 && target < p.length) {
            int tx = (int) (x0 + (target + 0.5) * bw);
            int ty = bottom + 2;
            g.fillPolygon(new int[] {tx, tx - (int) (fs / 3), tx + (int) (fs / 3)}, new int[] {ty, ty + (int) (fs / 2), ty + (int) (fs / 2)}, 3);
        }
    }

    // ---- Figure 11 (piano roll) ----

    public static BufferedImage pianoRoll(PianoRollModel m, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        drawPianoRoll(g, m, 0, 0, w, h, fontSize(w, h));
        g.dispose();
        return img;
    }

    /** Several piano rolls stacked (e.g. before/after training). */
    public static BufferedImage pianoRolls(List<PianoRollModel> rolls, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        int each = h / rolls.size();
        float fs = fontSize(w, each * 2);
        for (int i = 0; i < rolls.size(); i++) {
            drawPianoRoll(g, rolls.get(i), 0, i * each, w, each, fs);
        }
        g.dispose();
        return img;
    }

    static void drawPianoRoll(Graphics2D g, PianoRollModel m, int x0, int y0, int w, int h, float fs) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(fs)));
        g.setColor(Color.BLACK);
        g.drawString(m.title(), x0 + (int) fs, y0 + (int) (fs * 1.4f));
        int left = x0 + (int) (fs * 3.5f);
        int right = x0 + w - (int) fs;
        int top = y0 + (int) (fs * 2.2f);
        int bottom = y0 + h - (int) (fs * 2.2f);
        int[] range = m.pitchRange();
        int pitches = range[1] - range[0] + 1;
        double rowH = (double) (bottom - top) / pitches;
        double colW = (double) (right - left) / Math.max(1, m.totalLength());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fs * 0.75f)));
        for (int p = range[0]; p <= range[1]; p++) {
            int y = (int) (bottom - (p - range[0] + 1) * rowH);
            boolean black = switch (Math.floorMod(p, 12)) {
                case 1, 3, 6, 8, 10 -> true;
                default -> false;
            };
            g.setColor(black ? new Color(0xF0F0F0) : Color.WHITE);
            g.fillRect(left, y, right - left, (int) Math.ceil(rowH));
            if (Math.floorMod(p, 12) == 0) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(Note.name(p), x0 + (int) (fs * 0.3f), (int) (y + rowH));
                g.setColor(new Color(0xDDDDDD));
                g.drawLine(left, (int) (y + rowH), right, (int) (y + rowH));
            }
        }
        // Bach's own continuation, as outlines after the opening
        int t = m.onset(m.openingLength());
        g.setStroke(new BasicStroke(Math.max(1f, fs / 10)));
        for (Note n : m.reference()) {
            if (!n.isRest()) {
                g.setColor(GREY);
                g.drawRect((int) (left + t * colW), (int) (bottom - (n.pitch() - range[0] + 1) * rowH),
                        Math.max(2, (int) (n.duration() * colW) - 1), Math.max(2, (int) rowH));
            }
            t += n.duration();
        }
        List<Note> visible = m.visible();
        t = 0;
        for (int i = 0; i < visible.size(); i++) {
            Note n = visible.get(i);
            if (!n.isRest()) {
                g.setColor(i < m.openingLength() ? BLUE : ORANGE);
                g.fillRect((int) (left + t * colW), (int) (bottom - (n.pitch() - range[0] + 1) * rowH),
                        Math.max(2, (int) (n.duration() * colW) - 1), Math.max(2, (int) rowH));
            }
            t += n.duration();
        }
        int split = (int) (left + m.onset(m.openingLength()) * colW);
        g.setColor(Color.BLACK);
        g.drawLine(split, top, split, bottom);
        g.drawRect(left, top, right - left, bottom - top);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fs * 0.85f)));
        int ly = bottom + (int) (fs * 1.4f);
        legend(g, BLUE, "opening (given)", left, ly, fs, true);
        legend(g, ORANGE, "generated", left + (int) (fs * 10), ly, fs, true);
        if (!m.reference().isEmpty()) {
            legend(g, GREY, "Bach's continuation", left + (int) (fs * 18), ly, fs, false);
        }
    }

    private static void legend(Graphics2D g, Color c, String text, int x, int y, float fs, boolean filled) {
        g.setColor(c);
        if (filled) {
            g.fillRect(x, y - (int) (fs * 0.7f), (int) fs, (int) (fs * 0.7f));
        } else {
            g.drawRect(x, y - (int) (fs * 0.7f), (int) fs, (int) (fs * 0.7f));
        }
        g.setColor(Color.BLACK);
        g.drawString(text, x + (int) (fs * 1.4f), y);
    }

    // ---- interval histogram ----

    public static BufferedImage intervals(List<Long> sampled, List<Long> bach, String title, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        float fs = fontSize(w, h);
        title(g, title, w, fs);
        int left = (int) (fs * 5.5f);
        int right = w - (int) fs;
        int top = (int) (fs * 3.2f);
        int bottom = h - (int) (fs * 3f);
        double[] s = shares(sampled);
        double[] b = shares(bach);
        double max = 0;
        for (int i = 0; i < s.length; i++) {
            max = Math.max(max, Math.max(s[i], b[i]));
        }
        max = niceCeil(max);
        axes(g, left, right, top, bottom, 0, 0, 0, max, "|interval| in semitones (last bin: more than an octave)", "share of steps", fs);
        double bw = (double) (right - left) / Measurements.INTERVAL_BINS;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fs * 0.8f)));
        for (int i = 0; i < s.length; i++) {
            int x = (int) (left + i * bw);
            int hb = (int) ((bottom - top) * b[i] / max);
            int hs = (int) ((bottom - top) * s[i] / max);
            g.setColor(BLUE);
            g.fillRect(x + 2, bottom - hb, (int) (bw / 2) - 2, hb);
            g.setColor(ORANGE);
            g.fillRect(x + (int) (bw / 2), bottom - hs, (int) (bw / 2) - 2, hs);
            g.setColor(Color.BLACK);
            g.drawString(i == s.length - 1 ? ">12" : String.valueOf(i), x + (int) (bw / 3), bottom + (int) fs);
        }
        legend(g, BLUE, "Bach's continuations", right - (int) (fs * 14), top + (int) fs, fs, true);
        legend(g, ORANGE, "network's samples", right - (int) (fs * 14), top + (int) (fs * 2.3f), fs, true);
        g.dispose();
        return img;
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

    // ---- shared pieces ----

    private static void axes(Graphics2D g, int left, int right, int top, int bottom, double x0, double x1, double y0, double y1,
                             String xLabel, String yLabel, float fs) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fs * 0.8f)));
        for (int i = 0; i <= 4; i++) {
            double v = y0 + (y1 - y0) * i / 4;
            int y = bottom - (bottom - top) * i / 4;
            g.setColor(new Color(0xE5E5E5));
            g.drawLine(left + 1, y, right, y);
            g.setColor(Color.BLACK);
            String label = format(v);
            g.drawString(label, left - g.getFontMetrics().stringWidth(label) - (int) (fs * 0.4f), y + (int) (fs * 0.3f));
        }
        if (x1 > x0) {
            for (int i = 0; i <= 5; i++) {
                double v = x0 + (x1 - x0) * i / 5;
                int x = left + (right - left) * i / 5;
                g.drawLine(x, bottom, x, bottom + (int) (fs * 0.3f));
                g.drawString(format(v), x - (int) fs, bottom + (int) (fs * 1.2f));
            }
        }
        g.drawString(xLabel, (left + right) / 2 - g.getFontMetrics().stringWidth(xLabel) / 2, bottom + (int) (fs * 2.4f));
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString(yLabel, -(top + bottom) / 2 - r.getFontMetrics().stringWidth(yLabel) / 2, (int) (fs * 0.9f));
        r.dispose();
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        return Math.abs(v) >= 10 ? String.format("%.0f", v) : String.format("%.2f", v);
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

    public static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writePng(BufferedImage img, Path file) throws IOException {
        bachprop.util.AtomicFiles.write(file, png(img));
    }
}
