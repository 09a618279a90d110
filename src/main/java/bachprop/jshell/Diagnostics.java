package bachprop.jshell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * What went wrong in a cell, said in the cell's own terms: compiler messages at the cell's line
 * and column, and stack frames that name the cell and line a snippet came from instead of
 * JShell's snippet ids.
 */
final class Diagnostics {
    /** Where a snippet came from: a cell and the cell line its first line is on. */
    private record Origin(String cell, int firstLine) {}

    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    /** A new session: its snippet ids start again. */
    void clear() {
        origins.clear();
    }

    /** Snippet {@code s} is the code of {@code cell} from line {@code firstLine} on. */
    void record(Snippet s, String cell, int firstLine) {
        origins.put(s.id(), new Origin(cell, firstLine));
    }

    /** JShell rejected {@code snippet}, which starts at {@code start} in the cell's {@code source}. */
    CellResult compileError(JShell js, Snippet s, String snippet, int start, String source, String output) {
        List<CellResult.Problem> problems = new ArrayList<>();
        for (Diag d : js.diagnostics(s).toList()) {
            if (!d.isError()) {
                continue;
            }
            long pos = d.getPosition() < 0 ? 0 : d.getPosition();
            int at = start + (int) Math.min(pos, Math.max(0, snippet.length() - 1));
            int[] lc = CellSource.lineColumn(source, Math.min(at, source.length()));
            problems.add(new CellResult.Problem(
                    lc[0], lc[1], d.getMessage(Locale.ROOT).replace('\n', ' ')));
        }
        if (problems.isEmpty()) {
            int[] lc = CellSource.lineColumn(source, start);
            problems.add(new CellResult.Problem(lc[0], lc[1], "JShell rejected this code"));
        }
        return new CellResult.CompileError(output, problems);
    }

    /** The class the cell's exception was (as the session named it), or a phrase for an unresolved reference. */
    static String className(Exception e) {
        if (e instanceof UnresolvedReferenceException) {
            return "unresolved reference";
        }
        return e instanceof EvalException ee
                ? ee.getExceptionClassName()
                : e.getClass().getName();
    }

    /** The cell threw {@code e}: its class, message and frames, with its causes below. */
    CellResult.Failure failure(Exception e, String output) {
        String message = e instanceof UnresolvedReferenceException ure
                ? ure.getSnippet() + " uses something that is not defined"
                : e.getMessage();
        List<String> frames = frames(e.getStackTrace());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            String cc = cause instanceof EvalException ee
                    ? ee.getExceptionClassName()
                    : cause.getClass().getName();
            frames.add("caused by " + cc + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            frames.addAll(frames(cause.getStackTrace()));
        }
        return new CellResult.Failure(output, className(e), message, frames);
    }

    /** The frames down to the last one in a cell; JShell's own machinery below it is dropped. */
    private List<String> frames(StackTraceElement[] trace) {
        int last = -1;
        for (int i = 0; i < trace.length; i++) {
            if (isCell(trace[i])) {
                last = i;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            StackTraceElement f = trace[i];
            if (isCell(f)) {
                Origin o = origins.get(f.getFileName().substring(1));
                String method = f.getMethodName().isEmpty() ? "" : f.getMethodName() + " ";
                String where = o == null ? "a cell" : o.cell() + ", line " + (o.firstLine() + f.getLineNumber() - 1);
                out.add("at " + method + "(" + where + ")");
            } else if (i == 0 || f.getClassName().startsWith("bachprop.")) {
                out.add("at " + f);
            }
        }
        return out;
    }

    private static boolean isCell(StackTraceElement f) {
        return f.getFileName() != null && f.getFileName().startsWith("#");
    }

    @Override
    public String toString() {
        return "Diagnostics(" + origins.size() + " snippets placed)";
    }
}
