package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.ui.ExercisesPane;
import bachprop.grade.ui.InstructionsView;
import bachprop.grade.ui.SystemEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Exercises tab as a student uses it, driven by the robot: pick an exercise and read its
 * instructions, open its file (the editor is a stand-in), save the file and see it regraded and
 * the next exercise picked.
 */
@ExtendWith(ApplicationExtension.class)
class ExercisesTabTest {
    @TempDir
    static Path tmp;

    static Path exercises;
    final List<Path> opened = new ArrayList<>();
    private ExercisesPane pane;

    @Start
    void start(Stage stage) throws Exception {
        exercises = Fixture.write(tmp.resolve("run" + System.nanoTime()), Fixture.stub());
        pane = new ExercisesPane(exercises, exercises.resolveSibling("user/progress.json"));
        stage.setScene(new Scene(pane, 700, 800));
        stage.show();
    }

    void pick(FxRobot robot, String slug) {
        robot.clickOn("#exercise");
        robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && slug.equals(c.getText()))
                .findFirst()
                .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void pickingAnExerciseShowsItsRenderedInstructions(FxRobot robot) {
        InstructionsView view = robot.lookup("#instructions").queryAs(InstructionsView.class);
        assertEquals("All exercises", view.blocks().get(0));
        pick(robot, "calc");
        assertEquals(List.of("Calc", "1. Add", "Add.", "2. Count", "Count.", "3. Halve", "Halve."), view.blocks());
    }

    @Test
    void openInEditorUsesTheFirstWayThatWorksAndReportsFailures(FxRobot robot) throws Exception {
        SystemEditor.Opener broken = opener("a broken desktop", path -> {
            throw new IllegalStateException("no handler");
        });
        pane.useEditor(new SystemEditor(List.of(broken)));
        pick(robot, "calc");
        robot.clickOn("#edit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("Could not open"));
        assertTrue(status(robot).contains("a broken desktop: no handler"), status(robot));

        pane.useEditor(new SystemEditor(List.of(broken, opener("the stand-in", opened::add))));
        robot.clickOn("#edit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("Opened"));
        assertEquals("Opened Calc.java with the stand-in.", status(robot));
        assertEquals(List.of(exercises.resolve("calc/src/main/java/Calc.java")), opened);
    }

    @Test
    void savingTheFileRegradesItAndPicksTheNextExercise(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#on-save").queryAs(CheckBox.class).isSelected(), "grade on save is on");
        pick(robot, "calc");
        Path calc = exercises.resolve("calc/src/main/java/Calc.java");
        Path side = calc.resolveSibling(".Calc.java.swp");
        Files.writeString(side, Fixture.REFERENCE);
        Files.move(side, calc, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> status(robot).contains("passes"));
        assertEquals("calc passes. Next: twice — Twice", status(robot));
        assertEquals(3, pane.rows().size());
        assertTrue(
                pane.rows().stream().allMatch(r -> r.result().equals("pass")),
                pane.rows().toString());
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#exercise").queryAs(ComboBox.class);
        assertEquals("twice", choice.getValue());
        InstructionsView view = robot.lookup("#instructions").queryAs(InstructionsView.class);
        assertEquals("Twice", view.blocks().get(0));
        pane.stopWatching();
    }

    interface Open {
        void open(Path p) throws Exception;
    }

    static SystemEditor.Opener opener(String name, Open how) {
        return new SystemEditor.Opener() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void open(Path file) throws Exception {
                how.open(file);
            }
        };
    }
}
