package bachprop.app;

import bachprop.jshell.CellEvaluator;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;

/**
 * Opens the companion window and returns when it is closed: the plain API behind
 * {@code bachprop [window] [--chapter N] [--presenter]}.
 */
public final class WindowLauncher {

    private WindowLauncher() {}

    /**
     * Opens the window at chapter {@code chapter} (−1: where the reader left off); returns the exit
     * code: 0 when closed, 2 when there is no display to open it on.
     */
    public static int open(int chapter, boolean presenter, PrintStream err) {
        if ("Monocle".equals(System.getProperty("glass.platform"))
                && "Headless".equals(System.getProperty("monocle.platform"))) {
            // The launcher picks headless rendering when there is no display: a window would open unseen.
            err.println("bachprop window: there is no display (DISPLAY is not set). Read a chapter in the terminal "
                    + "with 'bachprop read N', or run the window under a virtual display: xvfb-run ./bachprop");
            return 2;
        }
        prepare();
        CompanionApp.startChapter = chapter;
        CompanionApp.startPresenter = presenter;
        Application.launch(CompanionApp.class);
        return 0;
    }

    /**
     * Starts the slow one-time work on threads of its own: TeX fonts at once, and the first chapter's
     * Java session (a JVM of its own) once the first chapter is drawn; the window takes that session
     * over for the chapter it opens.
     */
    static MathRenderer prepare() {
        System.setProperty("java.awt.headless", "true"); // Java2D draws the formulas; no AWT windows
        MathRenderer math = new MathRenderer();
        math.warmUp();
        CompanionApp.math = math;
        CellEvaluator first = CellEvaluator.forProject();
        Thread t = new Thread(
                () -> {
                    try {
                        // Launching the session's JVM and warming its compiler is CPU work: on two cores it
                        // slowed the first chapter's rendering by seconds, so it starts once the formulas are
                        // drawn (cold start ≤ 3 s); a cell run before then starts the session itself.
                        try {
                            CompanionApp.firstRendered.get(30, TimeUnit.SECONDS);
                        } catch (TimeoutException | ExecutionException e) {
                            // start anyway
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        first.warmUp();
                    } catch (RuntimeException e) {
                        // the window's session reports it when a cell runs
                    }
                },
                "jshell-prestart");
        t.setDaemon(true);
        t.start();
        CompanionApp.prestarted = first;
        return math;
    }
}
