package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Exercises tab's summary after Grade (it used to keep saying ✗ after the exercise passed):
 * the robot grades a wrong file, fixes it, presses Grade again, and reads the summary.
 */
class ExercisesSummaryTest {
    static final String CHAPTER = """
            ---
            id: 1
            title: Fixture
            sections: 4.1
            exercises: adder
            ---
            # One exercise

            Prose.
            """;

    static final String WRONG = "public final class Adder { public static int add(int a, int b) { return a - b; } }\n";
    static final String RIGHT = "public final class Adder { public static int add(int a, int b) { return a + b; } }\n";

    static final String TEST = """
            import org.junit.jupiter.api.Assertions;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;

            class AdderTest {
                @Test
                @Tag("task:1")
                void addsTwoAndThree() {
                    Assertions.assertEquals(5, Adder.add(2, 3));
                }
            }
            """;

    @TempDir
    static Path tmp;

    static CompanionWindow window;
    static Path learner;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        Files.createDirectories(tmp.resolve("chapters/01-fixture"));
        Files.writeString(tmp.resolve("chapters/01-fixture/chapter.md"), CHAPTER);
        Path ex = tmp.resolve("exercises");
        Files.createDirectories(ex.resolve("adder/src/main/java"));
        Files.createDirectories(ex.resolve("adder/src/test/java"));
        Files.createDirectories(ex.resolve("adder/.docs"));
        Files.writeString(
                ex.resolve("manifest.json"),
                "{\"exercises\": [{\"slug\": \"adder\", \"chapter\": 1, \"title\": \"Adder\", \"tasks\": 1}]}");
        learner = ex.resolve("adder/src/main/java/Adder.java");
        Files.writeString(learner, WRONG);
        Files.writeString(ex.resolve("adder/src/test/java/AdderTest.java"), TEST);
        Files.writeString(ex.resolve("adder/.docs/instructions.md"), "# Adder\n\n## 1. Add\n\nAdd a and b.\n");
        CompanionWindow.Config config = new CompanionWindow.Config(
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

    void gradeAndWait() throws TimeoutException {
        Button grade = robot.lookup("#grade").queryAs(Button.class);
        robot.clickOn(grade);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                90,
                TimeUnit.SECONDS,
                () -> !grade.isDisabled()
                        && robot.lookup("#status")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("Complete"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterGradeTheSummaryShowsTheNewResult() throws Exception {
        robot.clickOn("Exercises");
        WaitForAsyncUtils.waitForFxEvents();
        // Grade by the button only: no regrade on save behind the test's back.
        CheckBox onSave = robot.lookup("#on-save").queryAs(CheckBox.class);
        if (onSave.isSelected()) {
            robot.clickOn(onSave);
        }
        assertEquals("Exercises of chapter 1: 0 of 1 passed", head());
        assertEquals("adder   ·  not graded yet", row());

        gradeAndWait();
        assertEquals("Exercises of chapter 1: 0 of 1 passed", head());
        assertEquals("adder   ✗  0 of 1 tasks pass", row());

        Files.writeString(learner, RIGHT);
        gradeAndWait();
        assertEquals("Exercises of chapter 1: 1 of 1 passed", head());
        assertEquals("adder   ✓  passed", row());
    }

    String head() {
        return robot.lookup(".progress-head").queryAs(Label.class).getText();
    }

    String row() {
        return robot.lookup(".progress-panel .label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .filter(t -> t.startsWith("adder"))
                .findFirst()
                .orElse("(no row)");
    }
}
