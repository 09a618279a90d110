package bachprop.app;

import bachprop.jshell.CellEvaluator;
import bachprop.jshell.CellResult;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The JShell session behind one open chapter: runs its cells one after another off the UI
 * thread and reports back on it. Stop cancels the running cell and everything queued after it.
 */
final class ChapterSession implements AutoCloseable {
    private final CellEvaluator evaluator;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chapter-cells");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Timeline live;
    private volatile CellView running;

    /** @param onReady called on the UI thread once the session has started (or failed to) */
    ChapterSession(CellEvaluator evaluator, Consumer<String> onReady) {
        this.evaluator = evaluator;
        // Start the JVM once the window has drawn itself: both want the CPU at first.
        Platform.runLater(() -> queue.submit(() -> {
            String problem = null;
            try {
                evaluator.warmUp();
            } catch (RuntimeException e) {
                problem = "the Java session did not start: " + e.getMessage();
            }
            String p = problem;
            Platform.runLater(() -> onReady.accept(p));
        }));
        live = new Timeline(new KeyFrame(Duration.millis(200), e -> {
            CellView v = running;
            if (v != null) {
                v.showLive(evaluator.outputSoFar());
            }
        }));
        live.setCycleCount(Timeline.INDEFINITE);
        live.play();
    }

    CellEvaluator evaluator() {
        return evaluator;
    }

    /** Queues a cell; {@code done} is called on the UI thread with its result. */
    void run(CellView view, Consumer<CellResult> done) {
        long gen = generation.get();
        String source = view.source();
        view.requestedAt = System.nanoTime();
        CellEvaluator.traceEvent("run requested");
        view.markQueued();
        queue.submit(() -> {
            if (gen != generation.get()) {
                Platform.runLater(view::markCancelled);
                return;
            }
            Platform.runLater(view::markRunning);
            running = view;
            long t0 = System.nanoTime();
            CellResult result;
            try {
                result = evaluator.evaluate("cell " + view.cell().index(), source, () -> gen != generation.get());
            } catch (RuntimeException e) {
                result = new CellResult.SessionDied("", "JShell failed: " + e.getMessage());
            }
            long nanos = System.nanoTime() - t0;
            running = null;
            if (result.endedSession()) {
                queue.submit(evaluator::warmUp); // the fresh session starts now, not with the next cell
            }
            CellResult r = result;
            Platform.runLater(() -> {
                view.evalNanos = nanos;
                view.show(r, nanos / 1e9);
                if (done != null) {
                    done.accept(r);
                }
            });
        });
    }

    /** Stops the running cell and drops the queued ones. */
    void stop() {
        generation.incrementAndGet();
        evaluator.stop();
    }

    /** A fresh session; {@code done} runs on the UI thread when it is ready. */
    void restart(Runnable done) {
        stop();
        Thread t = new Thread(
                () -> {
                    evaluator.restart();
                    Platform.runLater(done);
                },
                "jshell-restart");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        live.stop();
        generation.incrementAndGet();
        queue.shutdownNow();
        Thread t = new Thread(evaluator::close, "jshell-close");
        t.setDaemon(true);
        t.start();
    }
}
