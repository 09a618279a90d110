package bachprop.jshell;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * Runs code cells in one JShell session, in order, the way a notebook does. The session runs in a
 * separate JVM (JShell's default engine), so a cell that loops forever, calls {@code System.exit}
 * or runs out of memory can only end that JVM, never the caller. The project's classes are on the
 * session's classpath.
 *
 * <p>{@link #evaluate} blocks until the cell ends, is stopped ({@link #stop}, from any thread),
 * or passes its deadline; a stopped cell returns within 2 s, killing and restarting the session
 * if the stop alone did not end it.
 */
public final class CellEvaluator implements AutoCloseable {
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    /** How long after a stop we wait for the cell before killing its session. */
    static final Duration STOP_GRACE = Duration.ofMillis(1200);

    private final SessionLauncher launcher;
    private volatile Duration deadline;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jshell-eval");
        t.setDaemon(true);
        return t;
    });
    private final Capture capture = new Capture();
    private final Diagnostics diagnostics = new Diagnostics();
    private final Object lock = new Object();

    private volatile JShell shell;
    /** The session's JVM (null before it starts, or when it did not report its pid). */
    private volatile ProcessHandle jvm;
    /** True once the running session has evaluated something (it is warm). */
    private volatile boolean warm;

    private volatile String deathReason;
    private volatile boolean stopRequested;
    private volatile boolean closed;
    private volatile BooleanSupplier cancelled = () -> false;

    /**
     * @param classpath entries added to the session's classpath
     * @param deadline  how long one cell may run
     */
    public CellEvaluator(List<String> classpath, Duration deadline) {
        this.launcher = new SessionLauncher(classpath);
        this.deadline = deadline;
    }

    /** An evaluator with the project's classes ({@code target/classes} + its runtime classpath). */
    public static CellEvaluator forProject() {
        return new CellEvaluator(projectClasspath(), DEFAULT_DEADLINE);
    }

    /** {@code target/classes} and the entries of {@code target/runtime.classpath} (written by the build). */
    public static List<String> projectClasspath() {
        return SessionLauncher.projectClasspath();
    }

    public Duration deadline() {
        return deadline;
    }

    public void setDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    /** Launches the session's JVM now without compiling anything (the first eval warms the compiler). */
    public void startSession() {
        synchronized (lock) {
            if (!closed) {
                long t0 = System.nanoTime();
                session();
                SessionTrace.took("session started", t0);
            }
        }
    }

    /** Starts the session now (takes 1–2 s) so that the first cell does not wait for it. */
    public void warmUp() {
        synchronized (lock) {
            if (closed || shell != null && warm) {
                return; // closed, or already started and used: nothing to gain
            }
            long t0 = System.nanoTime();
            JShell js = session();
            SessionTrace.took("session built", t0);
            long t1 = System.nanoTime();
            js.eval("0;");
            SessionTrace.took("warm-up eval", t1);
            capture.take();
            warm = true;
        }
    }

    /** With {@code -Dbachprop.jshell.trace=true}: prints when {@code event} happened (the window's side of the trace). */
    public static void traceEvent(String event) {
        SessionTrace.event(event);
    }

    /** The text the running cell has printed so far (for live progress). */
    public String outputSoFar() {
        return capture.peek();
    }

    /**
     * Asks the running cell to stop; safe from any thread; does nothing when no cell runs. The
     * evaluating thread notices within 50 ms and calls {@code JShell.stop()} exactly once: a
     * second stop while the agent is unwinding from the first can kill the session's JVM.
     */
    public void stop() {
        stopRequested = true;
    }

    /** The session JVM's pid, if it runs and reported it. */
    OptionalLong sessionPid() {
        ProcessHandle j = jvm;
        return j == null ? OptionalLong.empty() : OptionalLong.of(j.pid());
    }

    /** Ends the session and starts a fresh one: every earlier definition is gone (blocks 1–2 s). */
    public void restart() {
        stop();
        synchronized (lock) {
            kill();
            session();
        }
    }

    /**
     * Runs one cell.
     *
     * @param cell   how messages name it, e.g. {@code cell 3}
     * @param source the cell's code: statements, declarations, and expressions separated as in Java
     */
    public CellResult evaluate(String cell, String source) {
        return evaluate(cell, source, () -> false);
    }

    /**
     * Runs one cell unless {@code cancelled} says otherwise; {@code cancelled} is also polled while
     * the cell runs, so a stop that races with the cell's start is not lost.
     */
    public CellResult evaluate(String cell, String source, BooleanSupplier cancelled) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this evaluator is closed");
            }
            SessionTrace.took(cell + " got the session lock", System.nanoTime());
            stopRequested = false;
            this.cancelled = cancelled;
            capture.take();
            JShell js = session(); // starting a session does not count against the deadline
            long end = System.nanoTime() + deadline.toNanos();
            SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
            String remaining = source;
            int offset = 0;
            String value = null;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    break;
                }
                int consumed = remaining.length() - info.remaining().length();
                String chunk = remaining.substring(0, Math.max(0, consumed));
                int start = offset + CellSource.leadingSpace(chunk);
                if (info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE
                        || info.completeness() == SourceCodeAnalysis.Completeness.CONSIDERED_INCOMPLETE) {
                    int[] lc =
                            CellSource.lineColumn(source, source.stripTrailing().length());
                    return new CellResult.CompileError(
                            capture.take(),
                            List.of(new CellResult.Problem(
                                    lc[0],
                                    lc[1],
                                    "the cell ends in the middle of a statement (a missing ';', '}' or ')'?)")));
                }
                String snippet = info.source() == null ? chunk : info.source();
                // Diagnostic positions count from the snippet's own first character (leading newlines included).
                int diagBase = Math.max(0, start - CellSource.leadingSpace(snippet));
                long ts = System.nanoTime();
                Step step = run(js, cell, snippet, CellSource.lineColumn(source, start)[0], diagBase, source, end);
                SessionTrace.took(
                        cell + " snippet " + snippet.strip().lines().findFirst().orElse(""), ts);
                if (step.result != null) {
                    return step.result;
                }
                // As in notebooks, an expression ending in ';' is a statement: its value is not shown.
                value = CellSource.endsWithSemicolon(chunk) ? null : step.value;
                offset += consumed;
                remaining = info.remaining();
            }
            warm = true;
            return new CellResult.Success(capture.take(), value);
        }
    }

    /** The outcome of one snippet: either a final result for the cell, or its value so far. */
    private record Step(CellResult result, String value) {}

    private Step run(JShell js, String cell, String snippet, int firstLine, int start, String source, long end) {
        Future<List<SnippetEvent>> future = runner.submit(() -> js.eval(snippet));
        boolean timedOut = false;
        List<SnippetEvent> events;
        try {
            events = await(js, future, end);
            if (events == null) {
                timedOut = !stopRequested;
                // Stopped or past the deadline: JShell.stop() usually ends the cell at once. (Calling
                // it again while the agent is returning can kill the agent: once only.)
                js.stop();
                try {
                    events = future.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    events = null;
                }
                if (events == null) {
                    kill(); // the cell ignored the stop (e.g. it catches ThreadDeath): end its JVM
                    String out = capture.take();
                    return new Step(
                            timedOut ? new CellResult.Timeout(out, deadline, true) : new CellResult.Stopped(out, true),
                            null);
                }
                SessionProcesses.endDescendants(jvm); // a stopped cell's processes end with it
                String out = capture.take();
                if (deathReason != null) {
                    return new Step(died(out), null);
                }
                return new Step(
                        timedOut ? new CellResult.Timeout(out, deadline, false) : new CellResult.Stopped(out, false),
                        null);
            }
        } catch (ExecutionException e) {
            if (deathReason != null
                    || e.getCause() instanceof IllegalStateException
                    || e.getCause() instanceof CancellationException) {
                return new Step(died(capture.take()), null);
            }
            throw new IllegalStateException("JShell failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return new Step(new CellResult.Stopped(capture.take(), false), null);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        if (deathReason != null) {
            return new Step(died(capture.take()), null);
        }
        String value = null;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a knock-on update of an earlier snippet
            }
            Snippet s = event.snippet();
            diagnostics.record(s, cell, firstLine);
            if (event.status() == Snippet.Status.REJECTED) {
                return new Step(diagnostics.compileError(js, s, snippet, start, source, capture.take()), null);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String missing =
                        js.unresolvedDependencies((DeclarationSnippet) s).collect(Collectors.joining(", "));
                int[] lc = CellSource.lineColumn(source, start);
                return new Step(
                        new CellResult.CompileError(
                                capture.take(),
                                List.of(new CellResult.Problem(lc[0], lc[1], "cannot find symbol: " + missing))),
                        null);
            }
            if (event.exception() != null) {
                return new Step(failure(event.exception()), null);
            }
            if (s instanceof ExpressionSnippet
                    || s instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                String type = s instanceof VarSnippet v ? v.typeName() : ((ExpressionSnippet) s).typeName();
                if (!"void".equals(type)) {
                    value = event.value();
                }
            }
        }
        return new Step(null, value);
    }

    /** Waits for the snippet; null when it was stopped or passed the deadline. */
    private List<SnippetEvent> await(JShell js, Future<List<SnippetEvent>> future, long end)
            throws ExecutionException, InterruptedException, TimeoutException {
        while (true) {
            if (stopRequested || cancelled.getAsBoolean()) {
                stopRequested = true;
                return null;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                return future.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 50), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (deathReason != null && !future.isDone()) {
                    return future.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private CellResult failure(Exception e) {
        if (Diagnostics.className(e).equals("java.lang.OutOfMemoryError")) {
            // The session's heap is in an unknown state: end it, as if the JVM had died.
            deathReason = "the cell ran out of memory (" + e.getMessage() + ")";
            return died(capture.take());
        }
        return diagnostics.failure(e, capture.take());
    }

    /** Ends the dead session; the next cell (or {@link #warmUp}) starts a fresh one. */
    private CellResult died(String output) {
        String reason = deathReason == null ? "the Java session stopped" : deathReason;
        kill();
        return new CellResult.SessionDied(output, reason);
    }

    private JShell session() {
        JShell s = shell;
        if (s != null) {
            return s;
        }
        deathReason = null;
        warm = false;
        diagnostics.clear();
        SessionLauncher.Session launched = launcher.launch(new PrintStream(capture, true, StandardCharsets.UTF_8));
        JShell created = launched.shell();
        created.onShutdown(j -> {
            if (j == shell && !closed) {
                deathReason = "the cell ended the Java session (System.exit or a crash)";
            }
        });
        shell = created;
        jvm = launched.jvm();
        return created;
    }

    /** Ends the session: its JVM (so the threads its cells started), the processes below it, then the shell. */
    private void kill() {
        JShell s = shell;
        shell = null;
        SessionProcesses.end(jvm);
        jvm = null;
        SessionLauncher.close(s);
    }

    @Override
    public void close() {
        closed = true;
        stop();
        synchronized (lock) {
            kill();
        }
        runner.shutdownNow();
    }

    @Override
    public String toString() {
        return "CellEvaluator("
                + (closed ? "closed" : shell == null ? "no session yet" : warm ? "warm session" : "cold session")
                + ", deadline " + deadline.toSeconds() + " s)";
    }
}
