package bachprop.rnn.viz;

import bachprop.rnn.BpttEquation;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class BpttViewTest {
    private BpttModel model;
    private BpttView view;

    @Start
    void start(Stage stage) {
        model = BpttModel.standard(4);
        view = new BpttView(model, RnnTheme.STANDARD, Duration.ZERO, Duration.ZERO);
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
        assertEquals(model.current().formula(), robot.lookup("#bptt-formula").queryAs(Label.class).getText());
        robot.type(KeyCode.LEFT);
        assertEquals(1, model.shown());
        assertEquals("z₁ = x₁·W_xh + h₀·W_hh + b_h", robot.lookup("#bptt-formula").queryAs(Label.class).getText());
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
