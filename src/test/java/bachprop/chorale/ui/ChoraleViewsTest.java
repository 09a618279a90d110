package bachprop.chorale.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("corpus")
@ExtendWith(ApplicationExtension.class)
class ChoraleViewsTest {
    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb(); // the real corpus, or a visible skip
    }

    static final Map<String, String> SMALL = Map.of("hidden", "20", "epochs", "2", "init", "both", "dataset", "jsb");
    private ExperimentPane pane;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        pane = new ExperimentPane();
        stage.setScene(new Scene(pane, 1000, 700));
        stage.show();
    }

    /** Share of pixels that differ from the paper (the top-left pixel's colour) in a snapshot of the node. */
    static double inked(Node node) {
        WritableImage img = node.snapshot(null, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        long ink = 0;
        int paper = img.getPixelReader().getArgb(0, 0) & 0xffffff;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                if ((img.getPixelReader().getArgb(x, y) & 0xffffff) != paper) {
                    ink++;
                }
            }
        }
        return (double) ink / ((w / 2.0) * (h / 2.0));
    }

    @Test
    void theThreeChapterSevenVisualisersAreRegisteredStepAndDraw(FxRobot robot) {
        Visualiser roll = VisualiserRegistry.create("piano-roll", SMALL);
        Visualiser bars = VisualiserRegistry.create("output-bars", SMALL);
        Visualiser cost = VisualiserRegistry.create("cost-curve", SMALL);
        // piano roll: every generated note shown; stepping back hides one
        assertFalse(roll.stepForward());
        assertTrue(roll.stepBack());
        assertEquals(31, ((List<?>) roll.numbers().get("generatedShown")).size());
        roll.reset();
        assertEquals(0, ((List<?>) roll.numbers().get("generatedShown")).size());
        // output bars: step 0 before only, step 1 before and after
        assertTrue(bars.numbers().toString().contains("highAfter"));
        assertTrue(bars.stepBack());
        assertFalse(bars.numbers().toString().contains("highAfter"));
        // cost curve: one step per epoch
        assertEquals(2, cost.numbers().get("epoch"));
        assertTrue(cost.stepBack());
        assertEquals(1, cost.numbers().get("epoch"));
        robot.interact(() -> {
            VBox box = new VBox(roll.view(), bars.view(), cost.view());
            stage.setScene(new Scene(box, 900, 1500));
            box.applyCss();
            box.layout();
            for (Visualiser v : new Visualiser[] {roll, bars, cost}) {
                ((ChartView) v.view()).redraw();
                double ink = inked(v.view());
                assertTrue(ink > 0.01 && ink < 0.9, v.name() + " ink " + ink);
            }
        });
    }

    @Test
    void runningTheExperimentInTheWindowGrowsTheCurveLive(FxRobot robot) throws Exception {
        robot.interact(() -> {
            var fields = pane.lookupAll(".text-field").toArray(new Node[0]);
            ((TextField) fields[0]).setText("10");
            ((TextField) fields[2]).setText("2");
        });
        robot.clickOn("Run");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> pane.status().getText().startsWith("done"));
        assertFalse(pane.curve().allSeries().isEmpty());
        assertTrue(pane.curve().allSeries().get(0).points().size() >= 2 * 44, "a point per mini-batch of two epochs");
        robot.clickOn("Play network");
        WaitForAsyncUtils.waitForFxEvents();
        String s = pane.status().getText();
        assertTrue(s.equals("playing…") || s.startsWith("No sound device"), s);
    }
}
