package bachprop.viz.deltaflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.Equation;
import bachprop.nn.Fmt;
import bachprop.viz.common.Fx;
import bachprop.viz.common.Theme;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The δ-flow view driven headless through its real controls (TestFX + Monocle). */
@ExtendWith(ApplicationExtension.class)
class DeltaFlowViewTest {
    private DeltaFlowModel model;
    private DeltaFlowView view;

    @Start
    void start(Stage stage) {
        model = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        view = new DeltaFlowView(model, Theme.STANDARD, Duration.ZERO);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
        view.requestFocus();
    }

    /** The colour drawn on the highlight ring of neuron (l, j), read back from the canvas. */
    private Color ringColour(int l, int j) {
        NetworkCanvas c = view.canvas();
        Point2D centre = c.neuronCentre(l, j);
        double r = c.radius() + 7;
        WritableImage img = Fx.call(() -> c.snapshot(null, null));
        return img.getPixelReader().getColor((int) Math.round(centre.getX() + r), (int) Math.round(centre.getY()));
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08
                && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    @Test
    void arrowKeysMoveTheHighlightAndTheSubstitutedNumbers(FxRobot robot) {
        assertEquals("", view.substitutedText());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(new int[] {2, 0}, view.canvas().highlightedNeuron());
        assertEquals("z²₁ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775", view.substitutedText());
        assertTrue(near(ringColour(2, 0), Theme.STANDARD.accent()), "neuron a²₁ is ringed in the highlight colour");
        assertTrue(!near(ringColour(2, 1), Theme.STANDARD.accent()), "a²₂ is not");

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("a²₁ = σ(0.3775) = 0.5933", view.substitutedText());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(new int[] {2, 1}, view.canvas().highlightedNeuron());
        assertTrue(near(ringColour(2, 1), Theme.STANDARD.accent()), "the ring moved to a²₂");
        assertTrue(!near(ringColour(2, 0), Theme.STANDARD.accent()), "and left a²₁");

        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(new int[] {2, 0}, view.canvas().highlightedNeuron());
        assertEquals("a²₁ = σ(0.3775) = 0.5933", view.substitutedText());
        assertEquals(2, model.step());
    }

    @Test
    void bp1StepShowsTheWorkedExampleNumbers(FxRobot robot) {
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Equation.BP1, model.equation());
        assertEquals("δ³₁ = (0.7514 − 0.01)·0.1868 = 0.1385", view.substitutedText());
        assertArrayEquals(new int[] {3, 0}, view.canvas().highlightedNeuron());
    }

    @Test
    void editingAWeightInPlaceRecomputesTheTrace(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        double before = model.trace().of(Equation.BP1).get(0).value();
        NetworkCanvas.Hit label = view.canvas().hits().stream()
                .filter(h -> h.param().equals(Param.weight(3, 0, 0)))
                .findFirst()
                .orElseThrow();
        Point2D centre = view.canvas()
                .localToScreen(label.bounds().getCenterX(), label.bounds().getCenterY());
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#editor").queryAs(TextField.class);
        robot.write("0.9").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.9, model.network().weight(3, 0, 0), 0.0);
        double after = model.trace().of(Equation.BP1).get(0).value();
        assertNotEquals(before, after, "δ³₁ is recomputed from the edited weight");
        assertEquals(1, model.step(), "the position is kept");
        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.substitutedText().startsWith("δ³₁ = ("), view.substitutedText());
        assertTrue(view.substitutedText().endsWith(Fmt.sig(after, 4)), view.substitutedText());
    }

    @Test
    void quizPanelJudgesATypedAnswer(FxRobot robot) {
        Fx.run(() -> model.setQuiz(true));
        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#answer").write("0.7414").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String verdict = robot.lookup("#verdict").queryLabeled().getText();
        assertTrue(verdict.startsWith("Not quite") && verdict.contains("σ′(z)"), verdict);
    }
}
