package bachprop.app;

import bachprop.chapter.Chapter;
import bachprop.chapter.ChapterException;
import bachprop.chapter.ChapterParser;
import bachprop.chapter.Chapters;
import bachprop.chapter.CodeCell;
import bachprop.chapter.VisualiserBlock;
import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The companion window: the chapter navigator on the left, the reading pane (prose, math, code
 * cells, visualiser cards) in the middle, a side panel with the active visualiser and the
 * exercises on the right. F5 toggles presenter mode.
 */
public final class CompanionWindow {
    /** Body text size at zoom 1, in pixels. */
    static final double BASE_FONT = 15;
    /** How much larger presenter mode makes everything. */
    static final double PRESENTER_SCALE = 1.6;

    /** Where the window finds and keeps things; tests point these at temporary folders. */
    public record Config(Path chaptersDir, Workspace workspace, Path settingsFile, Path progressFile,
                         Supplier<CellEvaluator> evaluators, Consumer<String> openLink) {
        public static Config forUser() {
            Path user = bachprop.util.Paths2.userDir();
            return new Config(Chapters.dir(), Workspace.forUser(), user.resolve("window.json"),
                    user.resolve("progress.json"), CellEvaluator::forProject, LinkOpener::open);
        }
    }

    private final Config config;
    private final Settings settings;
    private final MathRenderer math;
    private final Fonts fonts = new Fonts();
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workspace-save");
        t.setDaemon(true);
        return t;
    });

    final BooleanProperty presenter = new SimpleBooleanProperty(false);
    final BooleanProperty dark = new SimpleBooleanProperty(false);
    final DoubleProperty zoom = new SimpleDoubleProperty(1);
    /** zoom × (presenter ? PRESENTER_SCALE : 1): what prose and math are scaled by. */
    final DoubleProperty scale = new SimpleDoubleProperty(1);

    private final BorderPane root = new BorderPane();
    private final ListView<Entry> navigator = new ListView<>();
    private final ScrollPane reading = new ScrollPane();
    private final VBox page = new VBox();
    private final TabPane side = new TabPane();
    private final Tab visualiserTab = new Tab("Visualiser");
    private final Tab exercisesTab = new Tab("Exercises");
    private final ToolBar toolbar;
    private final Label status = new Label();
    private final HBox statusBar;
    private final SplitPane split;
    private boolean wide;
    private boolean draggingDivider;

    private Stage stage;
    private Chapter chapter;
    private ChapterSession session;
    private final List<CellView> cells = new ArrayList<>();
    private List<MathView> maths = List.of();
    private final Map<VisualiserBlock, Visualiser> visualisers = new IdentityHashMap<>();
    private Visualiser active;
    private Progress progress = Progress.empty();
    /** The grader's panel (grade from the window), made when the Exercises tab is first opened. */
    private Node gradePane;
    /** System.nanoTime() when the open chapter was opened. */
    long openedAt;
    private final CellView.Actions actions = new CellView.Actions() {
        @Override
        public void run(CellView cell) {
            runCell(cell);
        }

        @Override
        public void stop() {
            stopCells();
        }

        @Override
        public void edited(CellView cell, String text) {
            saveEdit(cell, text);
        }

        @Override
        public void revert(CellView cell) {
            revertCell(cell);
        }
    };

    /** One line of the navigator. */
    record Entry(Path file, Chapter chapter, String error) {
        int id() {
            return chapter != null ? chapter.id() : Chapters.number(file);
        }
    }

    public CompanionWindow(Config config, MathRenderer math) {
        this(config, math, -1);
    }

    /** @param initialChapter the chapter to open first; -1: the one open when the window last closed */
    public CompanionWindow(Config config, MathRenderer math, int initialChapter) {
        this.config = config;
        this.math = math;
        this.settings = Settings.load(config.settingsFile());
        zoom.set(settings.zoom);
        dark.set(settings.dark);
        scale.bind(Bindings.createDoubleBinding(() -> zoom.get() * (presenter.get() ? PRESENTER_SCALE : 1), zoom, presenter));
        fonts.size.bind(scale.multiply(BASE_FONT));

        root.getStyleClass().add("companion");
        root.getStylesheets().add(CompanionWindow.class.getResource("companion.css").toExternalForm());
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * scale.get()), scale));
        presenter.addListener((o, a, b) -> styleClass("presenter", b));
        dark.addListener((o, a, b) -> styleClass("theme-dark", b));
        styleClass("theme-dark", dark.get());

        toolbar = buildToolbar();
        toolbar.visibleProperty().bind(presenter.not());
        toolbar.managedProperty().bind(presenter.not());

        navigator.getStyleClass().add("navigator");
        navigator.setId("navigator");
        navigator.setPrefWidth(270);
        navigator.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : describe(e));
            }
        });
        navigator.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && (chapter == null || !e.file().equals(chapter.file()))) {
                open(e);
            }
        });
        navigator.visibleProperty().bind(presenter.not());
        navigator.managedProperty().bind(presenter.not());

        page.getStyleClass().add("reading");
        page.setId("reading");
        reading.setContent(page);
        reading.setFitToWidth(true);
        reading.getStyleClass().add("reading-scroll");

        visualiserTab.setClosable(false);
        exercisesTab.setClosable(false);
        visualiserTab.setContent(placeholder("This chapter embeds no visualiser."));
        side.getTabs().addAll(visualiserTab, exercisesTab);
        exercisesTab.selectedProperty().addListener((o, was, is) -> {
            if (is && gradePane == null) {
                loadProgress();
            }
        });
        side.setId("side-panel");
        side.setPrefWidth(420);

        split = new SplitPane(reading, side);
        split.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(side, false);
        split.widthProperty().addListener((o, a, b) -> placeDivider());
        root.widthProperty().addListener((o, a, b) -> placeDivider());
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> draggingDivider = e.getTarget() instanceof Node n
                && (n.getStyleClass().contains("split-pane-divider") || n.getParent() != null && n.getParent().getStyleClass().contains("split-pane-divider")));
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> rememberDivider());

        status.getStyleClass().add("status");
        status.setId("status");
        statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.visibleProperty().bind(presenter.not());
        statusBar.managedProperty().bind(presenter.not());

        root.setTop(toolbar);
        root.setLeft(navigator);
        root.setCenter(split);
        root.setBottom(statusBar);
        loadProgress();
        loadChapters(initialChapter > 0 ? initialChapter : settings.lastChapter);
    }

    /** The side panel gets {@code settings.sideFraction} of the window (most of it when Wide is on). */
    private void placeDivider() {
        double sw = split.getWidth();
        double total = root.getWidth();
        if (sw <= 0 || total <= 0) {
            return;
        }
        double sidePx = wide ? sw * 0.8 : settings.sideFraction * total;
        split.setDividerPositions(Math.max(0.15, Math.min(0.85, 1 - sidePx / sw)));
    }

    /** After the user dragged the divider: its place, as a share of the window, is kept (window.json). */
    private void rememberDivider() {
        if (!draggingDivider || wide || split.getWidth() <= 0 || root.getWidth() <= 0) {
            return;
        }
        draggingDivider = false;
        settings.sideFraction = Math.max(0.15, Math.min(0.8, (1 - split.getDividerPositions()[0]) * split.getWidth() / root.getWidth()));
    }

    private void styleClass(String name, boolean on) {
        root.getStyleClass().remove(name);
        if (on) {
            root.getStyleClass().add(name);
        }
    }

    private ToolBar buildToolbar() {
        Button runAll = new Button("▶▶ Run all");
        runAll.setId("run-all");
        runAll.setTooltip(new Tooltip("Run every cell of the chapter in order (Ctrl+Shift+Enter)"));
        runAll.setOnAction(e -> runAll());
        Button stop = new Button("■ Stop");
        stop.setId("stop");
        stop.setTooltip(new Tooltip("Stop the running cell and the queued ones"));
        stop.setOnAction(e -> stopCells());
        Button restart = new Button("⟳ Restart session");
        restart.setId("restart");
        restart.setTooltip(new Tooltip("A fresh Java session: every earlier definition is forgotten"));
        restart.setOnAction(e -> restartSession());
        Button present = new Button("Presenter (F5)");
        present.setId("presenter");
        present.setOnAction(e -> togglePresenter());
        ToggleButton darkButton = new ToggleButton("Dark");
        darkButton.setId("dark");
        darkButton.selectedProperty().bindBidirectional(dark);
        Button smaller = new Button("A−");
        smaller.setTooltip(new Tooltip("Smaller (Ctrl −)"));
        smaller.setOnAction(e -> zoomBy(-1));
        Button larger = new Button("A+");
        larger.setTooltip(new Tooltip("Larger (Ctrl +)"));
        larger.setOnAction(e -> zoomBy(1));
        return new ToolBar(runAll, stop, restart, new Separator(Orientation.VERTICAL), present, darkButton, smaller, larger);
    }

    public Parent root() {
        return root;
    }

    /** Puts the window in {@code stage}: scene, keys, remembered size and place, title. */
    public void attach(Stage stage) {
        this.stage = stage;
        // A size remembered from a larger screen is clamped to this one.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(settings.width, screen.getWidth()), Math.min(settings.height, screen.getHeight()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        if (!Double.isNaN(settings.x) && screen.contains(settings.x + 20, settings.y + 20)) {
            stage.setX(settings.x);
            stage.setY(settings.y);
        }
        stage.setTitle("Bachprop — Music Generation with Deep Learning, step by step");
        stage.fullScreenProperty().addListener((o, was, is) -> {
            if (!is && presenter.get()) {
                presenter.set(false); // Esc left full screen: leave presenter mode too
            }
        });
        stage.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                loadProgress(); // the student may have graded in a terminal meanwhile
            }
        });
        stage.setOnCloseRequest(e -> close());
    }

    // ---- chapters ----

    private void loadChapters(int initial) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (Path f : Chapters.files(config.chaptersDir())) {
                try {
                    entries.add(new Entry(f, ChapterParser.lenient().parse(f), null));
                } catch (ChapterException e) {
                    entries.add(new Entry(f, null, e.getMessage()));
                }
            }
        } catch (IOException e) {
            setStatus("cannot read " + config.chaptersDir() + ": " + e.getMessage());
        }
        navigator.getItems().setAll(entries);
        if (entries.isEmpty()) {
            page.getChildren().setAll(placeholder("No chapters found in " + config.chaptersDir()));
            return;
        }
        Entry first = entries.stream().filter(e -> e.id() == initial).findFirst().orElse(entries.get(0));
        navigator.getSelectionModel().select(first);
    }

    private String describe(Entry e) {
        if (e.chapter() == null) {
            return String.format("%2d  ⚠ %s", e.id(), e.file().getParent().getFileName());
        }
        String text = String.format("%2d  %s", e.id(), e.chapter().title());
        int total = e.chapter().front().exercises().size();
        if (total > 0 && !progress.ofChapter(e.id()).isEmpty()) {
            text += String.format("   ✓ %d/%d", progress.passed(e.id()), total);
        }
        return text;
    }

    /** Opens chapter {@code id}; false if there is none. */
    public boolean open(int id) {
        for (Entry e : navigator.getItems()) {
            if (e.id() == id) {
                navigator.getSelectionModel().select(e);
                return true;
            }
        }
        return false;
    }

    private void open(Entry entry) {
        flushEdits();
        if (session != null) {
            session.close();
            session = null;
        }
        cells.clear();
        visualisers.clear();
        active = null;
        chapter = entry.chapter();
        if (chapter == null) {
            maths = List.of();
            Label error = new Label(entry.error());
            error.getStyleClass().add("chapter-error");
            error.setWrapText(true);
            page.getChildren().setAll(error);
            setStatus(entry.error());
            return;
        }
        settings.lastChapter = chapter.id();
        openedAt = System.nanoTime();
        CellEvaluator.traceEvent("chapter opened");
        Chapter opened = chapter;
        session = new ChapterSession(config.evaluators().get(), problem -> {
            if (chapter == opened) {
                setStatus(problem != null ? problem : "Chapter " + opened.id() + ": the Java session is ready; Shift+Enter runs a cell.");
            }
        });
        FxRenderer.Result r = FxRenderer.render(chapter.document(), new FxRenderer.Context(fonts, math, scale, dark,
                this::cellView, this::visualiserCard, config.openLink()));
        maths = r.maths();
        Label meta = new Label("Chapter " + chapter.id() + " · the text's sections " + String.join(", ", chapter.front().sections()));
        meta.getStyleClass().add("chapter-meta");
        page.getChildren().setAll(meta, r.body());
        reading.setVvalue(0);
        if (!chapter.visualisers().isEmpty()) {
            showVisualiser(chapter.visualisers().get(0));
        } else {
            visualiserTab.setContent(placeholder("This chapter embeds no visualiser."));
        }
        refreshExercises();
        setStatus("Chapter " + chapter.id() + ": " + chapter.cells().size() + " cells; the Java session is starting…");
        saveSettings();
    }

    /** Completes on the UI thread when every formula of the open chapter is drawn. */
    public CompletableFuture<Void> whenRendered() {
        return CompletableFuture.allOf(maths.stream().map(m -> m.ready).toArray(CompletableFuture[]::new));
    }

    private CellView cellView(CodeCell cell) {
        String text = cell.source();
        boolean stale = false;
        try {
            Workspace.Edit edit = config.workspace().edit(chapter, cell); // one read of the saved edits per cell
            if (edit != null) {
                text = edit.edited() == null ? cell.source() : edit.edited();
                stale = edit.stale();
            }
        } catch (IOException e) {
            setStatus("cannot read your saved edits: " + e.getMessage());
        }
        CellView v = new CellView(cell, text, stale, actions, presenter);
        cells.add(v);
        return v;
    }

    // ---- cells ----

    void runCell(CellView cell) {
        if (session != null) {
            session.run(cell, r -> setStatus("Cell " + cell.cell().index() + (r.ok() ? " ran." : " did not succeed.")));
        }
    }

    /** Runs every cell of the chapter, in order. */
    public void runAll() {
        for (CellView c : cells) {
            runCell(c);
        }
    }

    private void stopCells() {
        if (session != null) {
            session.stop();
            setStatus("Stopped.");
        }
    }

    private void restartSession() {
        if (session != null) {
            setStatus("Restarting the Java session…");
            session.restart(() -> setStatus("A fresh Java session is ready; earlier cells must be run again."));
        }
    }

    private void saveEdit(CellView cell, String text) {
        Chapter ch = chapter;
        saver.submit(() -> {
            try {
                config.workspace().save(ch, cell.cell(), text);
                Platform.runLater(() -> setStatus("Saved your edit of cell " + cell.cell().index() + "."));
            } catch (IOException e) {
                Platform.runLater(() -> setStatus("Could not save your edit of cell " + cell.cell().index() + ": " + e.getMessage()));
            }
        });
    }

    private void revertCell(CellView cell) {
        Chapter ch = chapter;
        cell.setEditorText(cell.cell().source());
        cell.showNote(null);
        saver.submit(() -> {
            try {
                config.workspace().revert(ch, cell.cell());
                Platform.runLater(() -> setStatus("Cell " + cell.cell().index() + " is back to the chapter's version."));
            } catch (IOException e) {
                Platform.runLater(() -> setStatus("Could not revert cell " + cell.cell().index() + ": " + e.getMessage()));
            }
        });
    }

    private void flushEdits() {
        for (CellView c : cells) {
            c.flush(actions);
        }
    }

    // ---- visualisers ----

    private Node visualiserCard(VisualiserBlock block) {
        VBox card = new VBox();
        card.getStyleClass().add("visualiser-card");
        StringBuilder opts = new StringBuilder();
        block.options().forEach((k, v) -> opts.append(opts.length() == 0 ? "" : " · ").append(k).append(": ").append(v));
        Label title = new Label("Visualiser: " + block.name() + (opts.length() == 0 ? "" : "  (" + opts + ")"));
        title.getStyleClass().add("visualiser-title");
        card.getChildren().add(title);
        if (VisualiserRegistry.has(block.name())) {
            Button show = new Button("Show in the side panel");
            show.setOnAction(e -> showVisualiser(block));
            show.visibleProperty().bind(presenter.not());
            show.managedProperty().bind(presenter.not());
            card.getChildren().add(show);
        } else {
            card.getStyleClass().add("visualiser-placeholder");
            card.getChildren().add(new Label(unknownVisualiser(block.name())));
        }
        return card;
    }

    private static String unknownVisualiser(String name) {
        String known = String.join(", ", VisualiserRegistry.names());
        return "The visualiser '" + name + "' is not part of this build"
                + (known.isEmpty() ? "." : " (it has: " + known + ").");
    }

    private void showVisualiser(VisualiserBlock block) {
        if (!VisualiserRegistry.has(block.name())) {
            active = null;
            Label l = placeholder(unknownVisualiser(block.name()));
            l.getStyleClass().add("visualiser-placeholder");
            visualiserTab.setContent(l);
            return;
        }
        try {
            Visualiser v = visualisers.computeIfAbsent(block, b -> VisualiserRegistry.create(b.name(), b.options()));
            active = v;
            Button back = new Button("←");
            back.setOnAction(e -> v.stepBack());
            Button forward = new Button("→");
            forward.setOnAction(e -> v.stepForward());
            Button reset = new Button("Reset");
            reset.setOnAction(e -> v.reset());
            ToggleButton wide = new ToggleButton("⤢ Wide");
            wide.setTooltip(new Tooltip("Give the visualiser most of the window (and back)"));
            wide.setSelected(this.wide);
            wide.setOnAction(e -> {
                this.wide = wide.isSelected();
                placeDivider();
            });
            HBox controls = new HBox(back, forward, reset, wide);
            controls.getStyleClass().add("visualiser-controls");
            controls.visibleProperty().bind(presenter.not());
            controls.managedProperty().bind(presenter.not());
            Node view = v.view();
            VBox.setVgrow(view, Priority.ALWAYS);
            VBox box = new VBox(controls, view);
            box.getStyleClass().add("visualiser-panel");
            visualiserTab.setContent(box);
            side.getSelectionModel().select(visualiserTab);
        } catch (RuntimeException e) {
            active = null;
            visualiserTab.setContent(placeholder("The visualiser '" + block.name() + "' could not start: " + e.getMessage()));
        }
    }

    /** The visualiser the arrow keys step (null when none is shown). */
    public Visualiser activeVisualiser() {
        return active;
    }

    // ---- exercises and progress ----

    private void loadProgress() {
        try {
            progress = Progress.load(config.progressFile());
        } catch (IOException e) {
            progress = Progress.empty();
            setStatus("cannot read your progress: " + e.getMessage());
        }
        navigator.refresh();
        refreshExercises();
    }

    private void refreshExercises() {
        if (chapter == null) {
            return;
        }
        VBox box = new VBox(progressSummary());
        if (gradePane == null && exercisesTab.isSelected()) {
            gradePane = new bachprop.grade.ui.ExercisesPane(config.chaptersDir().resolveSibling("exercises"), config.progressFile());
        }
        if (gradePane != null) {
            VBox.setVgrow(gradePane, Priority.ALWAYS);
            box.getChildren().add(gradePane);
        }
        exercisesTab.setContent(box);
    }

    private Node progressSummary() {
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
            Progress.Exercise ex = progress.exercises().stream().filter(x -> x.slug().equals(slug)).findFirst().orElse(null);
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

    // ---- presenter mode, zoom, keys ----

    /** F5: full screen, large type, high contrast, controls hidden (and back). */
    public void togglePresenter() {
        presenter.set(!presenter.get());
        if (stage != null) {
            stage.setFullScreen(presenter.get());
        }
    }

    void zoomBy(int direction) {
        double z = zoom.get() * (direction > 0 ? 1.1 : 1 / 1.1);
        zoom.set(Math.max(0.5, Math.min(3, direction == 0 ? 1 : z)));
        settings.zoom = zoom.get();
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (code == KeyCode.F5) {
            togglePresenter();
            e.consume();
        } else if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            zoomBy(1);
            e.consume();
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            zoomBy(-1);
            e.consume();
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            zoomBy(0);
            e.consume();
        } else if (e.isShortcutDown() && e.isShiftDown() && code == KeyCode.ENTER) {
            runAll();
            e.consume();
        } else if (e.isShortcutDown() && (code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP)) {
            int i = navigator.getSelectionModel().getSelectedIndex() + (code == KeyCode.PAGE_DOWN ? 1 : -1);
            if (i >= 0 && i < navigator.getItems().size()) {
                navigator.getSelectionModel().select(i);
            }
            e.consume();
        } else if (presenter.get() && code == KeyCode.ESCAPE) {
            togglePresenter();
            e.consume();
        } else if (presenter.get() && !typing && active != null) {
            // Clickers send Page Down/Up; keyboards the arrows.
            if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.SPACE) {
                active.stepForward();
                e.consume();
            } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
                active.stepBack();
                e.consume();
            }
        }
    }

    // ---- status, settings, close ----

    void setStatus(String text) {
        status.setText(text);
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("placeholder");
        return l;
    }

    private void saveSettings() {
        if (stage != null && !stage.isFullScreen()) {
            settings.width = stage.getWidth() > 0 ? stage.getWidth() : settings.width;
            settings.height = stage.getHeight() > 0 ? stage.getHeight() : settings.height;
            settings.x = stage.getX();
            settings.y = stage.getY();
        }
        settings.dark = dark.get();
        settings.zoom = zoom.get();
        try {
            settings.save(config.settingsFile());
        } catch (IOException e) {
            setStatus("cannot save the window settings: " + e.getMessage());
        }
    }

    /** Saves pending edits and the window settings, and ends the Java session. */
    public void close() {
        flushEdits();
        saveSettings();
        if (session != null) {
            session.close();
            session = null;
        }
        saver.shutdown();
        try {
            saver.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- for tests and the benchmark ----

    List<CellView> cells() {
        return List.copyOf(cells);
    }

    List<MathView> maths() {
        return maths;
    }

    Chapter chapter() {
        return chapter;
    }

    ChapterSession session() {
        return session;
    }
}
