package bachprop.app;

import bachprop.jshell.CellEvaluator;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. It is started through {@link WindowLauncher} (a plain class): a main
 * class that extends {@code Application} fails from a classpath ("JavaFX runtime components are
 * missing").
 */
public final class CompanionApp extends Application {
    /** Set by {@link WindowLauncher} before launch. */
    static volatile MathRenderer math;

    static volatile int startChapter = -1;
    static volatile boolean startPresenter;
    /** Called on the UI thread once the window is shown (the benchmark listens here). */
    static volatile Consumer<CompanionWindow> onShown;
    /** Where the window keeps things; null: the user's own folders. */
    static volatile CompanionWindow.Config config;
    /** A session started before the toolkit, handed to the first chapter opened. */
    static volatile CellEvaluator prestarted;
    /** Completed when the first chapter's formulas are all drawn (the prestarted session's warm-up waits for it). */
    static final CompletableFuture<Void> firstRendered = new CompletableFuture<>();

    /** Wall-clock milliseconds when start() began and when the stage was shown (for the benchmark). */
    static volatile long startedMillis;

    static volatile long shownMillis;
    /** CPU time the UI thread spent building and showing the window. */
    static volatile long startCpuNanos;

    private CompanionWindow window;

    @Override
    public void start(Stage stage) {
        startedMillis = System.currentTimeMillis();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        MathRenderer renderer = math != null ? math : new MathRenderer();
        CompanionWindow.Config c = config != null ? config : CompanionWindow.Config.forUser();
        CellEvaluator first = prestarted;
        prestarted = null;
        if (first != null) {
            SessionStart.launch(first);
            Supplier<CellEvaluator> rest = c.evaluators();
            boolean[] used = {false};
            c = new CompanionWindow.Config(
                    c.chaptersDir(),
                    c.workspace(),
                    c.settingsFile(),
                    c.progressFile(),
                    () -> {
                        if (!used[0]) {
                            used[0] = true;
                            return first;
                        }
                        return rest.get();
                    },
                    c.openLink());
        }
        window = new CompanionWindow(c, renderer, startChapter);
        window.attach(stage);
        window.whenRendered().whenComplete((v, e) -> firstRendered.complete(null));
        if (startChapter > 0 && (window.chapter() == null || window.chapter().id() != startChapter)) {
            window.setStatus("There is no chapter " + startChapter + ".");
        }
        LinkOpener.services = getHostServices();
        stage.show();
        shownMillis = System.currentTimeMillis();
        startCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        if (startPresenter) {
            window.togglePresenter();
        }
        Consumer<CompanionWindow> listener = onShown;
        if (listener != null) {
            listener.accept(window);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
