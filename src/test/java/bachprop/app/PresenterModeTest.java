package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.Chapters;
import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
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
 * Presenter mode driven as a lecturer drives it, with real key presses (TestFX robot, headless
 * Monocle): the window opens at chapter 5 (δ-flow, Mazur's network, steps 0..33) in presenter mode,
 * as {@code bachprop window --chapter 5 --presenter} does; then, outside presenter mode, a student
 * edits a cell and goes on stepping. One window serves every test, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PresenterModeTest {
    @TempDir
    static Path tmp;

    static CompanionWindow window;
    static Stage stage;
    static List<String> cellTexts;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        CompanionWindow.Config config = new CompanionWindow.Config(
                Chapters.dir(),
                new Workspace(tmp.resolve("user/workspace")),
                tmp.resolve("user/window.json"),
                tmp.resolve("user/progress.json"),
                CellEvaluator::forProject,
                url -> {});
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(
                        () -> { // the chapter takes a while to build on a busy machine
                            window = new CompanionWindow(config, new MathRenderer(), 5);
                            window.attach(stage);
                            stage.show();
                            window.togglePresenter(); // what --presenter does once the stage is shown (CompanionApp)
                        })
                .get(120, TimeUnit.SECONDS);
        window.whenRendered().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        cellTexts = texts();
    }

    @AfterAll
    static void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    if (window.model().presenter()) {
                        window.togglePresenter();
                    }
                    window.close();
                })
                .get(60, TimeUnit.SECONDS);
        FxToolkit.hideStage();
    }

    static List<String> texts() {
        return window.cells().stream().map(CellView::source).toList();
    }

    static List<Path> savedFiles() throws Exception {
        Path dir = tmp.resolve("user/workspace");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    String stepLabel() {
        return robot.lookup("#stepLabel").queryAs(Label.class).getText();
    }

    void type(KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(1)
    void presenterModeFillsTheScreenWithTheVisualiserAlone() {
        assertTrue(window.model().presenter());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(screen.getWidth(), stage.getWidth(), 1, "the window is as wide as the screen");
        assertEquals(screen.getHeight(), stage.getHeight(), 1, "and as high");
        Node flow = robot.lookup("#delta-flow").query();
        assertEquals(
                stage.getScene().getWidth(),
                flow.getLayoutBounds().getWidth(),
                1,
                "the δ-flow view is as wide as the window (not a side panel's 575 px)");
        assertFalse(robot.lookup(".tool-bar").queryAs(ToolBar.class).isVisible(), "no window toolbar");
        assertFalse(robot.lookup(".cell").queryAll().isEmpty());
        assertTrue(robot.lookup(".cell").queryAll().stream().noneMatch(this::isShown), "no cell on show");
        assertFalse(isShown(robot.lookup("#navigator").query()), "no chapter list");
    }

    /** On screen: in the scene, and it and every ancestor visible. */
    boolean isShown(Node n) {
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

    @Test
    @Order(2)
    void everyTextInPresenterModeIsAtLeastTheStatedMinimumForThisScreen() {
        double min = PresenterModel.minTextPx(Screen.getPrimary().getBounds().getHeight());
        List<Labeled> labels = labeled(robot.lookup("#presenter-pane").query()).stream()
                .filter(this::isShown)
                .filter(l -> l.getText() != null && !l.getText().isBlank())
                .toList();
        assertFalse(labels.isEmpty());
        for (Labeled l : labels) {
            assertTrue(
                    l.getFont().getSize() >= min - 0.5, // rounded to whole pixels in the view's CSS
                    "'" + l.getText() + "' is " + l.getFont().getSize() + " px, below " + min);
        }
    }

    /** Every label, button and check box in {@code n}'s tree. */
    static List<Labeled> labeled(Node n) {
        List<Labeled> out = new ArrayList<>();
        if (n instanceof Labeled l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(labeled(c));
            }
        }
        return out;
    }

    @Test
    @Order(3)
    void twelveRightArrowsReachStepTwelveAndChangeNoCellAndSaveNothing() throws Exception {
        assertEquals("Step 0 of 37", stepLabel());
        for (int i = 0; i < 12; i++) {
            type(KeyCode.RIGHT);
        }
        assertEquals(12, window.model().step());
        assertEquals("Step 12 of 37", stepLabel());
        assertEquals(cellTexts, texts(), "no cell's text changed");
        Thread.sleep((long) CellView.SAVE_DELAY.toMillis() + 300); // a typed edit would be saved by now
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), savedFiles(), "nothing saved to the student's workspace");
    }

    @Test
    @Order(4)
    void spacePageDownAndPageUpStepForwardForwardBack() {
        type(KeyCode.SPACE);
        assertEquals("Step 13 of 37", stepLabel());
        type(KeyCode.PAGE_DOWN);
        assertEquals("Step 14 of 37", stepLabel());
        type(KeyCode.PAGE_UP);
        assertEquals("Step 13 of 37", stepLabel());
        assertEquals(cellTexts, texts());
    }

    @Test
    @Order(5)
    void bBlacksTheScreenOutAndBAgainRestoresIt() {
        Node black = robot.lookup("#presenter-black").query();
        assertFalse(black.isVisible());
        type(KeyCode.B);
        assertTrue(black.isVisible(), "black");
        assertEquals(stage.getScene().getWidth(), black.getLayoutBounds().getWidth(), 1, "over the whole screen");
        type(KeyCode.B);
        assertFalse(black.isVisible(), "back");
        type(KeyCode.PERIOD);
        assertTrue(black.isVisible(), ". too");
        type(KeyCode.PERIOD);
        assertEquals("Step 13 of 37", stepLabel(), "blacking out does not step");
    }

    @Test
    @Order(6)
    void tShowsTheChaptersTextAndTAgainTheVisualiser() {
        type(KeyCode.T);
        ScrollPane text = robot.lookup("#presenter-text").queryAs(ScrollPane.class);
        assertTrue(isShown(text));
        assertSame(robot.lookup("#reading").query(), text.getContent(), "the chapter's own rendered page");
        assertEquals(stage.getScene().getWidth(), text.getWidth(), 1);
        type(KeyCode.PAGE_DOWN);
        assertTrue(text.getVvalue() > 0, "the clicker scrolls the text");
        assertEquals(13, window.model().step(), "and does not step the hidden visualiser");
        type(KeyCode.T);
        assertTrue(isShown(robot.lookup("#delta-flow").query()));
        assertFalse(isShown(text));
    }

    @Test
    @Order(7)
    void escLeavesPresenterModeAndPutsEverythingBack() {
        type(KeyCode.ESCAPE);
        assertFalse(window.model().presenter());
        assertTrue(robot.lookup(".tool-bar").queryAs(ToolBar.class).isVisible());
        Node flow = robot.lookup("#delta-flow").query();
        assertTrue(isShown(flow), "the visualiser is back in the side panel");
        assertTrue(flow.getLayoutBounds().getWidth() < stage.getScene().getWidth() * 0.8);
        assertTrue(isShown(robot.lookup("#reading").query()), "the text is back in the reading pane");
        assertEquals("Step 13 of 37", stepLabel(), "the step is kept");
    }

    @Test
    @Order(8)
    void outsidePresenterModeRightFromTheChapterListAndSpaceStepTheVisualiser() {
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof ChapterList.Entry e && e.id() == 5)
                .findFirst()
                .orElseThrow());
        type(KeyCode.RIGHT);
        assertEquals("Step 14 of 37", stepLabel(), "→ from the chapter list steps");
        type(KeyCode.SPACE);
        assertEquals("Step 15 of 37", stepLabel(), "Space steps");
        assertFalse(window.presenter().playing(), "Space does not play");
        assertEquals(cellTexts, texts(), "→ did not jump into a cell");
    }

    @Test
    @Order(9)
    void aCellNotEnteredTakesNoTypingAndEnterEntersIt() throws Exception {
        TextArea editor = window.cells().get(1).editor();
        reveal(editor);
        robot.interact(editor::requestFocus); // as Tab would bring it
        type(KeyCode.SPACE, KeyCode.X, KeyCode.TAB);
        assertEquals(cellTexts.get(1), editor.getText(), "a cell not entered is not typed into");
        assertEquals("Step 16 of 37", stepLabel(), "Space stepped instead");
        robot.interact(editor::requestFocus);
        type(KeyCode.ENTER);
        assertTrue(editor.isEditable(), "Enter enters the cell");
        assertEquals(cellTexts.get(1), editor.getText(), "Enter only enters");
        type(KeyCode.ESCAPE);
        assertFalse(editor.isEditable());
    }

    @Test
    @Order(10)
    void clickTypeEscRightStepsAndTheTypedTextIsKeptAndSaved() throws Exception {
        CellView cell = window.cells().get(0);
        TextArea editor = cell.editor();
        reveal(editor);
        robot.clickOn(editor);
        robot.interact(editor::end);
        robot.write(" // mine");
        type(KeyCode.ESCAPE, KeyCode.RIGHT);
        assertEquals("Step 17 of 37", stepLabel(), "after Esc, → steps again");
        assertEquals(cellTexts.get(0) + " // mine", editor.getText(), "the typed text stays in the cell");
        CompanionWindowTest.waitUntil(
                "the edit saved", 10, () -> savedFiles().stream().anyMatch(f -> read(f).contains("// mine")));
        type(KeyCode.SPACE);
        assertEquals(cellTexts.get(0) + " // mine", editor.getText(), "Space after Esc does not type");
    }

    @Test
    @Order(11)
    void theNextChapterInPresenterModeShowsItsOwnVisualiserAlone() throws Exception {
        type(KeyCode.F5);
        assertTrue(window.model().presenter());
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        CompanionWindowTest.waitUntil(
                "chapter 6's visualiser on show",
                60,
                () -> window.activeVisualiser() != null
                        && window.activeVisualiser().name().equals("minibatch")
                        && isShown(window.activeVisualiser().view()));
        Node view = window.activeVisualiser().view();
        assertTrue(isShown(robot.lookup("#presenter-pane").query()));
        assertEquals(stage.getScene().getWidth(), view.getLayoutBounds().getWidth(), 1, "alone, as wide as the screen");
        assertTrue(robot.lookup("#delta-flow").tryQuery().isEmpty(), "chapter 5's visualiser is gone");
        type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presenter-pane").tryQuery().isEmpty(), "presenter mode left");
        assertTrue(view.getLayoutBounds().getWidth() < stage.getScene().getWidth() * 0.8, "back in the side panel");
    }

    static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (Exception e) {
            return "";
        }
    }

    /** Scrolls the reading pane so that {@code n} is on screen (set-up, not under test). */
    void reveal(Node n) {
        robot.interact(() -> {
            ScrollPane sp = null;
            for (Node a = n.getParent(); a != null; a = a.getParent()) {
                if (a instanceof ScrollPane s) {
                    sp = s;
                    break;
                }
            }
            assertNotNull(sp);
            Node content = sp.getContent();
            Bounds b = content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
            double room = content.getLayoutBounds().getHeight()
                    - sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
