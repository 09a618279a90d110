package bachprop.rnn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.rnn.BpttEquation;
import bachprop.util.Json;
import bachprop.viz.common.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BpttViewTest {
    private BpttModel model;
    private BpttView view;

    @Start
    void start(Stage stage) {
        model = BpttModel.standard(4);
        view = new BpttView(model, Theme.STANDARD, Duration.ZERO, Duration.ZERO);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        view.requestFocus();
    }

    @Test
    void rightAndLeftKeysStepTheViewThroughTheTrace(FxRobot robot) {
        robot.clickOn(view);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertEquals(2, model.shown());
        String heading = robot.lookup("#bptt-step").queryAs(Label.class).getText();
        assertTrue(heading.startsWith("Step 2 of " + model.count()), heading);
        assertEquals(
                model.current().formula(),
                robot.lookup("#bptt-formula").queryAs(Label.class).getText());
        robot.type(KeyCode.LEFT);
        assertEquals(1, model.shown());
        assertEquals(
                "z₁ = x₁·W_xh + h₀·W_hh + b_h",
                robot.lookup("#bptt-formula").queryAs(Label.class).getText());
    }

    @Test
    void spacePlaysToTheEndAndResetKeyGoesBackToTheStart(FxRobot robot) {
        robot.clickOn(view);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.count(), model.shown());
        robot.type(KeyCode.R);
        assertEquals(0, model.shown());
        assertTrue(robot.lookup("#bptt-step").queryAs(Label.class).getText().startsWith("Step 0"));
    }

    @Test
    void toolbarButtonsAndClickerKeysStepToo(FxRobot robot) {
        robot.clickOn("#bptt-next");
        robot.clickOn("#bptt-next");
        assertEquals(2, model.shown());
        robot.clickOn("#bptt-back");
        assertEquals(1, model.shown());
        robot.type(KeyCode.PAGE_DOWN, 3);
        assertEquals(4, model.shown());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(3, model.shown());
        robot.clickOn("#bptt-reset");
        assertEquals(0, model.shown());
    }

    @Test
    void presenterKeyHidesTheToolbarAndSwitchesToTheProjectorTheme(FxRobot robot) {
        robot.clickOn(view);
        robot.type(KeyCode.P);
        assertTrue(view.isPresenter());
        assertTrue(view.getTop() == null);
        assertTrue(robot.lookup("#bptt-next").tryQuery().isEmpty());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, model.shown());
        robot.type(KeyCode.P);
        assertFalse(view.isPresenter());
        assertTrue(robot.lookup("#bptt-next").tryQuery().isPresent());
    }

    @Test
    void exportWritesThePngAndItsNumbersBesideIt(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> model.seek(33));
        Path png = dir.resolve("frame.png");
        AtomicReference<Exception> failure = new AtomicReference<>();
        robot.interact(() -> {
            try {
                view.exportFrame(png, 960, 540);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(960, img.getWidth());
        assertEquals(540, img.getHeight());
        Map<?, ?> numbers = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("frame.json")));
        assertEquals(33, ((Number) numbers.get("step")).intValue());
        assertEquals("BPTT2", numbers.get("equation"));
        robot.type(KeyCode.RIGHT); // the view still steps after the export copy is gone
        assertEquals(34, model.shown());
    }

    @Test
    void backwardStepsShowTheTracedNumbersNotRecomputedOnes(FxRobot robot) {
        int firstBpttThree = model.trace().of(BpttEquation.BPTT3).get(0).index();
        robot.interact(() -> model.seek(firstBpttThree + 1));
        String shown = robot.lookup("#bptt-numbers").queryAs(Label.class).getText();
        assertEquals(model.trace().get(firstBpttThree).substituted(), shown);
        assertTrue(model.inBackwardPass());
        Map<String, Object> numbers = model.numbers();
        assertEquals("BPTT3", numbers.get("equation"));
        assertEquals(model.T(), numbers.get("t"));
    }
}
