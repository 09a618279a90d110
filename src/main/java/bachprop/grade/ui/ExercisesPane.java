package bachprop.grade.ui;

import bachprop.grade.Exercise;
import bachprop.grade.GradeTable;
import bachprop.grade.Grader;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.grade.Hints;
import bachprop.grade.Progress;
import bachprop.util.Paths2;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's Exercises panel: pick an exercise (or all), press Grade, read the same table as
 * {@code bachprop grade} (exercise, task, result, hint) with the failing tests' messages below.
 * Grading runs on a background thread; the table starts with the progress remembered from before.
 * The Hint button shows the next tier of the selected failing task's hint ("hint 2 of 3"), as
 * {@code bachprop grade --hint} does, and counts it in progress.json.
 * Node ids for tests and styling: {@code #exercise}, {@code #grade}, {@code #hint}, {@code #status},
 * {@code #results}, {@code #details}.
 */
public class ExercisesPane extends BorderPane {
    /** One table row, as shown. */
    public record Row(String exercise, String task, String result, String hint, String details) {}

    private static final String ALL = "All exercises";

    private final Grader grader;
    private final Path progressFile;
    private final ComboBox<String> choice = new ComboBox<>();
    private final Button gradeButton = new Button("Grade");
    private final Button hintButton = new Button("Next hint");
    private final Hints hints;
    private final Label status = new Label();
    private final TableView<Row> table = new TableView<>();
    private final TextArea details = new TextArea();
    private List<Exercise> exercises = List.of();

    public ExercisesPane() {
        this(Paths2.home().resolve("exercises"));
    }

    public ExercisesPane(Path exercisesDir) {
        this(exercisesDir, Progress.defaultFile());
    }

    public ExercisesPane(Path exercisesDir, Path progressFile) {
        this.grader = new Grader(exercisesDir, Duration.ofSeconds(10), Duration.ofSeconds(120));
        this.progressFile = progressFile;
        this.hints = new Hints(exercisesDir, progressFile);
        choice.setId("exercise");
        hintButton.setId("hint");
        hintButton.setDisable(true);
        gradeButton.setId("grade");
        status.setId("status");
        table.setId("results");
        details.setId("details");

        table.getColumns().add(column("Exercise", Row::exercise, 170));
        table.getColumns().add(column("Task", Row::task, 50));
        table.getColumns().add(column("Result", Row::result, 80));
        table.getColumns().add(column("Hint", Row::hint, 520));
        table.setPlaceholder(new Label("Press Grade to grade your exercises."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            details.setText(row == null ? "" : row.details());
            hintButton.setDisable(row == null || row.result().equals("pass"));
        });
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);

        Label pick = new Label("Exercise");
        HBox bar = new HBox(8, pick, choice, gradeButton, hintButton, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        HBox.setHgrow(status, Priority.ALWAYS);
        // The controls keep their labels; only the status line gives way (it ends in "…" when long).
        for (Region control : new Region[] {pick, choice, gradeButton, hintButton}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        setTop(bar);
        setCenter(table);
        VBox bottom = new VBox(details);
        bottom.setPadding(new Insets(8));
        setBottom(bottom);

        gradeButton.setOnAction(e -> grade());
        hintButton.setOnAction(e -> nextHint());
        loadExercises();
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> get, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void loadExercises() {
        try {
            exercises = grader.exercises();
            choice.getItems().setAll(ALL);
            exercises.forEach(ex -> choice.getItems().add(ex.slug()));
            choice.getSelectionModel().selectFirst();
            showRemembered();
        } catch (Exception e) {
            gradeButton.setDisable(true);
            status.setText(e.getMessage());
        }
    }

    /** Fills the table from progress.json, so a student sees where they left off. */
    private void showRemembered() {
        Map<String, Progress.Entry> saved = Progress.read(progressFile, status::setText);
        List<Row> rows = new ArrayList<>();
        for (Exercise ex : exercises) {
            Progress.Entry entry = saved.get(ex.slug());
            if (entry != null) {
                entry.tasks().forEach((t, r) -> rows.add(new Row(ex.slug(), t, r, "", "")));
            }
        }
        table.getItems().setAll(rows);
        if (!rows.isEmpty()) {
            status.setText("Your last results. Press Grade to grade again.");
        }
    }

    /** Grades the chosen exercise(s) on a background thread; the table fills in when done. */
    public void grade() {
        String chosen = choice.getValue();
        List<Exercise> which = ALL.equals(chosen) || chosen == null
                ? exercises
                : exercises.stream().filter(ex -> ex.slug().equals(chosen)).toList();
        gradeButton.setDisable(true);
        status.setText("Grading…");
        Thread worker = new Thread(
                () -> {
                    try {
                        List<ExerciseReport> reports =
                                grader.grade(which, line -> Platform.runLater(() -> status.setText(line)));
                        Progress.record(progressFile, reports);
                        Platform.runLater(() -> show(reports));
                    } catch (Exception e) {
                        Platform.runLater(() -> {
                            status.setText("Could not grade: " + e.getMessage());
                            gradeButton.setDisable(false);
                        });
                    }
                },
                "exercises-grader");
        worker.setDaemon(true);
        worker.start();
    }

    private void show(List<ExerciseReport> reports) {
        List<Row> rows = new ArrayList<>();
        for (ExerciseReport r : reports) {
            StringBuilder head = new StringBuilder();
            r.compileErrors()
                    .forEach(e -> head.append(r.exercise().slug())
                            .append('/')
                            .append(e)
                            .append('\n'));
            r.notes().forEach(n -> head.append(n).append('\n'));
            for (TaskRow row : r.rows()) {
                String text = head + String.join("\n", row.details());
                rows.add(new Row(
                        row.slug(),
                        String.valueOf(row.task()),
                        row.shown(),
                        GradeTable.oneLine(row.hint()),
                        text.strip()));
            }
        }
        table.getItems().setAll(rows);
        long done = reports.stream().filter(ExerciseReport::passed).count();
        status.setText(
                "Complete: " + done + " of " + reports.size() + (reports.size() == 1 ? " exercise." : " exercises."));
        gradeButton.setDisable(false);
    }

    /** Shows the next hint of the selected row's task below the table. */
    public void nextHint() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        try {
            Hints.Hint h = hints.next(row.exercise(), Integer.parseInt(row.task()));
            details.setText(h.toString());
            status.setText(h.header());
        } catch (Exception e) {
            status.setText("No hint: " + e.getMessage());
        }
    }

    /** The rows shown now (for tests and for the window's own summary). */
    public List<Row> rows() {
        return List.copyOf(table.getItems());
    }
}
