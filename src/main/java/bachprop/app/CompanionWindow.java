package bachprop.app;

import bachprop.chapter.Chapter;
import bachprop.chapter.Chapters;
import bachprop.chapter.Workspace;
import bachprop.jshell.CellEvaluator;
import bachprop.util.Paths2;
import bachprop.viz.Visualiser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The companion window: the chapter navigator on the left, the reading pane (prose, math, code
 * cells, visualiser cards) in the middle, a side panel with the active visualiser and the
 * exercises on the right. F5 toggles presenter mode. This class lays the parts out and joins
 * them; what the window shows lives in a {@link WindowModel}, and each part is its own class:
 * {@link ChapterList}, {@link ChapterCells}, {@link VisualiserPanel}, {@link ProgressPanel},
 * {@link Keymap}, {@link WindowToolbar}, {@link SideDivider}; presenter mode is {@link PresenterView}.
 */
public final class CompanionWindow {
    /** Body text size at zoom 1, in pixels. */
    static final double BASE_FONT = 15;

    /** Where the window finds and keeps things; tests point these at temporary folders. */
    public record Config(
            Path chaptersDir,
            Workspace workspace,
            Path settingsFile,
            Path progressFile,
            Supplier<CellEvaluator> evaluators,
            Consumer<String> openLink) {
        public static Config forUser() {
            Path user = Paths2.userDir();
            return new Config(
                    Chapters.dir(),
                    Workspace.forUser(),
                    user.resolve("window.json"),
                    user.resolve("progress.json"),
                    CellEvaluator::forProject,
                    LinkOpener::open);
        }
    }

    private final Config config;
    private final Settings settings;
    private final MathRenderer math;
    private final Fonts fonts = new Fonts();
    private final WindowModel model = new WindowModel();
    private final ChapterList chapters;
    private final ChapterCells cells;
    private final VisualiserPanel visualiserPanel;
    private final ProgressPanel progressPanel;
    private final Keymap keymap;
    private final PresenterModel presenter = new PresenterModel(model);
    private final PresenterView presenterView;
    private final PresenterScreen screen = new PresenterScreen();
    private final Accessibility access;

    private final BorderPane root = new BorderPane();
    private final ScrollPane reading = new ScrollPane();
    private final VBox page = new VBox();
    private final TabPane side = new TabPane();
    private final ToolBar toolbar;
    private final Label status = new Label();
    private final HBox statusBar;
    private final SplitPane split;
    private final SideDivider divider;

    private Stage stage;
    private Chapter chapter;
    private List<MathView> maths = List.of();
    /** System.nanoTime() when the open chapter was opened. */
    long openedAt;

    public CompanionWindow(Config config, MathRenderer math) {
        this(config, math, -1);
    }

