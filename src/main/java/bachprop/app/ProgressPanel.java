package bachprop.app;

import bachprop.chapter.Chapter;
import bachprop.grade.ui.ExercisesPane;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The side panel's Exercises tab: the open chapter's exercises as the grader last saw them
 * ({@code progress.json}), and the grader's own panel below, made when the tab is first opened.
 */
final class ProgressPanel {
    private final WindowModel model;
    private final Path exercisesDir;
    private final Path progressFile;
    private final Tab tab = new Tab("Exercises");
    private Progress progress = Progress.empty();
    /** The grader's panel (grade from the window), made when the tab is first opened. */
    private Node gradePane;

    private Chapter chapter;
    /** Run after every grade in the grader's panel: reads progress.json again, so the summary is current. */
    private Runnable afterGrade = this::load;

    ProgressPanel(WindowModel model, Path exercisesDir, Path progressFile) {
        this.model = model;
        this.exercisesDir = exercisesDir;
        this.progressFile = progressFile;
        tab.setClosable(false);
    }

    Tab tab() {
        return tab;
    }

    Progress progress() {
        return progress;
    }

    /** Reads progress.json again (the student may have graded in a terminal meanwhile). */
    void load() {
        try {
            progress = Progress.load(progressFile);
        } catch (IOException e) {
            progress = Progress.empty();
            model.setStatus("cannot read your progress: " + e.getMessage());
        }
        refresh();
    }

    /** Shows the exercises of {@code opened}. */
    void show(Chapter opened) {
        chapter = opened;
        refresh();
    }

    void refresh() {
        if (chapter == null) {
            return;
        }
        VBox box = new VBox(summary());
        if (gradePane == null && tab.isSelected()) {
            ExercisesPane pane = new ExercisesPane(exercisesDir, progressFile);
            pane.setOnGraded(() -> afterGrade.run());
            gradePane = pane;
        }
        if (gradePane != null) {
            VBox.setVgrow(gradePane, Priority.ALWAYS);
            box.getChildren().add(gradePane);
        }
        tab.setContent(box);
    }

    /** What to do after a grade in the grader's panel (the window also refreshes its chapter list). */
    void afterGrade(Runnable then) {
        afterGrade = then;
    }

    /** Has the grader's panel been made (the tab was opened)? */
    boolean gradePaneMade() {
        return gradePane != null;
    }

    private Node summary() {
        VBox box = new VBox();
        box.getStyleClass().add("progress-panel");
        box.setId("progress");
        List<String> slugs = chapter.front().exercises();
        if (slugs.isEmpty()) {
            box.getChildren().add(new Label("This chapter has no exercises."));
            return box;
        }
        Label head = new Label("Exercises of chapter " + chapter.id() + ": " + progress.passed(chapter.id()) + " of "
                + slugs.size() + " passed");
        head.getStyleClass().add("progress-head");
        box.getChildren().add(head);
        for (String slug : slugs) {
            Progress.Exercise ex = progress.exercises().stream()
                    .filter(x -> x.slug().equals(slug))
                    .findFirst()
                    .orElse(null);
            String mark = ex == null ? "·  not graded yet" : ex.passed() ? "✓  passed" : "✗  " + failing(ex);
            Label l = new Label(slug + "   " + mark);
            l.getStyleClass().add(ex == null ? "exercise-new" : ex.passed() ? "exercise-passed" : "exercise-failed");
            box.getChildren().add(l);
        }
        box.getChildren().add(new Label("Grade them below, or in a terminal: bachprop grade EXERCISE"));
        return box;
    }

    private static String failing(Progress.Exercise ex) {
        long passed = ex.tasks().values().stream().filter("pass"::equals).count();
        return passed + " of " + ex.tasks().size() + " tasks pass";
    }

    @Override
    public String toString() {
        return "ProgressPanel("
                + (chapter == null
                        ? "no chapter"
                        : "chapter " + chapter.id() + ": " + progress.passed(chapter.id()) + " of "
                                + chapter.front().exercises().size() + " passed")
                + ")";
    }
}
