package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.Chapter;
import bachprop.chapter.Chapters;
import bachprop.chapter.Workspace;
import bachprop.chorale.ui.ChartView;
import bachprop.jshell.CellEvaluator;
import bachprop.jshell.CellResult;
import bachprop.music.data.RealData;
import bachprop.viz.VisualiserRegistry;
import bachprop.viz.common.CanvasView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every chapter of the book, and every visualiser its blocks embed (all the registered ones),
 * laid out in the real window at each {@link Size}: no label cut short, no text cut by a pane's
 * edge, no two texts on top of each other, no table column narrower than its widest word, and (for
 * a size with a minimum) no text below it. Each cell is shown as after a run, since running
 * changes its header. The findings are listed in full when the test fails (see {@link LayoutAudit}).
 */
@Tag("corpus")
class LayoutAuditTest {
    /**
     * A window size to audit. {@code setup} runs on the FX thread once the window is shown (e.g.
     * presenter mode: {@code CompanionWindow::togglePresenter}); {@code minFontPx} > 0 requires
     * every text to be at least that large.
     */
    record Size(String name, double width, double height, double minFontPx, Consumer<CompanionWindow> setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The window sizes audited; presenter mode, the third, is {@link #presenterModeShowsEveryVisualiserLargeAndWhole()}. */
    static final List<Size> SIZES =
            List.of(new Size("1280×720", 1280, 720, 0, w -> {}), new Size("1920×1080", 1920, 1080, 0, w -> {}));

    /** How far each visualiser is stepped in presenter mode before its second audit (δ-flow: w′ and ∂C/∂w shown). */
    static final int STEPS = 12;
    /** At most this many steps to reach a visualiser's last (one that trains could go on). */
    static final int MAX_STEPS = 60;

    @TempDir
    static Path tmp;

    static Stage stage;
    static Path chapters;
    CompanionWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        RealData.assumeJsb(); // chapters 7 and 9 draw from the real corpus
        // Monocle's screen must hold the largest size (the pom says so too; this is for a lone run)
        System.setProperty("headless.geometry", "1920x1080-32");
        chapters = quickChapters(tmp.resolve("chapters"));
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            FxToolkit.setupStage(s -> window.close());
        }
        FxToolkit.hideStage();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SIZES")
    void everyChapterAndVisualiserFitsWithNothingOverlapping(Size size) throws Exception {
        show(size);
        LayoutAudit audit = new LayoutAudit(size.minFontPx(), LayoutAuditTest::chartTexts);
        List<String> findings = new ArrayList<>();
        Set<String> shown = new TreeSet<>();
        for (int id = 1; id <= Chapters.files(chapters).size(); id++) { // every chapter of the book
            int chapter = id;
            long t0 = System.nanoTime();
            FxToolkit.setupFixture(() -> window.open(chapter));
            window.whenRendered().get(30, TimeUnit.SECONDS);
            FxToolkit.setupFixture(() -> {
                for (CellView c : window.cells()) {
                    c.show(new CellResult.Success("printed output\n", "42"), 0.12); // the header after a run
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            Chapter ch = window.chapter();
            String at = size + ", chapter " + chapter;
            findings.addAll(FxToolkit.setupFixture(() -> audit.audit(at + " page", page())));
            findings.addAll(FxToolkit.setupFixture(() -> audit.audit(at + " window", window.root())));
            List<Button> cards = FxToolkit.setupFixture(this::cards);
            for (int i = 0; i < cards.size(); i++) {
                Button show = cards.get(i);
                String name = ch.visualisers().get(i).name();
                shown.add(name);
                FxToolkit.setupFixture(show::fire);
                WaitForAsyncUtils.waitForFxEvents();
                findings.addAll(FxToolkit.setupFixture(() -> audit.audit(at + ", visualiser " + name, sidePanel())));
                CheckBox quiz = FxToolkit.setupFixture(() -> (CheckBox) sidePanel().lookupAll(".check-box").stream()
                        .filter(b -> "Quiz".equals(((CheckBox) b).getText()))
                        .findFirst()
                        .orElse(null));
                if (quiz != null) { // the quiz's question and answer row, too
                    FxToolkit.setupFixture(quiz::fire);
                    WaitForAsyncUtils.waitForFxEvents();
                    findings.addAll(FxToolkit.setupFixture(
                            () -> audit.audit(at + ", visualiser " + name + " with the quiz", sidePanel())));
                    FxToolkit.setupFixture(quiz::fire);
                }
            }
        }
        Set<String> registered = new TreeSet<>(VisualiserRegistry.names());
        registered.removeIf(n -> n.startsWith("test-")); // registered by other tests in this JVM
        assertEquals(registered, shown, "every visualiser was laid out");
        findings.addAll(FxToolkit.setupFixture(() -> selectedChapterReadable(size.name())));
        assertTrue(findings.isEmpty(), findings.size() + " layout problems:\n" + String.join("\n", findings));
    }

    /**
     * Presenter mode, the third size: only the active visualiser fills the 1920×1080 screen, so
     * each visualiser of each chapter is shown and its presenter pane audited (the reading page is
     * hidden), with every text, canvas-drawn ones included, at least {@link PresenterModel#minTextPx}.
     */
    @Test
    void presenterModeShowsEveryVisualiserLargeAndWhole() throws Exception {
        Size size = new Size("presenter", 1920, 1080, PresenterModel.minTextPx(1080), w -> {});
        show(size);
        LayoutAudit audit = new LayoutAudit(size.minFontPx(), LayoutAuditTest::chartTexts);
        List<String> findings = new ArrayList<>();
        Set<String> shown = new TreeSet<>();
        for (int id = 1; id <= Chapters.files(chapters).size(); id++) { // every chapter of the book
            int chapter = id;
            FxToolkit.setupFixture(() -> window.open(chapter));
            window.whenRendered().get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Chapter ch = window.chapter();
            List<Button> cards = FxToolkit.setupFixture(this::cards);
            for (int i = 0; i < cards.size(); i++) {
                Button show = cards.get(i);
                String name = ch.visualisers().get(i).name();
                shown.add(name);
                FxToolkit.setupFixture(show::fire);
                FxToolkit.setupFixture(window::togglePresenter);
                WaitForAsyncUtils.waitForFxEvents();
                String at = size + ", chapter " + chapter + ", visualiser " + name;
                findings.addAll(FxToolkit.setupFixture(() -> {
                    assertEquals(1080, window.root().getScene().getHeight(), 1, "presenter mode fills the screen");
                    return audit.audit(at, presenterPane());
                }));
                FxToolkit.setupFixture(
                        () -> { // → as the lecturer presses it: later steps show more numbers
                            for (int s = 0; s < STEPS; s++) {
                                window.presenter().forward();
                            }
                        });
                WaitForAsyncUtils.waitForFxEvents();
                findings.addAll(
                        FxToolkit.setupFixture(() -> audit.audit(at + " after " + STEPS + " steps", presenterPane())));
                FxToolkit.setupFixture(
                        () -> { // the last step: every number of the drawing shown
                            for (int s = STEPS;
                                    s < MAX_STEPS && window.presenter().forward();
                                    s++) {}
                        });
                WaitForAsyncUtils.waitForFxEvents();
                findings.addAll(FxToolkit.setupFixture(() -> audit.audit(at + " at its last step", presenterPane())));
                FxToolkit.setupFixture(window::togglePresenter);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        Set<String> registered = new TreeSet<>(VisualiserRegistry.names());
        registered.removeIf(n -> n.startsWith("test-")); // registered by other tests in this JVM
        assertEquals(registered, shown, "every visualiser was shown in presenter mode");
        List<String> open = new ArrayList<>(findings);
        for (String known : OPEN_IN_PRESENTER) {
            assertTrue(
                    open.removeIf(
                            f -> f.contains("visualiser " + known + ":") || f.contains("visualiser " + known + " ")),
                    known + " is listed as still failing in presenter mode but passes: take it off OPEN_IN_PRESENTER");
        }
        assertTrue(open.isEmpty(), open.size() + " presenter layout problems:\n" + String.join("\n", open));
    }

    /**
     * Visualisers (or one of their audited steps) whose presenter findings are known and not yet
     * fixed. Each must still fail (so the list only shrinks); every other visualiser must pass.
     * Empty: the extender's piano rolls now keep to the projector theme's least text size and its
     * slider shows its value instead of tick labels; δ-flow's weight labels never sit on a bias box.
     */
    static final List<String> OPEN_IN_PRESENTER = List.of();

    /** The "show" buttons of the open chapter's visualiser cards, in the chapter's order. */
    private List<Button> cards() {
        return window.root().lookupAll(".visualiser-card").stream()
                .map(c -> (Button) ((Parent) c)
                        .getChildrenUnmodifiable().stream()
                                .filter(n -> n instanceof Button)
                                .findFirst()
                                .orElseThrow())
                .toList();
    }

    /** The window at {@code size}, shown, with nothing opened yet. */
    private void show(Size size) throws Exception {
        Path user = tmp.resolve(size.name());
        Files.createDirectories(user);
        Files.writeString(
                user.resolve("window.json"), "{\"width\": " + size.width() + ", \"height\": " + size.height() + "}");
        CompanionWindow.Config config = new CompanionWindow.Config(
                chapters,
                new Workspace(user.resolve("workspace")),
                user.resolve("window.json"),
                user.resolve("progress.json"),
                () -> new CellEvaluator(List.of(), Duration.ofSeconds(5)),
                url -> {});
        FxToolkit.setupStage(s -> {
            window = new CompanionWindow(config, new MathRenderer(), 1);
            window.attach(s);
            s.setWidth(size.width());
            s.setHeight(size.height());
            s.show();
            size.setup().accept(window);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(size.width(), stage.getScene().getWidth(), 1, "the window is as wide as asked");
        assertEquals(size.height(), stage.getScene().getHeight(), 1, "the window is as high as asked");
    }

    /**
     * The book's chapters, copied, with chapter 7's seed experiments trained for 1 epoch instead of
     * 10: the same charts and texts (one more tick label at most), in seconds rather than a minute.
     */
    static Path quickChapters(Path dir) throws IOException {
        for (Path f : Chapters.files(Chapters.dir())) {
            Path copy = dir.resolve(f.getParent().getFileName()).resolve("chapter.md");
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, Files.readString(f).replace("\nepochs: 10\n", "\nepochs: 1\n"));
        }
        return dir;
    }

    /** The open chapter's line in the list: its text at least 4.5:1 against its background (WCAG AA). */
    private List<String> selectedChapterReadable(String at) {
        Node cell = window.root().lookup("#navigator .list-cell:selected");
        if (!(cell instanceof ListCell<?> c)) {
            return List.of(at + ": no chapter is shown selected in the list");
        }
        Color text = (Color) c.getTextFill();
        Color back = (Color) c.getBackground()
                .getFills()
                .get(c.getBackground().getFills().size() - 1)
                .getFill();
        double ratio = contrast(text, back);
        return ratio >= 4.5
                ? List.of()
                : List.of(at + ": the selected chapter is " + text + " on " + back + ", contrast " + ratio + " < 4.5");
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private Parent sidePanel() {
        return (Parent) window.root().lookup("#side-panel");
    }

    private Parent presenterPane() {
        return (Parent) window.root().lookup("#presenter-pane");
    }

    private Parent page() {
        return (Parent) window.root().lookup("#reading");
    }

    /** The texts a chart or a canvas view drew on its picture, in scene coordinates. */
    static List<LayoutAudit.Box> chartTexts(Node node) {
        if (node instanceof CanvasView canvas) {
            return canvas.texts().stream()
                    .map(t -> new LayoutAudit.Box(t.text(), canvas.localToScene(t.bounds()), t.fontPx(), canvas))
                    .toList();
        }
        if (!(node instanceof ChartView chart)) {
            return List.of();
        }
        return chart.texts().stream()
                .map(t -> {
                    Bounds b = chart.localToScene(t.bounds());
                    return new LayoutAudit.Box(t.text(), b, t.fontPx(), chart);
                })
                .toList();
    }
}
