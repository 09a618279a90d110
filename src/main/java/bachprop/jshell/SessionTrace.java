package bachprop.jshell;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dbachprop.jshell.trace=true}: how long each stage of a session's start and of a
 * cell took, printed to stderr, to find where the window's first seconds go.
 */
final class SessionTrace {
    private static final boolean ON = Boolean.getBoolean("bachprop.jshell.trace");

    private SessionTrace() {}

    /** Prints that {@code what} took since {@code since} (a System.nanoTime()). */
    static void took(String what, long since) {
        if (ON) {
            System.err.printf(
                    "[jshell-trace] %s: %.0f ms (ends %.3f s after JVM start, thread %s)%n",
                    what,
                    (System.nanoTime() - since) / 1e6,
                    secondsSinceJvmStart(),
                    Thread.currentThread().getName());
        }
    }

    /** Prints when {@code event} happened. */
    static void event(String event) {
        if (ON) {
            System.err.printf("[jshell-trace] %s %.3f s after JVM start%n", event, secondsSinceJvmStart());
        }
    }

    private static double secondsSinceJvmStart() {
        return (System.currentTimeMillis()
                        - ManagementFactory.getRuntimeMXBean().getStartTime())
                / 1000.0;
    }
}
