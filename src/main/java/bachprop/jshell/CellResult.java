package bachprop.jshell;

import java.time.Duration;
import java.util.List;

/**
 * What running one code cell gave. Every kind carries the text the cell printed before it ended.
 * {@link #describe()} is the text a terminal or the window shows under the cell.
 */
public sealed interface CellResult {

    /** Text the cell printed (System.out and System.err, in order). */
    String output();

    /** True only for {@link Success}. */
    default boolean ok() {
        return false;
    }

    /** True when the cell's session is gone and a fresh one must start (earlier cells forgotten). */
    default boolean endedSession() {
        return this instanceof SessionDied
                || this instanceof Timeout t && t.sessionRestarted()
                || this instanceof Stopped s && s.sessionRestarted();
    }

    /** The printed text, then what happened, as the student reads it. */
    String describe();

    /**
     * The cell ran to its end.
     *
     * @param value the value of its last expression as JShell prints it, or null when it ended
     *              with a statement or declaration
     */
    record Success(String output, String value) implements CellResult {
        @Override
        public boolean ok() {
            return true;
        }

        @Override
        public String describe() {
            return join(output, value == null ? "" : "⇒ " + value);
        }
    }

    /** One compiler message at a 1-based line and column inside the cell. */
    record Problem(int line, int column, String message) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    /** The cell does not compile; nothing after the bad snippet ran. */
    record CompileError(String output, List<Problem> problems) implements CellResult {
        public CompileError {
            problems = List.copyOf(problems);
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("compile error");
            for (Problem p : problems) {
                sb.append("\n  ").append(p);
            }
            return join(output, sb.toString());
        }
    }

    /**
     * The cell threw. {@code frames} are the stack frames of chapter code only (the cell and the
     * cells before it, plus project code they called), e.g. {@code at f (cell 3, line 2)}.
     */
    record Failure(String output, String exceptionClass, String message, List<String> frames) implements CellResult {
        public Failure {
            frames = List.copyOf(frames);
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder(exceptionClass);
            if (message != null && !message.isEmpty()) {
                sb.append(": ").append(message);
            }
            for (String f : frames) {
                sb.append("\n    ").append(f);
            }
            return join(output, sb.toString());
        }
    }

    /** The cell ran past its deadline and was stopped. */
    record Timeout(String output, Duration deadline, boolean sessionRestarted) implements CellResult {
        @Override
        public String describe() {
            return join(
                    output,
                    "stopped: the cell ran longer than " + deadline.toSeconds() + " s"
                            + (sessionRestarted
                                    ? " (its session had to be ended: a fresh one starts; run the earlier cells again)"
                                    : ""));
        }
    }

    /** The student pressed Stop. */
    record Stopped(String output, boolean sessionRestarted) implements CellResult {
        @Override
        public String describe() {
            return join(
                    output,
                    "stopped"
                            + (sessionRestarted
                                    ? " (its session had to be ended: a fresh one starts; run the earlier cells again)"
                                    : ""));
        }
    }

    /** The cell ended its own Java session (System.exit, out of memory); the next cell gets a fresh one. */
    record SessionDied(String output, String reason) implements CellResult {
        @Override
        public String describe() {
            return join(
                    output, "the session ended: " + reason + ". A fresh session starts; run the earlier cells again.");
        }
    }

    private static String join(String output, String tail) {
        if (output == null || output.isEmpty()) {
            return tail;
        }
        if (tail.isEmpty()) {
            return output;
        }
        return output.endsWith("\n") ? output + tail : output + "\n" + tail;
    }
}
