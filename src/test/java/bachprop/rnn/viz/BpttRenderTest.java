package bachprop.rnn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.rnn.BpttEquation;
import bachprop.viz.common.Theme;
import java.awt.image.BufferedImage;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class BpttRenderTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static BufferedImage frame(Theme theme, int step) throws Exception {
        BpttModel model = BpttModel.standard(4);
        model.seek(step);
        return Snapshots.render(new BpttView(model, theme, Duration.ZERO, Duration.ZERO), 1920, 1080);
    }

    @Test
    void projectorFrameIs1920By1080OnBlackWithTheAccentOnTheRunningStep() throws Exception {
        BpttModel m = BpttModel.standard(4);
        int step = m.trace().of(BpttEquation.BPTT2).get(1).index() + 1;
        BufferedImage img = frame(Theme.PROJECTOR, step);
        Snapshots.maybeWrite(img, "bptt-projector-bptt2");
        assertEquals(1920, img.getWidth());
        assertEquals(1080, img.getHeight());
        assertEquals(0xff000000, img.getRGB(5, 5));
        assertTrue(count(img, 0xffffd31a) > 2000, "accent pixels: " + count(img, 0xffffd31a));
    }

    @Test
    void standardFramesBeforeAndAfterTheBackwardPassDiffer() throws Exception {
        BpttModel m = BpttModel.standard(4);
        BufferedImage fwd = frame(Theme.STANDARD, m.trace().firstBackwardStep());
        BufferedImage end = frame(Theme.STANDARD, m.count());
        Snapshots.maybeWrite(fwd, "bptt-standard-forward-done");
        Snapshots.maybeWrite(end, "bptt-standard-end");
        int differing = 0;
        for (int y = 0; y < 1080; y += 4) {
            for (int x = 0; x < 1920; x += 4) {
                if (fwd.getRGB(x, y) != end.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 500, "pixels that changed: " + differing);
    }

    @Test
    void laptopSizedFrameMidForwardDrawsWithoutClipping() throws Exception {
        BpttModel model = BpttModel.standard(4);
        model.seek(8);
        BufferedImage img =
                Snapshots.render(new BpttView(model, Theme.STANDARD, Duration.ZERO, Duration.ZERO), 1200, 800);
        Snapshots.maybeWrite(img, "bptt-standard-1200-step8");
        assertEquals(1200, img.getWidth());
        // the accent (teal) marks the running step: step 8 is eq. 25 (H) at t = 2
        assertTrue(count(img, 0xff0a7b6c) > 150, "accent pixels: " + count(img, 0xff0a7b6c));
    }

    static int count(BufferedImage img, int argb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) == argb) {
                    n++;
                }
            }
        }
        return n;
    }
}
