package bachprop.app;

import java.util.function.Consumer;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. It is started through {@link WindowCommand} (a plain class): a main
 * class that extends {@code Application} fails from a classpath ("JavaFX runtime components are
 * missing").
 */
public final class CompanionApp extends Application {
    /** Set by {@link WindowCommand} before launch. */
    static volatile MathRenderer math;
    static volatile int startChapter = -1;
    static volatile boolean startPresenter;
    /** Called on the UI thread once the window is shown (the benchmark listens here). */
    static volatile Consumer<CompanionWindow> onShown;
    /** Where the window keeps things; null: the user's own folders. */
    static volatile CompanionWindow.Config config;

    private CompanionWindow window;

    @Override
    public void start(Stage stage) {
        MathRenderer renderer = math != null ? math : new MathRenderer();
        window = new CompanionWindow(config != null ? config : CompanionWindow.Config.forUser(), renderer);
        window.attach(stage);
        if (startChapter > 0 && !window.open(startChapter)) {
            window.setStatus("There is no chapter " + startChapter + ".");
        }
        LinkOpener.services = getHostServices();
        stage.show();
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
