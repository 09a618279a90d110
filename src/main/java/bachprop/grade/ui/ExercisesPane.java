package bachprop.grade.ui;

import bachprop.grade.Exercise;
import bachprop.grade.GradeTable;
import bachprop.grade.Grader;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.grade.Hints;
import bachprop.grade.Progress;
import bachprop.grade.watch.FileChanges;
import bachprop.grade.watch.TerminalWatch;
import bachprop.grade.watch.Watch;
import bachprop.grade.watch.WatchLoop;
import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's Exercises panel: pick an exercise (or all) and read its instructions (rendered from
 * its {@code .docs/instructions.md}), open its file in the system editor, press Grade (or just save
 * the file: with "Grade on save" the {@link WatchLoop} of {@code bachprop grade --watch} regrades
 * it and, when it passes, turns to the next exercise), and read the same table as
 * {@code bachprop grade} (exercise, task, result, hint) with the failing tests' messages below.
 * Grading runs off the JavaFX thread, one grade at a time; the table starts with the progress
 * remembered from before; {@link #setOnGraded} hears of every grade (the window's summary does).
 * The Hint button shows the next tier of the selected failing task's hint ("hint 2 of 3"), as
 * {@code bachprop grade --hint} does, and counts it in progress.json.
 * Node ids for tests and styling: {@code #exercise}, {@code #grade}, {@code #hint}, {@code #edit},
 * {@code #on-save}, {@code #status}, {@code #instructions}, {@code #results}, {@code #details}.
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
    private final Button editButton = new Button("Open in editor");
    private final CheckBox onSave = new CheckBox("Grade on save");
    private final InstructionsView instructions = new InstructionsView();
    /** One grade at a time, whether from the button or from a save (progress.json is shared). */
    private final Object gradeLock = new Object();

    private List<Exercise> exercises = List.of();
    private Runnable onGraded = () -> {};
    private SystemEditor editor = SystemEditor.standard(System.getenv());
    private Watch watch;

    public ExercisesPane() {
        this(Paths2.home().resolve("exercises"));
    }

    public ExercisesPane(Path exercisesDir) {
        this(exercisesDir, Progress.defaultFile());
    }

    public ExercisesPane(Path exercisesDir, Path progressFile) {
        this(exercisesDir, progressFile, true);
    }

    /** With {@code watchOnSave}, "Grade on save" starts ticked: saving a learner file regrades it. */
    public ExercisesPane(Path exercisesDir, Path progressFile, boolean watchOnSave) {
        this.grader = new Grader(exercisesDir, Duration.ofSeconds(10), Duration.ofSeconds(120));
        this.progressFile = progressFile;
        this.hints = new Hints(exercisesDir, progressFile);
        choice.setId("exercise");
        hintButton.setId("hint");
        hintButton.setDisable(true);
        gradeButton.setId("grade");
        editButton.setId("edit");
        onSave.setId("on-save");
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
        HBox bar = new HBox(8, pick, choice, gradeButton, hintButton);
        HBox bar2 = new HBox(8, editButton, onSave);
        for (HBox b : List.of(bar, bar2)) {
            b.setAlignment(Pos.CENTER_LEFT);
        }
        // The controls keep their labels; the status line wraps below them.
        for (Region control : new Region[] {pick, choice, gradeButton, hintButton, editButton, onSave}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        status.setMinWidth(0);
        VBox top = new VBox(6, bar, bar2, status);
        top.setPadding(new Insets(8));
        setTop(top);
        ScrollPane reading = new ScrollPane(instructions);
        reading.setFitToWidth(true);
        instructions.setPadding(new Insets(4, 8, 8, 8));
        VBox bottom = new VBox(6, table, details);
        bottom.setPadding(new Insets(0, 8, 8, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(reading, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);

        gradeButton.setOnAction(e -> grade());
        hintButton.setOnAction(e -> nextHint());
        editButton.setOnAction(e -> openInEditor());
        choice.valueProperty().addListener((o, was, is) -> showInstructions(is));
        onSave.selectedProperty().addListener((o, was, is) -> watchSaves(is));
        loadExercises();
        onSave.setSelected(watchOnSave && !exercises.isEmpty());
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
            showInstructions(ALL);
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
        List<Exercise> which = chosen().map(List::of).orElse(exercises);
        gradeButton.setDisable(true);
        status.setText("Grading…");
        Thread worker = new Thread(
                () -> {
                    try {
                        List<ExerciseReport> reports = gradeAndRecord(which);
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

    /** Grades and records in progress.json, one grade at a time (called off the JavaFX thread). */
    private List<ExerciseReport> gradeAndRecord(List<Exercise> which) throws IOException, InterruptedException {
        synchronized (gradeLock) {
            List<ExerciseReport> reports = grader.grade(which, line -> Platform.runLater(() -> status.setText(line)));
            Progress.record(progressFile, reports, line -> Platform.runLater(() -> status.setText(line)));
            return reports;
        }
    }

    /** The exercise picked in the list; empty for "All exercises". */
    private Optional<Exercise> chosen() {
        String slug = choice.getValue();
        return exercises.stream().filter(ex -> ex.slug().equals(slug)).findFirst();
    }

    private void showInstructions(String slug) {
        Optional<Exercise> ex =
                exercises.stream().filter(e -> e.slug().equals(slug)).findFirst();
        editButton.setDisable(ex.isEmpty());
        if (ex.isEmpty()) {
            StringBuilder md = new StringBuilder("# All exercises\n\nPick one to read its instructions:\n\n");
            exercises.forEach(e -> md.append("- `")
                    .append(e.slug())
                    .append("`: ")
                    .append(e.title())
                    .append('\n'));
            instructions.show(md.toString());
            return;
        }
        Path file = ex.get().docs("instructions.md");
        try {
            instructions.show(Files.readString(file));
        } catch (IOException e) {
            instructions.show("# " + ex.get().title() + "\n\nNo instructions: " + file + " cannot be read.");
        }
    }

    /** Opens the chosen exercise's file in the system editor, off the JavaFX thread; says how in the status. */
    public void openInEditor() {
        Optional<Exercise> ex = chosen();
        if (ex.isEmpty()) {
            return;
        }
        Path file = TerminalWatch.learnerFile(ex.get());
        SystemEditor using = editor;
        Thread opener = new Thread(
                () -> {
                    SystemEditor.Outcome outcome = using.open(file);
                    Platform.runLater(() -> status.setText(outcome.message()));
                },
                "exercises-editor");
        opener.setDaemon(true);
        opener.start();
    }

    /** Starts or stops regrading on save (the same loop as {@code bachprop grade --watch}). */
    private void watchSaves(boolean on) {
        stopWatching();
        if (!on || exercises.isEmpty()) {
            return;
        }
        WatchLoop.Listener listener = new WatchLoop.Listener() {
            @Override
            public void graded(ExerciseReport report, Optional<Exercise> next) {
                Platform.runLater(() -> showSaved(report, next));
            }

            @Override
            public void failed(Exercise exercise, Exception e) {
                Platform.runLater(() -> status.setText("Could not grade " + exercise.slug() + ": " + e.getMessage()));
            }
        };
        WatchLoop loop = Watch.loop(
                exercises,
                ex -> {
                    Platform.runLater(() -> status.setText("Saved: grading " + ex.slug() + "…"));
                    return gradeAndRecord(List.of(ex)).get(0);
                },
                Watch.passedIn(progressFile, line -> {}),
                listener);
        Watch w = new Watch(loop, FileChanges.of(Watch.learnerFolders(exercises), false));
        watch = w;
        Thread t = new Thread(w::run, "exercises-watch");
        t.setDaemon(true);
        t.start();
    }

    /** A save was graded: its rows, and when it passes, the next exercise picked with its instructions. */
    private void showSaved(ExerciseReport report, Optional<Exercise> next) {
        show(List.of(report));
        String slug = report.exercise().slug();
        if (report.passed()) {
            status.setText(next.map(n -> slug + " passes. Next: " + n.slug() + " — " + n.title())
                    .orElse(slug + " passes: every exercise passes."));
            next.ifPresent(n -> choice.setValue(n.slug()));
        } else {
            status.setText("Saved " + slug + ": "
                    + report.rows().stream().filter(TaskRow::passed).count() + " of "
                    + report.rows().size() + " tasks pass.");
        }
    }

    /** Stops regrading on save (the window closes, or the box is unticked). */
    public void stopWatching() {
        if (watch != null) {
            watch.stop();
            watch = null;
        }
    }

    /** Told after every grade, from the button or a save (on the JavaFX thread). */
    public void setOnGraded(Runnable onGraded) {
        this.onGraded = onGraded == null ? () -> {} : onGraded;
    }

    /** The editor the Open button uses (tests give their own). */
    public void useEditor(SystemEditor editor) {
        this.editor = editor;
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
        onGraded.run();
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
