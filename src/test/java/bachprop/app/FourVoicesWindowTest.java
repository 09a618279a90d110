package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.Chapters;
import bachprop.chapter.Workspace;
import bachprop.chorale.plot.DrawnText;
import bachprop.chorale.ui.ChartView;
import bachprop.jshell.CellEvaluator;
import bachprop.music.data.RealData;
import bachprop.seq.satb.viz.FourVoicesModel;
import bachprop.seq.satb.viz.FourVoicesVisualiser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chapter 10 as a lecturer drives it, with real key presses (TestFX robot, headless Monocle): the
 * window opens at chapter 10 as {@code bachprop window --chapter 10} does, the four-voices rolls in
 * the side panel at the opening alone; Page Down from the chapter list reveals the continuations a
 * beat at a time, Page Up takes one back; F5 shows the rolls alone, side by side, no drawn text
 * under the presenter's least size, where → still steps; Esc puts the window back.
 */
@Tag("corpus")
class FourVoicesWindowTest {
    @TempDir
    static Path tmp;

    static CompanionWindow window;
    static Stage stage;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        RealData.assumeJsb(); // the rolls are a real test chorale
        CompanionWindow.Config config = new CompanionWindow.Config(
                Chapters.dir(),
                new Workspace(tmp.resolve("user/workspace")),
                tmp.resolve("user/window.json"),
                tmp.resolve("user/progress.json"),
                () -> new CellEvaluator(List.of(), Duration.ofSeconds(5)), // no cell is run here
                url -> {});
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
                    window = new CompanionWindow(config, new MathRenderer(), 10);
                    window.attach(stage);
                    stage.show();
                })
                .get(120, TimeUnit.SECONDS);
        window.whenRendered().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        if (window == null) {
            return;
        }
        WaitForAsyncUtils.asyncFx(() -> {
                    if (window.model().presenter()) {
                        window.togglePresenter();
                    }
                    window.close();
                })
                .get(60, TimeUnit.SECONDS);
        FxToolkit.hideStage();
    }

    @Test
    void pageDownRevealsABeatOfEveryRollAndF5ShowsTheRollsAloneAndLarge() throws Exception {
        assertEquals(10, window.chapter().id());
        assertTrue(window.activeVisualiser() instanceof FourVoicesVisualiser, "chapter 10 opens with four-voices");
        FourVoicesModel model = ((FourVoicesVisualiser) window.activeVisualiser()).model();
        int opening = model.opening();
        assertEquals(opening, model.shown(0), "the opening alone at first");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().steps() == model.count());
        assertEquals(0, window.model().step(), "the window's step: the start");
        assertEquals(model.count(), window.model().steps(), "and its last: a beat a step");
        assertSame(robot.lookup("#navigator").query(), stage.getScene().getFocusOwner(), "the first focus");

        type(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertEquals(
                2,
                model.step(),
                "two Page Downs, two beats (the focus: " + stage.getScene().getFocusOwner() + ")");
        assertEquals(opening + 2 * FourVoicesModel.BEAT, model.shown(0));
        type(KeyCode.PAGE_UP);
        assertEquals(opening + FourVoicesModel.BEAT, model.shown(0), "Page Up, a beat back");
        assertEquals(10, window.model().chapter(), "the chapter did not change");

        type(KeyCode.F5);
        assertTrue(window.model().presenter());
        List<ChartView> rolls = charts();
        assertEquals(model.rolls().size(), rolls.size(), "every roll is on show");
        double screen = Screen.getPrimary().getBounds().getHeight();
        double least = PresenterModel.minTextPx(screen);
        for (ChartView roll : rolls) {
            for (DrawnText t : roll.texts()) {
                assertTrue(t.fontPx() >= least - 0.5, t + " is smaller than " + least + " px");
            }
        }
        if (rolls.size() > 1) { // side by side: the same top, the second to the right of the first
            assertEquals(
                    rolls.get(0).localToScene(0, 0).getY(),
                    rolls.get(1).localToScene(0, 0).getY(),
                    1);
            assertTrue(rolls.get(1).localToScene(0, 0).getX()
                    > rolls.get(0).localToScene(0, 0).getX());
        }
        type(KeyCode.RIGHT);
        assertEquals(opening + 2 * FourVoicesModel.BEAT, model.shown(0), "→ steps in presenter mode");
        type(KeyCode.ESCAPE);
        assertFalse(window.model().presenter());
        assertEquals(2, window.model().step(), "the step kept on leaving");
    }

    private List<ChartView> charts() {
        Parent root = (Parent) window.root().getScene().getRoot();
        return root.lookupAll("*").stream()
                .filter(n -> n instanceof ChartView && isShown(n))
                .map(n -> (ChartView) n)
                .toList();
    }

    static boolean isShown(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node a = n; a != null; a = a.getParent()) {
            if (!a.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void type(KeyCode... keys) throws Exception {
        // Keys go to the focused window: make it this one (an earlier test in the JVM may have shown another).
        WaitForAsyncUtils.asyncFx(() -> {
                    stage.toFront();
                    stage.requestFocus();
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        for (KeyCode k : keys) {
            robot.type(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
