package bachprop.jshell;

import java.time.Duration;
import java.util.List;

/**
 * A stand-in for the app, for {@link CellProcessesTest}: opens a session, prints
 * {@code session PID}, then runs a cell that starts {@code sleep ARG} and spins until this JVM is
 * killed.
 */
public final class OrphanProbe {
    private OrphanProbe() {}

    public static void main(String[] args) {
        CellEvaluator eval = new CellEvaluator(List.of(), Duration.ofMinutes(2));
        eval.startSession();
        System.out.println("session " + eval.sessionPid().orElse(-1));
        System.out.flush();
        eval.evaluate("cell 1", "new ProcessBuilder(\"sleep\", \"" + args[0] + "\").start();\nwhile (true) {}");
    }
}
