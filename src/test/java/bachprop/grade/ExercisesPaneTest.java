package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.ui.ExercisesPane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Exercises panel, headless: pressing Grade fills the table off the UI thread. */
@ExtendWith(ApplicationExtension.class)
class ExercisesPaneTest {
    @TempDir
    static Path tmp;

    static Path exercises;

    private ExercisesPane pane;

    @BeforeAll
    static void writeFixture() throws Exception {
        exercises = Fixture.write(tmp, Fixture.REFERENCE.replace("return a + b;", "return a - b;"));
    }

    @Start
    void start(Stage stage) {
        pane = new ExercisesPane(exercises, tmp.resolve("user/progress.json"));
        stage.setScene(new Scene(pane, 900, 500));
        stage.show();
    }

    @Test
    void gradeButtonFillsTheTableWithResultsAndTheRecognisedMistakesHint(FxRobot robot) throws Exception {
        robot.clickOn("#grade");
        Button grade = robot.lookup("#grade").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(
                90, TimeUnit.SECONDS, () -> !grade.isDisabled() && pane.rows().size() == 4);
        List<ExercisesPane.Row> rows = pane.rows();
        assertEquals(
                new ExercisesPane.Row(
                        "calc", "1", "fail", rows.get(0).hint(), rows.get(0).details()),
                rows.get(0));
        assertTrue(rows.get(0).hint().startsWith("Plus, not minus"), rows.get(0).hint());
        assertEquals("pass", rows.get(1).result());
        assertEquals("pass", rows.get(2).result());
        assertEquals("twice", rows.get(3).exercise());
        assertEquals("pass", rows.get(3).result());
        assertEquals(
                "Complete: 1 of 2 exercises.",
                robot.lookup("#status").queryAs(Label.class).getText());
        assertTrue(Files.readString(tmp.resolve("user/progress.json")).contains("\"calc\""));

        WaitForAsyncUtils.waitForFxEvents(); // let the table lay out its new rows before clicking one
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".table-row-cell").queryAll().stream()
                        .anyMatch(n -> n instanceof TableRow<?> r && r.getIndex() == 0 && r.getItem() != null));
        robot.clickOn(robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == 0)
                .findFirst()
                .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                robot.lookup("#details").queryTextInputControl().getText().contains("expected 5.0 but was -1.0"),
                robot.lookup("#details").queryTextInputControl().getText());

        // The failing row's Hint button shows tier 2 of the recognised mistake's hint, and counts it.
        robot.clickOn("#hint");
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#details").queryTextInputControl().getText();
        assertTrue(shown.startsWith("calc, task 1: hint 2 of 3\nYou subtracted b from a."), shown);
        assertTrue(Files.readString(tmp.resolve("user/progress.json")).contains("\"hints\""));
    }
}
