package bachprop.chorale.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chorale.plot.FourVoiceRollModel.Mark;
import bachprop.chorale.plot.FourVoiceRollModel.Shape;
import bachprop.viz.common.Theme;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The four-voice roll: a parallel mark is drawn in the columns of its two steps, from the upper
 * voice's note to the lower one's; the voices' colours read on every theme's paper and differ
 * from each other; the legend names the four voices and the four marks.
 */
class FourVoiceRollChartTest {
    static final int W = 900;
    static final int H = 320;

    /** C5 E4 C4 F3 for four steps, then D5 F4 B3 G3: soprano and bass move in a parallel fifth at step 4. */
    static int[][] midi() {
        int[][] m = new int[12][];
        for (int t = 0; t < 12; t++) {
            m[t] = t < 4 ? new int[] {72, 64, 60, 53} : new int[] {74, 65, 59, 55};
        }
        return m;
    }

    static FourVoiceRollModel roll(List<Mark> marks) {
        return new FourVoiceRollModel("Bach — hand:fifth", midi(), 2, 12, 52, 75, marks);
    }

    @Test
    void aParallelIsALineBetweenTheTwoVoicesInTheColumnsOfItsTwoStepsAndNowhereElse() {
        BufferedImage plain = Charts.fourVoiceRoll(roll(List.of()), W, H, 0, Theme.STANDARD);
        BufferedImage marked =
                Charts.fourVoiceRoll(roll(List.of(new Mark(4, 0, 3, Shape.PARALLEL))), W, H, 0, Theme.STANDARD);
        double fs = ChartPainter.fontSize(W, H, 0);
        double left = (int) (fs * 3.2);
        double colW = (W - (int) fs - left) / 12;
        int minX = W;
        int maxX = 0;
        int minY = H;
        int maxY = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (plain.getRGB(x, y) != marked.getRGB(x, y)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX > 0, "the mark changed the picture");
        assertTrue(
                minX >= left + 3 * colW && maxX <= left + 5 * colW, "only in steps 3 and 4: x " + minX + ".." + maxX);
        double rowH = (H - (int) (fs * 2.2) - (int) (fs * 1.9) - PianoRollChart.LEGEND_ROW * fs) / 24.0;
        assertTrue(
                maxY - minY >= 15 * rowH, "from the soprano down to the bass (19 semitones): " + (maxY - minY) + " px");
    }

    @Test
    void theLegendNamesTheFourVoicesAndTheFourMarksAndTheTitleIsDrawn() {
        Charts.fourVoiceRoll(roll(List.of()), W, H, 0, Theme.STANDARD);
        List<String> texts = Charts.lastTexts().stream().map(DrawnText::text).toList();
        assertTrue(
                texts.containsAll(List.of(
                        "Bach — hand:fifth",
                        "S soprano",
                        "A alto",
                        "T tenor",
                        "B bass",
                        "parallel 5th/8ve",
                        "crossing",
                        "spacing",
                        "range")),
                texts.toString());
    }

    @Test
    void inPresenterTypeNoTextIsSmallerThanTheLeastSize() {
        Charts.fourVoiceRoll(roll(List.of()), 620, 800, Theme.PROJECTOR_LEAST_PX, Theme.PROJECTOR);
        for (DrawnText t : Charts.lastTexts()) {
            assertTrue(t.fontPx() >= Theme.PROJECTOR_LEAST_PX - 0.5, t.toString());
        }
    }

    @Test
    void eachVoiceColourIsAtLeast3To1OnEveryThemesPaperAndTheHuesDifferBy25Degrees() {
        for (Theme t : Theme.all()) {
            for (int v = 0; v < 4; v++) {
                double c = Theme.contrast(FourVoiceRollChart.voice(t, v), t.background());
                assertTrue(c >= 3, t.name() + ", voice " + v + ": " + c + ":1");
                for (int u = 0; u < v; u++) {
                    double d = Math.abs(FourVoiceRollChart.voice(t, v).getHue()
                            - FourVoiceRollChart.voice(t, u).getHue());
                    assertTrue(Math.min(d, 360 - d) >= 25, t.name() + ", voices " + u + " and " + v + ": " + d + "°");
                }
            }
            assertTrue(Theme.contrast(FourVoiceRollChart.mark(t), t.background()) >= 4.5, t.name() + ": the marks");
            assertTrue(Theme.contrast(t.foreground(), t.background()) >= 4.5, t.name() + ": the text (the ink)");
        }
        assertEquals(4, FourVoiceRollModel.VOICES.size());
    }
}
