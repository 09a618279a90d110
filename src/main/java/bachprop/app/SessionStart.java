package bachprop.app;

import bachprop.jshell.CellEvaluator;

/**
 * Launches the first chapter's session JVM while the window is being built, without compiling
 * anything: the launch is mostly the other JVM's work, and a cell run as soon as the chapter
 * shows then finds its session up (measured: the session was launched only when cell 1 was
 * requested, 1.8 s after the chapter opened). The compiler's warm-up still waits for the
 * formulas ({@link WindowLauncher#prepare()}). {@code -Dbachprop.session.lateLaunch=true} leaves
 * the launch to the first cell (for comparing the two in {@code bench window}).
 */
final class SessionStart {
    private SessionStart() {}

    static void launch(CellEvaluator evaluator) {
        if (Boolean.getBoolean("bachprop.session.lateLaunch")) {
            return;
        }
        Thread t = new Thread(
                () -> {
                    try {
                        evaluator.startSession();
                    } catch (RuntimeException e) {
                        // the window's session reports it when a cell runs
                    }
                },
                "jshell-launch");
        t.setDaemon(true);
        t.start();
    }
}
