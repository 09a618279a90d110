package bachprop.chorale.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.Note;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The piano roll shaded by surprise: the model holds bits, the chart maps them to the colour scale;
 * every note's colour is on the picture, the legend names the scale, and without surprise values
 * the roll is drawn as before (opening blue, continuation orange).
 */
class SurpriseShadingTest {
    static final List<Note> OPENING = List.of(new Note(67, 4), new Note(69, 4), new Note(71, 8));
    static final List<Note> ADDED = List.of(new Note(72, 4), new Note(60, 4), new Note(71, 8));
    static final double[] BITS = {0.2, 1.5, 3.0, 0.9, 12.0, Double.POSITIVE_INFINITY};

    static PianoRollModel roll() {
        return new PianoRollModel("lstm — test:1", OPENING, ADDED, List.of(new Note(72, 16)));
    }

    /** Pixels of exactly this colour (to 1/255 per channel: the snapshot's rounding). */
    static int count(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - c.getRed() * 255) <= 1
                        && Math.abs((p >> 8 & 0xff) - c.getGreen() * 255) <= 1
                        && Math.abs((p & 0xff) - c.getBlue() * 255) <= 1) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void levelsRunFromZeroAtZeroBitsToOneAtTheTopAndStayThereBeyondIt() {
        PianoRollModel m = roll().surprise(BITS, 8);
        assertEquals(0.025, m.surpriseLevel(0), 1e-12, "0.2 of 8 bits");
        assertEquals(1.0, m.surpriseLevel(4), 0, "12 bits is beyond the top");
        assertEquals(1.0, m.surpriseLevel(5), 0, "an impossible note is at the top, not NaN");
        assertTrue(roll().surpriseLevel(0) == 0 && !roll().hasSurprise(), "no shading: level 0");
        assertThrows(IllegalArgumentException.class, () -> roll().surprise(new double[] {1, 2}, 8));
        assertFalse(SurpriseScale.colour(0).equals(SurpriseScale.colour(1)), "the two ends differ");
    }

    @Test
    void everyNoteIsDrawnInTheColourOfItsInformationContentAndTheLegendNamesTheScale() {
        PianoRollModel m = roll().surprise(BITS, 8);
        BufferedImage img = Charts.pianoRoll(m, 900, 320);
        List<String> texts = Charts.lastTexts().stream().map(DrawnText::text).toList();
        for (int i = 0; i < BITS.length; i++) {
            Color c = SurpriseScale.colour(m.surpriseLevel(i));
            assertTrue(count(img, c) > 20, "note " + i + " (" + BITS[i] + " bits) in " + c);
        }
        assertTrue(texts.contains(SurpriseScale.LABEL), texts.toString());
        assertTrue(texts.contains("8+"), "the scale's top: " + texts);
        assertTrue(texts.contains("Bach's continuation"), texts.toString());
        assertFalse(texts.contains("opening (given)"), "the colour now says surprise, not given/generated");
        assertEquals(0, count(img, ChartPainter.ORANGE), "no note in the continuation's plain orange");
    }

    @Test
    void withoutSurpriseTheRollIsTheOpeningInBlueAndTheContinuationInOrange() {
        BufferedImage img = Charts.pianoRoll(roll(), 900, 320);
        List<String> texts = Charts.lastTexts().stream().map(DrawnText::text).toList();
        assertTrue(texts.contains("opening (given)") && texts.contains("generated"), texts.toString());
        assertFalse(texts.contains(SurpriseScale.LABEL));
        assertTrue(count(img, ChartPainter.BLUE) > 20 && count(img, ChartPainter.ORANGE) > 20);
    }

    @Test
    void theScreenReaderHearsTheMostSurprisingNotesOnShowMostSurprisingFirst() {
        PianoRollModel m = roll().surprise(BITS, 8);
        assertEquals(
                "most surprising: note 6, B4, Infinity bits (generated); note 5, C4, 12.0 bits (generated)",
                m.surpriseWords(2));
        m.reveal(1); // only the first new note is on show
        assertEquals("most surprising: note 3, B4, 3.0 bits", m.surpriseWords(1));
        assertEquals("", roll().surpriseWords(3), "nothing without shading");
    }
}