    /** @param initialChapter the chapter to open first; -1: the one open when the window last closed */
    public CompanionWindow(Config config, MathRenderer math, int initialChapter) {
        this.config = config;
        this.math = math;
        this.settings = Settings.load(config.settingsFile());
        model.zoom.set(settings.zoom);
        model.dark.set(settings.dark);
        model.zoom.addListener((o, a, z) -> settings.zoom = z.doubleValue());
        fonts.size.bind(model.scaleProperty().multiply(BASE_FONT));
        status.textProperty().bind(model.status);
        model.setStatus(settings.notice); // null: no notice; else the moved-aside window.json named
        model.restorePlace(settings.lastChapter, settings.lastVisualiser, settings.lastStep);
        cells = new ChapterCells(model, config.workspace(), config.evaluators());
        visualiserPanel = new VisualiserPanel(model, this::showVisualiserTab, this::placeDivider);
        progressPanel =
                new ProgressPanel(model, config.chaptersDir().resolveSibling("exercises"), config.progressFile());
        chapters = new ChapterList(model, progressPanel::progress, this::open);
        progressPanel.afterGrade(this::loadProgress);
        keymap = new Keymap(model, presenter, this::togglePresenter, cells::runAll);
        access = new Accessibility(settings, visualiserPanel::active, this::saveSettings);
        visualiserPanel.onShow(access::apply);

        root.getStyleClass().add("companion");
        root.getStylesheets()
                .add(CompanionWindow.class.getResource("companion.css").toExternalForm());
        root.styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * model.scale()),
                        model.scaleProperty()));
        model.presenter.addListener((o, a, b) -> styleClass("presenter", b));
        model.dark.addListener((o, a, b) -> styleClass("theme-dark", b));
        styleClass("theme-dark", model.dark.get());

        toolbar = WindowToolbar.create(model, cells, this::runAll, this::togglePresenter);
        toolbar.getItems().addAll(access.controls());
        toolbar.visibleProperty().bind(model.presenter.not());
        toolbar.managedProperty().bind(model.presenter.not());

        page.getStyleClass().add("reading");
        page.setId("reading");
        reading.setContent(page);
        reading.setFitToWidth(true);
        reading.getStyleClass().add("reading-scroll");

        side.getTabs().addAll(visualiserPanel.tab(), progressPanel.tab());
        progressPanel.tab().selectedProperty().addListener((o, was, is) -> {
            if (is && !progressPanel.gradePaneMade()) {
                loadProgress();
            }
        });
        side.setId("side-panel");
        side.setPrefWidth(420);

        split = new SplitPane(reading, side);
        split.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(side, false);
        divider = new SideDivider(split, root, settings, visualiserPanel::wide);

        status.getStyleClass().add("status");
        status.setId("status");
        statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.visibleProperty().bind(model.presenter.not());
        statusBar.managedProperty().bind(model.presenter.not());

        root.setTop(toolbar);
        root.setLeft(chapters.view());
        root.setCenter(split);
        root.setBottom(statusBar);
        presenterView =
                new PresenterView(model, presenter, root, reading, visualiserPanel.tab(), visualiserPanel::active);
        loadProgress();
        if (!chapters.load(config.chaptersDir(), initialChapter > 0 ? initialChapter : settings.lastChapter)) {
            page.getChildren().setAll(placeholder("No chapters found in " + config.chaptersDir()));
        }
    }

    /** The side panel gets its share of the window (see {@link SideDivider#place()}). */
    private void placeDivider() {
        divider.place();
    }

    private void showVisualiserTab() {
        side.getSelectionModel().select(visualiserPanel.tab());
    }

    private void styleClass(String name, boolean on) {
        root.getStyleClass().remove(name);
        if (on) {
            root.getStyleClass().add(name);
        }
    }

    public Parent root() {
        return root;
    }

    /** What the window shows (chapter, step, zoom, presenter, status), without the window. */
    public WindowModel model() {
        return model;
    }

    /** Puts the window in {@code stage}: scene, keys, remembered size and place, title. */
    public void attach(Stage stage) {
        this.stage = stage;
        // A size remembered from a larger screen is clamped to this one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(
                root, Math.min(settings.width, screen.getWidth()), Math.min(settings.height, screen.getHeight()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keymap::onKey);
        stage.setScene(scene);
        if (!Double.isNaN(settings.x) && screen.contains(settings.x + 20, settings.y + 20)) {
            stage.setX(settings.x);
            stage.setY(settings.y);
        }
        stage.setTitle("Bachprop — Music Generation with Deep Learning, step by step");
        stage.fullScreenProperty().addListener((o, was, is) -> {
            if (!is
                    && model.presenter()
                    && stage.getWidth()
                            < PresenterScreen.screenOf(stage).getVisualBounds().getWidth()) {
                togglePresenter(); // the window manager left full screen: leave presenter mode too
            }
        });
        stage.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                loadProgress(); // the student may have graded in a terminal meanwhile
            }
        });
        stage.setOnCloseRequest(e -> close());
        // First focus on the navigator, not the Run all button (Space there would run every cell).
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> chapters.view().requestFocus());
    }

    // ---- chapters ----

    /** Opens chapter {@code id}; false if there is none. */
    public boolean open(int id) {
        return model.selectChapter(id);
    }

    private void open(ChapterList.Entry entry) {
        cells.leave();
        visualiserPanel.clear();
        chapter = entry.chapter();
        if (chapter == null) {
            maths = List.of();
            progressPanel.show(null);
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
        cells.enter(chapter);
        FxRenderer.Result r = FxRenderer.render(
                chapter.document(),
                new FxRenderer.Context(
                        fonts,
                        math,
                        model.scaleProperty(),
                        model.dark,
                        c -> presenterView.wire(cells.cellView(c)),
                        visualiserPanel::card,
                        config.openLink()));
        maths = r.maths();
        Label meta = new Label("Chapter " + chapter.id() + " · the text's sections "
                + String.join(", ", chapter.front().sections()));
        meta.getStyleClass().add("chapter-meta");
        page.getChildren().setAll(meta, r.body());
        reading.setVvalue(0);
        visualiserPanel.open(chapter); // as the reader left it (ChapterPlace)
        progressPanel.show(chapter);
        setStatus("Chapter " + chapter.id() + ": " + chapter.cells().size() + " cells; the Java session is starting…");
        saveSettings();
    }

    /** Completes on the UI thread when every formula of the open chapter is drawn. */
    public CompletableFuture<Void> whenRendered() {
        return CompletableFuture.allOf(maths.stream().map(m -> m.ready).toArray(CompletableFuture[]::new));
    }

    /** Runs every cell of the chapter, in order. */
    public void runAll() {
        cells.runAll();
    }

    /** The visualiser the arrow keys step (null when none is shown). */
    public Visualiser activeVisualiser() {
        return visualiserPanel.active();
    }

    private void loadProgress() {
        progressPanel.load();
        chapters.refresh();
    }

    // ---- presenter mode, status, settings, close ----

    /** F5: full screen, large type, high contrast, controls hidden (and back). */
    public void togglePresenter() {
        model.togglePresenter();
        if (stage != null) {
            screen.apply(stage, model.presenter());
        }
    }

    void setStatus(String text) {
        model.setStatus(text);
    }

    static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("placeholder");
        return l;
    }

    private void saveSettings() {
        if (stage != null && !stage.isFullScreen() && !model.presenter()) {
            settings.width = stage.getWidth() > 0 ? stage.getWidth() : settings.width;
            settings.height = stage.getHeight() > 0 ? stage.getHeight() : settings.height;
            settings.x = stage.getX();
            settings.y = stage.getY();
        }
        if (chapter != null) {
            settings.lastVisualiser = model.place(chapter.id()).visualiser();
            settings.lastStep = model.place(chapter.id()).step();
        }
        settings.dark = model.dark.get();
        settings.zoom = model.zoom();
        access.save(settings);
        try {
            settings.save(config.settingsFile());
        } catch (IOException e) {
            setStatus("cannot save the window settings: " + e.getMessage());
        }
    }

    /** Saves pending edits and the window settings, and ends the Java session. */
    public void close() {
        cells.flush();
        saveSettings();
        cells.close();
    }

    // ---- for tests and the benchmark ----

    PresenterModel presenter() {
        return presenter;
    }

    List<CellView> cells() {
        return cells.cells();
    }

    List<MathView> maths() {
        return maths;
    }

    Chapter chapter() {
        return chapter;
    }

    ChapterSession session() {
        return cells.session();
    }

    @Override
    public String toString() {
        return "CompanionWindow(" + model + ")";
    }
}
