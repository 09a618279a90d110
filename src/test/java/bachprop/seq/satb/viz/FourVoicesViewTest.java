package bachprop.seq.satb.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chorale.plot.DrawnText;
import bachprop.chorale.ui.ChartView;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.VoiceLeading;
import bachprop.viz.common.Export;
import bachprop.viz.common.Fx;
import bachprop.viz.common.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

/**
 * The four-voices view binds to its model: each step redraws the rolls with what the model shows,
 * the rolls stack in a side panel and stand side by side (and no text under 24 px) with the
 * projector's type, and no chart text overlaps another or leaves its chart. The pictures are
 * written to {@code target/four-voices-*.png} to be looked at.
 */
class FourVoicesViewTest {
    /** The hand-made fifth, repeated to 48 steps (C5 E4 C4 F3 / D5 F4 B3 G3 by fours): a parallel every 8. */
    static SatbScore longer() {
        SatbScore one = HandMadeScores.parallelFifth();
        int[][] t = new int[48][];
        for (int s = 0; s < t.length; s++) {
            t[s] = one.tokens()[(s / 4) % 2 == 0 ? 0 : 4].clone();
        }
        return new SatbScore("hand:fifths", t);
    }

    static FourVoicesModel model() {
        FourVoicesModel m =
                new FourVoicesModel(longer(), 8, 40, "satb", null, "none here", VoiceLeading::violations, 1.0, 1);
        m.seek(m.count());
        return m;
    }

    record Shot(BufferedImage image, List<List<DrawnText>> texts, List<Bounds> charts) {}

    static Shot shoot(FourVoicesModel m, Theme theme, int w, int h, String file) throws Exception {
        Fx.start();
        Shot shot = Fx.call(() -> {
            FourVoicesView view = new FourVoicesView(m);
            view.setTheme(theme);
            BufferedImage img = Export.snapshot(view, w, h, theme.background());
            List<List<DrawnText>> texts = new ArrayList<>();
            List<Bounds> charts = new ArrayList<>();
            for (ChartView c : view.charts()) {
                c.redraw();
                texts.add(c.texts());
                charts.add(c.getBoundsInParent());
            }
            view.unbind();
            return new Shot(img, texts, charts);
        });
        Export.writePng(shot.image(), Path.of("target", file));
        return shot;
    }

    static List<String> overlaps(Shot s, double w) {
        List<String> bad = new ArrayList<>();
        for (List<DrawnText> texts : s.texts()) {
            for (int i = 0; i < texts.size(); i++) {
                Bounds a = texts.get(i).bounds();
                if (a.getMinX() < 0 || a.getMaxX() > w + 1) {
                    bad.add(texts.get(i) + " leaves its chart");
                }
                for (int j = i + 1; j < texts.size(); j++) {
                    Bounds b = texts.get(j).bounds();
                    if (a.getMinX() < b.getMaxX() - 1
                            && b.getMinX() < a.getMaxX() - 1
                            && a.getMinY() < b.getMaxY() - 1
                            && b.getMinY() < a.getMaxY() - 1) {
                        bad.add(texts.get(i) + " overlaps " + texts.get(j));
                    }
                }
            }
        }
        return bad;
    }

    @Test
    void inASidePanelTheRollsStackAndNoChartTextOverlapsAnother() throws Exception {
        Shot s = shoot(model(), Theme.STANDARD, 560, 700, "four-voices-side.png");
        assertEquals(1, s.charts().size(), "Bach's roll alone (no model here)");
        assertTrue(
                overlaps(s, s.charts().get(0).getWidth()).isEmpty(),
                overlaps(s, s.charts().get(0).getWidth()).toString());
    }

    @Test
    void withTheProjectorsTypeNoTextIsUnder24PxAndNothingOverlaps() throws Exception {
        Shot s = shoot(model(), Theme.PROJECTOR, 1920, 1080, "four-voices-projector.png");
        for (List<DrawnText> texts : s.texts()) {
            for (DrawnText t : texts) {
                assertTrue(t.fontPx() >= Theme.PROJECTOR_LEAST_PX - 0.5, t.toString());
            }
        }
        assertTrue(
                overlaps(s, s.charts().get(0).getWidth()).isEmpty(),
                overlaps(s, s.charts().get(0).getWidth()).toString());
    }

    @Test
    void steppingRedrawsTheRollWithTheNewCountInItsTitle() throws Exception {
        FourVoicesModel m = model();
        m.reset();
        Shot before = shoot(m, Theme.STANDARD, 900, 400, "four-voices-step0.png");
        assertTrue(
                titles(before).get(0).contains("no violations after the opening"),
                titles(before).toString());
        m.seek(m.count());
        Shot after = shoot(m, Theme.STANDARD, 900, 400, "four-voices-end.png");
        int expected = m.added(0).size();
        assertTrue(expected >= 4, "a parallel fifth every 8 steps after the opening: " + expected);
        assertTrue(
                titles(after).get(0).contains(expected + " violations after the opening"),
                titles(after).toString());
    }

    static FourVoicesModel threeRolls() {
        FourVoicesModel m = new FourVoicesModel(
                longer(), 8, 40, "lockstep", new LockstepModel(), null, VoiceLeading::violations, 1.0, 1);
        m.seek(m.count());
        return m;
    }

    @Test
    void withTheProjectorsTypeTheThreeRollsStandSideBySideWholeAndUnoverlapped() throws Exception {
        Shot s = shoot(threeRolls(), Theme.PROJECTOR, 1920, 1080, "four-voices-three-projector.png");
        assertEquals(3, s.charts().size());
        for (int i = 1; i < 3; i++) {
            Bounds a = s.charts().get(i - 1);
            Bounds b = s.charts().get(i);
            assertEquals(a.getMinY(), b.getMinY(), 1, "one row");
            assertTrue(b.getMinX() >= a.getMaxX(), "roll " + i + " to the right of roll " + (i - 1));
            assertTrue(b.getMaxX() <= 1920 && b.getMaxY() <= 1080, "inside the screen: " + b);
            assertTrue(b.getHeight() >= 600, "the rolls fill the height: " + b.getHeight());
        }
        for (List<DrawnText> texts : s.texts()) {
            for (DrawnText t : texts) {
                assertTrue(t.fontPx() >= Theme.PROJECTOR_LEAST_PX - 0.5, t.toString());
            }
        }
        List<String> bad = overlaps(s, s.charts().get(0).getWidth());
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void inASidePanelTheThreeRollsAreStackedTopDown() throws Exception {
        Shot s = shoot(threeRolls(), Theme.STANDARD, 560, 900, "four-voices-three-side.png");
        assertEquals(3, s.charts().size());
        for (int i = 1; i < 3; i++) {
            assertTrue(s.charts().get(i).getMinY() >= s.charts().get(i - 1).getMaxY(), "roll " + i + " below");
        }
        List<String> bad = overlaps(s, s.charts().get(0).getWidth());
        assertTrue(bad.isEmpty(), bad.toString());
    }

    private static List<String> titles(Shot s) {
        return s.texts().stream().map(t -> t.get(0).text()).toList();
    }
}
