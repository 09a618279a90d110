package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import bachprop.viz.common.Export;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader's place, driven as a person drives the window (TestFX robot, headless): step the
 * δ-flow visualiser 4 times with its → button, edit and run a cell, go to another chapter through
 * the chapter list and come back — the edit, the output and step 4 are there; close the window and
 * open it again — the chapter and step 4 are restored.
 */
class PlaceKeptTest {
    static final String FIRST = """
            ---
            id: 1
            title: Place
            sections: 4.1
            ---
            # Place

            ```jshell
            int answer = 6 * 7;
            answer
            ```

            ```visualiser delta-flow
            ```
            """;
    static final String SECOND = """
            ---
            id: 2
            title: Elsewhere
            sections: 4.2
            ---
            # Elsewhere

            Nothing to run here.
            """;

    @TempDir
    static Path tmp;

    static CompanionWindow.Config config;
    static CompanionWindow window;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        for (String[] c : new String[][] {{"01-place", FIRST}, {"02-elsewhere", SECOND}}) {
            Path dir = tmp.resolve("chapters").resolve(c[0]);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("chapter.md"), c[1]);
        }
        config = new CompanionWindow.Config(
                tmp.resolve("chapters"),
                new Workspace(tmp.resolve("user/workspace")),
                tmp.resolve("user/window.json"),
                tmp.resolve("user/progress.json"),
                CellEvaluator::forProject,
                url -> {});
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            window = new CompanionWindow(config, new MathRenderer());
            window.attach(s);
            s.show();
        });
        window.whenRendered().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupStage(s -> window.close());
        FxToolkit.hideStage();
    }

    static void waitUntil(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for: " + what + "; " + window);
        }
    }

    CellView cell1() {
        return window.cells().get(0);
    }

    /** The δ-flow view's "Step n of N" as drawn in the side panel. */
    String stepLabel() {
        for (Node n : robot.lookup("#side-panel .label").queryAll()) {
            if (n instanceof Label l && l.getText().startsWith("Step ") && l.isVisible()) {
                return l.getText();
            }
        }
        return "no step label";
    }

    CheckBox quizBox() {
        return robot.lookup("#side-panel .check-box")
                .match((CheckBox c) -> "Quiz".equals(c.getText()))
                .query();
    }

    void clickChapter(String title) throws Exception {
        Node item = robot.lookup(".navigator .list-cell")
                .match((ListCell<?> c) -> c.getText() != null && c.getText().contains(title))
                .query();
        robot.clickOn(item);
    }

    void screenshot(String name) {
        robot.interact(() -> {
            try {
                Export.writePng(
                        Export.toAwt(window.root().getScene().snapshot(null)),
                        Path.of("/tmp/place-testfx-" + name + ".png"));
            } catch (Exception e) {
                // a screenshot is for the person reviewing, not part of the claim
            }
        });
    }

    @Test
    void editACellStepTheVisualiserLeaveTheChapterComeBackAndRestartTheEditOutputAndStepAreThere() throws Exception {
        assertEquals(1, window.model().chapter());
        Button forward = robot.lookup(".visualiser-controls .button")
                .match((Button b) -> "→".equals(b.getText()))
                .query();
        for (int i = 0; i < 4; i++) {
            robot.clickOn(forward);
        }
        assertEquals(4, window.model().step());
        robot.clickOn(quizBox()); // the quiz is on when the reader leaves
        assertTrue(quizBox().isSelected());
        String stepped = stepLabel();
        assertTrue(stepped.startsWith("Step 4 of "), stepped);

        robot.clickOn(cell1().editor());
        robot.interact(() -> cell1().editor().end());
        robot.write(" + 0");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        waitUntil("cell 1's output", 60, () -> cell1().output().getText().contains("42"));
        screenshot("before-leaving");

        clickChapter("Elsewhere");
        waitUntil("chapter 2 open", 10, () -> window.model().chapter() == 2);
        assertEquals(0, window.cells().size());
        clickChapter("Place");
        waitUntil(
                "chapter 1 open again",
                10,
                () -> window.model().chapter() == 1 && !window.cells().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("came-back");
        assertTrue(cell1().source().endsWith("answer + 0"), cell1().source());
        assertTrue(cell1().output().getText().contains("42"), "the output as it was left");
        assertEquals(4, window.model().step(), "the visualiser's step");
        assertEquals(stepped, stepLabel());
        assertTrue(quizBox().isSelected(), "the quiz is still on");

        FxToolkit.setupStage(s -> {
            window.close();
            window = new CompanionWindow(config, new MathRenderer());
            window.attach(s);
            s.show();
        });
        window.whenRendered().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("restarted");
        assertEquals(1, window.model().chapter(), "the last chapter");
        assertEquals(4, window.model().step(), "its visualiser's step");
        assertEquals(stepped, stepLabel());
        assertTrue(cell1().source().endsWith("answer + 0"), "the edit was saved: " + cell1().source());
    }
}
