package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import bachprop.chapter.Chapters;
import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lecturer's clicker outside presenter mode, with real key presses (TestFX robot, headless
 * Monocle): the window opens at chapter 5 (δ-flow) as {@code bachprop window --chapter 5} does,
 * with the focus where a new window puts it, on the chapter list, whose own Page Down would jump
 * to the last chapter shown. Page Down and Page Up step the visualiser instead.
 */
class ClickerOutsidePresenterTest {
    @TempDir
    static Path tmp;

    static CompanionWindow window;
    static Stage stage;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        CompanionWindow.Config config = new CompanionWindow.Config(
                Chapters.dir(),
                new Workspace(tmp.resolve("user/workspace")),
                tmp.resolve("user/window.json"),
                tmp.resolve("user/progress.json"),
                () -> new CellEvaluator(List.of(), Duration.ofSeconds(5)), // no cell is run here
                url -> {});
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
                    window = new CompanionWindow(config, new MathRenderer(), 5);
                    window.attach(stage);
                    stage.show();
                })
                .get(120, TimeUnit.SECONDS);
        window.whenRendered().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(60, TimeUnit.SECONDS);
        FxToolkit.hideStage();
    }

    @Test
    void pageDownTwiceAndPageUpFromTheChapterListStepTheVisualiserAndKeepTheChapter() {
        Node list = robot.lookup("#navigator").query();
        assertSame(list, stage.getScene().getFocusOwner(), "a new window's first focus: the chapter list");
        assertEquals("Step 0 of 37", stepLabel());
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 2 of 37", stepLabel(), "two Page Downs, two steps");
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 1 of 37", stepLabel(), "Page Up, one back");
        assertEquals(1, window.model().step());
        assertEquals(5, window.model().chapter(), "the chapter did not change");
        assertEquals(5, window.chapter().id(), "chapter 5 is still the one shown");
        assertSame(list, stage.getScene().getFocusOwner(), "the focus stays on the list");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, window.model().chapter(), "Ctrl+Page Down still changes the chapter");
    }

    private String stepLabel() {
        return robot.lookup("#stepLabel").queryAs(Label.class).getText();
    }
}
