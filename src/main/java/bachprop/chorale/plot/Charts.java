package bachprop.chorale.plot;

import bachprop.util.AtomicFiles;
import bachprop.viz.common.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * The chapter-7 figures, drawn from the plot models with the visualisers' stack (a JavaFX canvas
 * in the standard theme, read back as pixels; headless under Monocle when there is no display).
 * The same pictures are the PNGs of {@code seed-experiment} and what the window's chart views
 * show. Call from any thread; the drawing happens on the FX thread.
 */
public final class Charts {
    private Charts() {}

    // ---- Figure 9 ----

    public static BufferedImage costCurve(CostCurveModel m, int w, int h) {
        return lines(m, w, h, "epochs", "cost (eq. 7, per window)", 100);
    }

    /** The same chart with other axis labels; {@code emptyMaxY} is the y range drawn before any point. */
    public static BufferedImage lines(CostCurveModel m, int w, int h, String xLabel, String yLabel, double emptyMaxY) {
        return ChartPainter.image(w, h, g -> LineChart.draw(g, m, w, h, xLabel, yLabel, emptyMaxY));
    }

    // ---- Figure 10 ----

    public static BufferedImage outputBars(OutputBarsModel m, int w, int h) {
        return ChartPainter.image(w, h, g -> BarCharts.outputBars(g, m, w, h));
    }

    // ---- Figure 11 (piano roll) ----

    public static BufferedImage pianoRoll(PianoRollModel m, int w, int h) {
        return pianoRoll(m, w, h, 0);
    }

    /**
     * The piano roll with no text under {@code leastPx} pixels (a theme's {@code leastTextPx()}:
     * 24 for the projector theme, 0 for none): the whole chart's type and margins grow together.
     */
    public static BufferedImage pianoRoll(PianoRollModel m, int w, int h, double leastPx) {
        return pianoRoll(m, w, h, leastPx, Theme.STANDARD);
    }

    /**
     * The piano roll as above in {@code theme}'s colours: its paper, ink, grid and muted text, and
     * key rows and Bach's outlines that read on it (the surprise colour scale is the same in every theme).
     */
    public static BufferedImage pianoRoll(PianoRollModel m, int w, int h, double leastPx, Theme theme) {
        double fs = ChartPainter.fontSize(w, h, leastPx);
        return ChartPainter.image(w, h, theme, g -> PianoRollChart.draw(g, m, 0, 0, w, h, fs, leastPx));
    }

    /**
     * A four-voice piano roll (chapter 10) in {@code theme}'s colours, each voice its own colour,
     * with no text under {@code leastPx} pixels.
     */
    public static BufferedImage fourVoiceRoll(FourVoiceRollModel m, int w, int h, double leastPx, Theme theme) {
        double fs = ChartPainter.fontSize(w, h, leastPx);
        return ChartPainter.image(w, h, theme, g -> FourVoiceRollChart.draw(g, m, 0, 0, w, h, fs, leastPx));
    }

    /** Voice v's colour (0 soprano … 3 bass) in a four-voice roll drawn in {@code theme}. */
    public static Color voiceColour(Theme theme, int v) {
        return FourVoiceRollChart.voice(theme, v);
    }

    /** Several piano rolls stacked (e.g. before/after training). */
    public static BufferedImage pianoRolls(List<PianoRollModel> rolls, int w, int h) {
        int each = h / rolls.size();
        double fs = ChartPainter.fontSize(w, each * 2);
        return ChartPainter.image(w, h, g -> {
            for (int i = 0; i < rolls.size(); i++) {
                PianoRollChart.draw(g, rolls.get(i), 0, i * each, w, each, fs, 0);
            }
        });
    }

    // ---- interval histogram ----

    /** {@code sampled} and {@code bach}: counts per interval bin (the last bin: more than an octave). */
    public static BufferedImage intervals(List<Long> sampled, List<Long> bach, String title, int w, int h) {
        return ChartPainter.image(w, h, g -> BarCharts.intervals(g, sampled, bach, title, w, h));
    }

    /** The texts of the chart drawn last on this (the FX) thread, for the window's layout audit. */
    public static List<DrawnText> lastTexts() {
        return ChartPainter.lastTexts();
    }

    // ---- PNG ----

    public static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the picture as PNG, atomically (as the visualisers' exports do). */
    public static void writePng(BufferedImage img, Path file) throws IOException {
        AtomicFiles.write(file, png(img));
    }
}
