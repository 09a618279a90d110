package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window driven headless (Monocle) with a small fixture chapter. One window and one Java
 * session serve every test (a session costs ~2 s to start), so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompanionWindowTest {
    static final String FIXTURE = """
            ---
            id: 1
            title: Fixture
            sections: 4.1
            exercises: bp1-output-error
            ---
            # The error $\\delta^l_j$ of a neuron

            Prose with *emphasis*, **strong**, `code`, a [link](https://example.org) and $a^L_j - y_j$.

            $$
            \\delta^l_j = \\frac{\\partial C}{\\partial z^l_j} \\tag{14}
            $$

            > **Notes on the text.** A box.

            | a | b |
            |---|---|
            | 1 | $x^2$ |

            - one
            - two

            ```jshell
            int answer = 6 * 7;
            answer
            ```

            ```jshell
            long n = 0;
            while (true) { n++; }
            ```

            ```jshell
            System.out.println("leaving");
            System.exit(0);
            ```

            ```jshell
            answer + 1
            ```

            ```visualiser test-counter
            start: 3
            ```

            ```visualiser no-such-visualiser
            ```
            """;

    @TempDir
    static Path tmp;

    static Path chapterFile;
    static byte[] chapterBytes;
    static CompanionWindow window;
    static Stage stage;
    static final AtomicInteger counter = new AtomicInteger();
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        VisualiserRegistry.register("test-counter", options -> new Visualiser() {
            final Label view = new Label("counter");

            @Override
            public String name() {
                return "test-counter";
            }

            @Override
            public Node view() {
                return view;
            }

            @Override
            public boolean stepForward() {
                counter.incrementAndGet();
                return true;
            }

            @Override
            public boolean stepBack() {
                counter.decrementAndGet();
                return true;
            }

            @Override
            public void reset() {
                counter.set(0);
            }

            @Override
            public Map<String, Object> numbers() {
                return Map.of("count", counter.get());
            }
        });
        Path dir = tmp.resolve("chapters/01-fixture");
        Files.createDirectories(dir);
        chapterFile = dir.resolve("chapter.md");
        Files.writeString(chapterFile, FIXTURE);
        chapterBytes = Files.readAllBytes(chapterFile);
        CompanionWindow.Config config = new CompanionWindow.Config(
                tmp.resolve("chapters"),
                new Workspace(tmp.resolve("user/workspace")),
                tmp.resolve("user/window.json"),
                tmp.resolve("user/progress.json"),
                CellEvaluator::forProject,
                url -> {});
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            window = new CompanionWindow(config, new MathRenderer());
            window.attach(s);
            s.sizeToScene(); // the shared stage may keep an explicit size from an earlier test class
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
        waitUntil(what, seconds, condition, () -> "");
    }

    static void waitUntil(String what, int seconds, Callable<Boolean> condition, Supplier<String> state)
            throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for: " + what + " " + state.get());
        }
    }

    static CellView cell(int i) {
        return window.cells().get(i - 1);
    }

    @Test
    @Order(1)
    void chapterOpensWithEveryFormulaRenderedAsAnImage() {
        List<MathView> maths = window.maths();
        assertEquals(
                4, maths.size(), "inline math in the heading, the paragraph and the table, and one display equation");
        for (MathView m : maths) {
            assertNotNull(m.imageView().getImage(), "no image for $" + m.tex() + "$");
            assertTrue(m.imageView().getImage().getWidth() > 10, "image too small for $" + m.tex() + "$");
            assertTrue(m.imageView().getFitHeight() > 5, "not laid out: $" + m.tex() + "$");
        }
        assertTrue(
                robot.lookup(".equation-number").queryAs(Label.class).getText().equals("(14)"));
        assertEquals(1, robot.lookup(".notes-on-text").queryAll().size());
        assertEquals(1, robot.lookup(".md-table").queryAll().size());
        assertEquals(4, window.cells().size());
        assertTrue(
                robot.lookup(".visualiser-placeholder .label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().contains("'no-such-visualiser' is not part of this build")),
                "placeholder for the unknown visualiser");
        assertNotNull(window.activeVisualiser(), "the chapter's first visualiser is shown in the side panel");
    }

    @Test
    @Order(2)
    void shiftEnterRunsACellAndShowsItsValue() throws Exception {
        robot.clickOn(cell(1).editor());
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        waitUntil(
                "cell 1's value",
                30,
                () -> cell(1).output().getText().contains("⇒ 42")
                        && cell(1).output().getStyleClass().contains("cell-ok"),
                () -> cell(1).status());
        assertEquals("int answer = 6 * 7;\nanswer", cell(1).editor().getText(), "Shift+Enter must not type a newline");
    }

    @Test
    @Order(3)
    void stopButtonEndsAnInfiniteLoopWithinTwoSeconds() throws Exception {
        robot.interact(() -> window.session().run(cell(2), null));
        waitUntil("cell 2 running", 10, () -> cell(2).status().equals("running…"));
        Thread.sleep(500);
        long t0 = System.nanoTime();
        robot.clickOn("#stop");
        waitUntil(
                "cell 2 stopped",
                10,
                () -> cell(2).output().getText().contains("stopped"),
                () -> "status '" + cell(2).status() + "', output '"
                        + cell(2).output().getText() + "'");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 2.0, "stopping took " + seconds + " s");
        robot.interact(() -> window.session().run(cell(4), null));
        waitUntil("cell 4 after the stop", 10, () -> cell(4).output().getText().contains("⇒ 43"));
    }

    @Test
    @Order(4)
    void systemExitInACellEndsOnlyItsSessionWhichRestarts() throws Exception {
        robot.interact(() -> window.session().run(cell(3), null));
        waitUntil(
                "the session's end reported",
                20,
                () -> cell(3).output().getText().contains("the session ended"));
        assertTrue(
                cell(3).output().getText().startsWith("leaving"),
                cell(3).output().getText());
        assertTrue(stage.isShowing(), "the window survives");
        robot.interact(() -> window.session().run(cell(4), null));
        waitUntil(
                "cell 4 in the fresh session",
                20,
                () -> cell(4).output().getStyleClass().contains("cell-error"));
        assertTrue(cell(4).output().getText().contains("cannot find symbol"), "a fresh session has no 'answer'");
        robot.interact(() -> window.session().run(cell(1), null));
        waitUntil("cell 1 again", 20, () -> cell(1).output().getText().contains("⇒ 42"));
    }

    @Test
    @Order(5)
    void revertRestoresTheChaptersVersionAndForgetsTheSavedEdit() throws Exception {
        Path saved = tmp.resolve("user/workspace/01-fixture.json");
        robot.clickOn(cell(1).editor());
        robot.interact(() -> cell(1).editor().end());
        robot.write(" + 1");
        waitUntil(
                "the edit saved",
                10,
                () -> Files.exists(saved) && Files.readString(saved).contains("answer + 1"));
        assertEquals("int answer = 6 * 7;\nanswer + 1", cell(1).editor().getText());
        robot.clickOn(cell(1).lookup(".revert-button"));
        assertEquals("int answer = 6 * 7;\nanswer", cell(1).editor().getText());
        waitUntil("the edit forgotten", 10, () -> !Files.readString(saved).contains("answer + 1"));
        assertArrayEquals(chapterBytes, Files.readAllBytes(chapterFile), "the chapter file is never written");
    }

    @Test
    @Order(6)
    void presenterModeTogglesAndScalesTheFontAndArrowsStepTheVisualiser() throws Exception {
        Text prose = robot.lookup(".paragraph .prose-text").queryAs(Text.class);
        double before = prose.getFont().getSize();
        double mathBefore = window.maths().get(0).imageView().getFitHeight();
        robot.clickOn(cell(1).output()); // focus outside the editors
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().presenter());
        assertTrue(robot.lookup(".companion").query().getStyleClass().contains("presenter"));
        assertFalse(robot.lookup(".tool-bar").queryAs(ToolBar.class).isVisible(), "controls hidden");
        assertFalse(cell(1).lookup(".cell-buttons").isVisible(), "cell buttons hidden");
        assertEquals(before * WindowModel.PRESENTER_SCALE, prose.getFont().getSize(), 1e-4); // font sizes are floats
        assertEquals(
                mathBefore * WindowModel.PRESENTER_SCALE,
                window.maths().get(0).imageView().getFitHeight(),
                1e-6);

        int count = counter.get();
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.LEFT);
        assertEquals(count + 1, counter.get(), "→ → ← steps the active visualiser");
        assertEquals(
                1, window.model().step(), "the view model counts the steps of a visualiser that does not tell its own");

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                before * WindowModel.PRESENTER_SCALE * 1.1, prose.getFont().getSize(), 1e-4); // font sizes are floats
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model().presenter());
        assertEquals(before, prose.getFont().getSize(), 1e-4); // font sizes are floats
        assertTrue(robot.lookup(".tool-bar").queryAs(ToolBar.class).isVisible());
    }

    @Test
    @Order(7)
    void exercisesTabShowsProgressFromTheGraderAndItsGradePanel() throws Exception {
        Files.writeString(
                tmp.resolve("user/progress.json"),
                "{\"exercises\": {\"bp1-output-error\": "
                        + "{\"chapter\": 1, \"passed\": true, \"tasks\": {\"1\": \"pass\"}}}}");
        robot.clickOn("Exercises");
        WaitForAsyncUtils.waitForFxEvents();
        Label head = robot.lookup(".progress-head").queryAs(Label.class);
        assertEquals("Exercises of chapter 1: 1 of 1 passed", head.getText());
        assertEquals(1, robot.lookup(".exercise-passed").queryAll().size());
        assertNotNull(robot.lookup("#grade").query(), "the grader's panel is in the tab");
    }

    @Test
    @Order(8)
    void sidePanelTakesAboutFortyFivePercentOfTheWindow() {
        double side = robot.lookup("#side-panel").queryAs(Region.class).getWidth();
        double total = window.root().getLayoutBounds().getWidth();
        assertEquals(
                0.45,
                side / total,
                0.03,
                "side panel " + side + " px of a " + total + " px window"); // the divider's grip and rounding
    }
}
