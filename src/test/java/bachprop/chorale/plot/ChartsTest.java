package bachprop.chorale.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chorale.Sampling;
import bachprop.music.Note;
import bachprop.viz.common.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The chapter-7 charts drawn by the visualisers' stack (headless under Monocle in the tests):
 * the size asked for, the standard theme's paper, ink where the series are; and the plot package
 * standing on its own, below {@code bachprop.chorale}.
 */
class ChartsTest {
    static final int PAPER = argb(Theme.STANDARD.background());

    static int argb(Color c) {
        return 0xff000000
                | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** The share of pixels that are not the paper. */
    static double inked(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += img.getRGB(x, y) != PAPER ? 1 : 0;
            }
        }
        return (double) n / (img.getWidth() * img.getHeight());
    }

    @Test
    void theCostCurveIsTheSizeAskedForOnTheThemesPaperWithTheSeriesInk() {
        CostCurveModel m = new CostCurveModel("cost");
        for (int e = 0; e <= 10; e++) {
            m.add("standard init", e, 300.0 / (1 + e));
        }
        BufferedImage img = Charts.costCurve(m, 600, 350);
        assertEquals(600, img.getWidth());
        assertEquals(350, img.getHeight());
        assertEquals(PAPER, img.getRGB(599, 349), "the bottom-right corner is paper");
        double ink = inked(img);
        assertTrue(ink > 0.01 && ink < 0.5, "some ink, mostly paper: " + ink);
        boolean vermillion = false;
        for (int y = 0; y < img.getHeight() && !vermillion; y++) {
            for (int x = 0; x < img.getWidth() && !vermillion; x++) {
                int rgb = img.getRGB(x, y);
                vermillion = Math.abs((rgb >> 16 & 0xff) - 0xD5) < 8
                        && Math.abs((rgb >> 8 & 0xff) - 0x5E) < 8
                        && Math.abs((rgb & 0xff) - 0x00) < 8;
            }
        }
        assertTrue(vermillion, "the first series is drawn in the Okabe–Ito vermillion (±8 per channel)");
    }

    @Test
    void anEmptyCurveAPianoRollBarsAndIntervalsAllDraw() {
        assertTrue(
                inked(Charts.lines(new CostCurveModel("none yet"), 400, 240, "epochs", "bits", 8)) > 0.005,
                "axes and 'no training yet'");
        List<Note> opening = List.of(new Note(60, 4), new Note(62, 4), new Note(64, 8));
        PianoRollModel roll = new PianoRollModel("roll", opening, List.of(new Note(65, 4)), List.of(new Note(67, 4)));
        assertTrue(inked(Charts.pianoRolls(List.of(roll, roll), 700, 400)) > 0.05);
        double[][] p = new double[2][46];
        for (double[] row : p) {
            Arrays.fill(row, 1.0 / 46);
        }
        assertTrue(inked(Charts.outputBars(new OutputBarsModel(p, p, new int[] {60, 62}, 36), 800, 400)) > 0.05);
        List<Long> counts = List.of(5L, 9L, 12L, 3L, 2L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L);
        assertTrue(inked(Charts.intervals(counts, counts, "intervals", 600, 300)) > 0.03);
    }

    /**
     * The projector theme's least text size (24 px) asked of a piano roll: no text under it, none
     * outside the picture, no two overlapping (2 px slack, as the window's layout audit), at the
     * size a roll gets in presenter mode (two abreast at 1920×1080) and narrower, where the legend wraps.
     */
    @Test
    void aPianoRollGivenALeastTextSizeDrawsNoTextBelowItOutsideItOrOverlapping() {
        List<Note> opening = List.of(new Note(48, 4), new Note(60, 4), new Note(72, 8));
        List<Note> generated = List.of(new Note(65, 4), new Note(55, 2), new Note(67, 4));
        PianoRollModel roll = new PianoRollModel("lstm — test:305", opening, generated, List.of(new Note(67, 8)));
        for (int[] size : new int[][] {{935, 330}, {1900, 400}, {600, 400}}) {
            int w = size[0];
            int h = size[1];
            Charts.pianoRoll(roll, w, h, Theme.PROJECTOR.leastTextPx());
            List<DrawnText> texts = Charts.lastTexts();
            assertTrue(texts.size() >= 7, "title, C3 C4 C5 and the legend: " + texts);
            for (int i = 0; i < texts.size(); i++) {
                DrawnText t = texts.get(i);
                String at = w + "×" + h + ": " + t;
                assertTrue(t.fontPx() >= Theme.PROJECTOR_LEAST_PX - 0.01, at + " is under 24 px");
                assertTrue(
                        t.bounds().getMinX() >= 0
                                && t.bounds().getMaxX() <= w
                                && t.bounds().getMinY() >= 0
                                && t.bounds().getMaxY() <= h,
                        at + " runs off the picture");
                for (int j = i + 1; j < texts.size(); j++) {
                    DrawnText u = texts.get(j);
                    double ox = Math.min(t.bounds().getMaxX(), u.bounds().getMaxX())
                            - Math.max(t.bounds().getMinX(), u.bounds().getMinX());
                    double oy = Math.min(t.bounds().getMaxY(), u.bounds().getMaxY())
                            - Math.max(t.bounds().getMinY(), u.bounds().getMinY());
                    assertTrue(ox <= 2 || oy <= 2, at + " overlaps " + u);
                }
            }
        }
    }

    /**
     * A piano roll asked for in the projector theme (presenter mode) is drawn on that theme's black
     * paper, and every text it draws (title, C names, legend) has pixels at least 4.5:1 (WCAG AA)
     * against it; the same roll asked for in the standard theme is pixel for pixel the roll drawn
     * with no theme named (the PNG figures and the laptop window).
     */
    @Test
    void aPianoRollInTheProjectorThemeIsOnItsPaperWithLegibleTextAndTheStandardOneIsUnchanged() {
        List<Note> opening = List.of(new Note(48, 4), new Note(60, 4), new Note(72, 8));
        List<Note> generated = List.of(new Note(65, 4), new Note(55, 2), new Note(67, 4));
        PianoRollModel roll = new PianoRollModel("lstm — test:305", opening, generated, List.of(new Note(67, 8)));
        roll.surprise(new double[] {0.5, 2, 9, 1, 6, 3}, PianoRollModel.DEFAULT_SCALE_TOP_BITS);
        int w = 935;
        int h = 330;
        Theme projector = Theme.PROJECTOR;
        BufferedImage dark = Charts.pianoRoll(roll, w, h, projector.leastTextPx(), projector);
        List<DrawnText> texts = Charts.lastTexts();
        int paper = argb(projector.background());
        assertEquals(paper, dark.getRGB(0, 0), "the top-left corner is the projector theme's paper");
        assertEquals(paper, dark.getRGB(w - 1, h - 1), "the bottom-right corner is the projector theme's paper");
        assertTrue(texts.size() >= 5, "title, C names and the legend: " + texts);
        for (DrawnText t : texts) {
            double best = 1;
            for (int y = (int) Math.max(0, t.bounds().getMinY());
                    y < Math.min(h, t.bounds().getMaxY());
                    y++) {
                for (int x = (int) Math.max(0, t.bounds().getMinX());
                        x < Math.min(w, t.bounds().getMaxX());
                        x++) {
                    int rgb = dark.getRGB(x, y);
                    best = Math.max(
                            best,
                            Theme.contrast(
                                    Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff), projector.background()));
                }
            }
            assertTrue(best >= 4.5, t + ": its ink is only " + best + ":1 against the paper (at least 4.5:1)");
        }
        BufferedImage standard = Charts.pianoRoll(roll, w, h, 0, Theme.STANDARD);
        BufferedImage unnamed = Charts.pianoRoll(roll, w, h, 0);
        assertEquals(PAPER, standard.getRGB(w - 1, h - 1), "the standard theme's paper");
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(unnamed.getRGB(x, y), standard.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void highBarsAreCountedAsTheSamplingCodeCountsThem() {
        Random r = new Random(7);
        for (int t = 0; t < 200; t++) {
            double[] p = new double[46];
            for (int i = 0; i < p.length; i++) {
                p[i] = t % 3 == 0 ? Math.exp(4 * r.nextGaussian()) : r.nextDouble();
            }
            assertEquals(Sampling.countHigh(p, 0.5), OutputBarsModel.high(p), "exactly the same count");
        }
    }

    @Test
    void thePlotPackageImportsNothingOfBachpropChorale() throws IOException {
        Path dir = Path.of("src/main/java/bachprop/chorale/plot");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                assertTrue(
                        !text.contains("import bachprop.chorale.")
                                || text.lines()
                                        .filter(l -> l.startsWith("import bachprop.chorale."))
                                        .allMatch(l -> l.startsWith("import bachprop.chorale.plot.")),
                        f + " imports bachprop.chorale: a cycle");
                assertTrue(
                        !text.contains("java.awt.Graphics") && !text.contains("java.awt.Color"),
                        f + " draws with Java2D");
            }
        }
    }
}
