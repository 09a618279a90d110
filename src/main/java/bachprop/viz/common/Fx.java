package bachprop.viz.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Starting the JavaFX toolkit once (also headless, under Monocle) and running work on its thread. */
public final class Fx {
    private static boolean started;
    /** Held so the level sticks: JavaFX warns when loaded from the class path, which is how we run it. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Fx() {}

    /** Starts the toolkit if nobody has; harmless when the window or TestFX already did. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        JAVAFX_LOG.setLevel(Level.SEVERE);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
            ready.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit was started elsewhere (the window, or TestFX): nothing to do
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start: " + e, e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs {@code work} on the FX thread and waits for its result; exceptions come back out. */
    public static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer: " + e, e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
