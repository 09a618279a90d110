package bachprop.rnn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import bachprop.viz.common.Theme;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GradientNormsViewTest {
    private GradientNormsModel model;
    private GradientNormsView view;

    @Start
    void start(Stage stage) {
        model = GradientNormsModel.standard();
        view = new GradientNormsView(model, Theme.STANDARD, Duration.ZERO);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @Test
    void keysAddOneCurvePerScaleThenShowClipping(FxRobot robot) {
        robot.clickOn(view);
        robot.type(KeyCode.RIGHT);
        assertEquals(1, model.curvesShown());
        assertTrue(
                text(robot, "#gradient-norms-step").contains("s = 1 · vanishing"), text(robot, "#gradient-norms-step"));
        robot.type(KeyCode.RIGHT, 5);
        assertTrue(
                text(robot, "#gradient-norms-step").contains("s = 6 · exploding"), text(robot, "#gradient-norms-step"));
        robot.type(KeyCode.RIGHT);
        assertTrue(model.clippingShown());
        assertTrue(text(robot, "#gradient-norms-step").contains("clipping"));
        robot.type(KeyCode.LEFT);
        assertEquals(6, model.shown());
        robot.type(KeyCode.HOME);
        assertEquals(0, model.shown());
    }

    @Test
    void spacePlaysEveryStep(FxRobot robot) {
        robot.clickOn(view);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.count(), model.shown());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void registryCreatesBothVisualisersAndNumbersAreComplete() {
        Visualiser v = VisualiserRegistry.create("gradient-norms", Map.of("step", "7", "theme", "projector"));
        Map<String, Object> n = v.numbers();
        assertEquals("gradient-norms", n.get("visualiser"));
        assertEquals(7, n.get("step"));
        assertEquals(true, n.get("clippingShown"));
        List<?> runs = (List<?>) n.get("runs");
        assertEquals(6, runs.size());
        Map<?, ?> six = (Map<?, ?>) runs.get(5);
        assertEquals(20, ((List<?>) six.get("dCdhNorms")).size());
        assertEquals(5.0, (double) six.get("clippedNorm"), 1e-9);
        Visualiser b = VisualiserRegistry.create("bptt", Map.of("start", "backward"));
        // "start: backward" shows the finished forward pass; the next step is BPTT1 at t = T.
        assertEquals("cross-entropy cost", b.numbers().get("equation"));
        assertTrue(b.stepForward());
        assertEquals("BPTT1", b.numbers().get("equation"));
        assertEquals(4, b.numbers().get("t"));
        assertThrows(
                IllegalArgumentException.class,
                () -> VisualiserRegistry.create("gradient-norms", Map.of("scales", "1,x")));
    }

    @Test
    void projectorFramesRenderAt1920By1080() throws Exception {
        GradientNormsModel m = GradientNormsModel.standard();
        m.seek(6);
        BufferedImage curves = Snapshots.render(new GradientNormsView(m, Theme.PROJECTOR, Duration.ZERO), 1920, 1080);
        GradientNormsModel c = GradientNormsModel.standard();
        c.seek(c.count());
        BufferedImage clipped = Snapshots.render(new GradientNormsView(c, Theme.PROJECTOR, Duration.ZERO), 1920, 1080);
        Snapshots.maybeWrite(curves, "gradient-norms-projector-curves");
        Snapshots.maybeWrite(clipped, "gradient-norms-projector-clipped");
        assertEquals(1920, clipped.getWidth());
        assertTrue(
                BpttRenderTest.count(clipped, 0xffffd31a) > 500, "the threshold line c is drawn in the accent colour");
    }
}
