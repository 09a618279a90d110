package bachprop.viz.deltaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.viz.common.Fx;
import bachprop.viz.common.StepAnimations;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The δ-flow view without a mouse and without sight, driven by robot keys (TestFX + Monocle): Tab
 * reaches every control and each shows its focus ring; the accessible text says the current step
 * with its numbers; ↑/↓ and hovering point at neurons and weights (the live Figure 4).
 */
@ExtendWith(ApplicationExtension.class)
class DeltaFlowAccessibilityTest {
    private DeltaFlowModel model;
    private DeltaFlowView view;

    @Start
    void start(Stage stage) {
        model = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        model.setQuiz(true); // the quiz's answer field and buttons are controls too
        view = new DeltaFlowView(model, Theme.STANDARD, Duration.millis(450));
        stage.setScene(new Scene(new StackPane(view), 1240, 780)); // as in the window: not the scene's root
        stage.show();
        view.requestFocus();
    }

    @AfterEach
    void motionBack() {
        Fx.run(() -> StepAnimations.reducedMotion().set(false));
    }

    /** Every node of the view that takes the focus: visible, enabled, focus-traversable. */
    private List<Node> focusable(Parent p, List<Node> into) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.isDisabled()) {
                continue;
            }
            if (n.isFocusTraversable()) {
                into.add(n);
            }
            if (n instanceof Parent q && !(n instanceof Control)) {
                focusable(q, into);
            }
        }
        return into;
    }

    /** The colour of the ring drawn around a focused node, or null when it has none. */
    private Color ring(Node n) {
        Region r = n == view ? (Region) view.lookup(".viz-focus-ring") : (Region) n;
        if (r.getBorder() == null || r.getBorder().getStrokes().isEmpty()) {
            return null;
        }
        BorderStroke s = r.getBorder().getStrokes().get(0);
        return s.getWidths().getTop() >= 3 ? (Color) s.getTopStroke() : null;
    }

    @Test
    void tabFromTheFirstControlReachesEveryControlOfTheViewAndEachShowsAFocusRing(FxRobot robot) {
        List<Node> expected = Fx.call(() -> focusable(view, new ArrayList<>()));
        Button reset = robot.lookup("#reset").queryButton();
        assertEquals(reset, expected.get(0), "the toolbar's Reset is the first control");
        assertTrue(expected.size() >= 15, "toolbar, drawing, quiz and network controls: " + expected);
        Fx.run(reset::requestFocus);
        Set<Node> reached = new LinkedHashSet<>();
        List<String> noRing = new ArrayList<>();
        for (int i = 0; i <= expected.size(); i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = Fx.call(() -> view.getScene().getFocusOwner());
            reached.add(owner);
            Color c = Fx.call(() -> ring(owner));
            if (c == null || !c.equals(Theme.STANDARD.focus())) {
                noRing.add(owner.getClass().getSimpleName() + "#" + owner.getId() + " " + c);
            }
            robot.type(KeyCode.TAB);
        }
        for (Node n : expected) {
            assertTrue(reached.contains(n), "Tab never reached " + n);
        }
        assertTrue(reached.contains(view), "the drawing itself is a Tab stop");
        assertTrue(noRing.isEmpty(), "focused without a ring in the focus colour: " + noRing);
    }

    @Test
    void afterTenPressesOfRightTheAccessibleTextNamesStepTenAndBp1WithItsNumbers(FxRobot robot) {
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        String said = Fx.call(view::getAccessibleText);
        assertTrue(said.startsWith("Step 10 of 33, BP1"), said);
        assertTrue(said.contains("delta 3 1 equals (0.7514 minus 0.01) times 0.1868 equals 0.1385"), said);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Fx.call(view::getAccessibleText).startsWith("Step 9 of 33, equation 7"), "it follows the step");
    }

    @Test
    void upAndDownPointAtNeuronsAndWeightsAndTheirLabelsAppear(FxRobot robot) {
        robot.type(KeyCode.DOWN, 3); // x₁, x₂, then the first weight of layer 2
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Pointer.weight(2, 0, 0), view.pointed());
        String labels = Fx.call(() -> robot.lookup("#pointerLabels").queryParent().getChildrenUnmodifiable().stream()
                .map(n -> ((Label) n).getText())
                .toList()
                .toString());
        assertEquals("[w²₁,₁ = 0.15, k = 1: neuron 1 of layer 2, j = 1: neuron 1 of layer 1]", labels);
        assertTrue(Fx.call(view::getAccessibleText).contains("Pointing at: Weight w 2 1 1 equals 0.15"));
        robot.type(KeyCode.ENTER); // edits the weight pointed at
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("0.25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.25, model.network().weight(2, 0, 0), 0.0);
    }

    @Test
    void hoveringOverANeuronPointsAtItAndLeavingClearsThePointer(FxRobot robot) {
        Point2D centre = Fx.call(() -> view.canvas().localToScreen(view.canvas().neuronCentre(3, 1)));
        robot.moveTo(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Pointer.neuron(3, 1), view.pointed());
        Point2D corner =
                Fx.call(() -> view.canvas().localToScreen(3, view.canvas().getHeight() - 3));
        robot.moveTo(corner);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, view.pointed(), "nothing at the drawing's corner");
    }

    @Test
    void spaceOnAFocusedButtonPressesItAndMTurnsOnReducedMotion(FxRobot robot) {
        Fx.run(() -> robot.lookup("#next").queryButton().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.step(), "Space pressed Next");
        assertEquals("Play", robot.lookup("#play").queryButton().getText(), "and did not start playing");
        Fx.run(view::requestFocus);
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(StepAnimations.reducedMotion().get());
        robot.type(KeyCode.RIGHT, 11); // into BP2, where pulses travel
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, model.step(), "→ stepped");
        assertEquals(NetworkCanvas.REST, view.canvas().pulseProperty().get(), 0.0, "no travel: at rest at once");
        assertFalse(view.getAccessibleText().isEmpty());
        assertNotNull(view.getAccessibleHelp());
    }
}
