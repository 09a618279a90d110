package bachprop.jshell;

import bachprop.util.Paths2;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
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

    private final List<String> classpath;
    private final List<String> remoteOptions;
    private volatile Duration deadline;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jshell-eval");
        t.setDaemon(true);
        return t;
    });
    private final Capture capture = new Capture();
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    private volatile JShell shell;
    /** True once the running session has evaluated something (it is warm). */
    private volatile boolean warm;
    private volatile String deathReason;
    private volatile boolean stopRequested;
    private volatile boolean closed;
    private volatile java.util.function.BooleanSupplier cancelled = () -> false;

    /** Where a snippet came from: a cell and the cell line its first line is on. */
    private record Origin(String cell, int firstLine) {
    }

    /**
     * @param classpath entries added to the session's classpath
     * @param deadline  how long one cell may run
     */
    public CellEvaluator(List<String> classpath, Duration deadline) {
        this.classpath = List.copyOf(classpath);
        this.deadline = deadline;
        this.remoteOptions = List.of("-Xmx" + System.getProperty("bachprop.jshell.xmx", "1g"),
                "-Djava.awt.headless=true", "-Dbachprop.home=" + Paths2.home(),
                "--add-modules", "jdk.incubator.vector"); // the fast training path (bachprop.nn.fast) needs it in cells too
    }

    /** An evaluator with the project's classes ({@code target/classes} + its runtime classpath). */
    public static CellEvaluator forProject() {
        return new CellEvaluator(projectClasspath(), DEFAULT_DEADLINE);
    }

    /** {@code target/classes} and the entries of {@code target/runtime.classpath} (written by the build). */
    public static List<String> projectClasspath() {
        Path target = Paths2.home().resolve("target");
        List<String> cp = new ArrayList<>();
        if (Files.isDirectory(target.resolve("classes"))) {
            cp.add(target.resolve("classes").toString());
        }
        Path runtime = target.resolve("runtime.classpath");
        if (Files.isRegularFile(runtime)) {
            try {
                for (String entry : Files.readString(runtime).strip().split(File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        cp.add(entry);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + runtime + ": " + e.getMessage(), e);
            }
        }
        return cp;
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
                trace("session started", t0);
            }
        }
    }

    /** Starts the session now (takes 1–2 s) so that the first cell does not wait for it. */
    public void warmUp() {
        synchronized (lock) {
            if (shell != null && warm) {
                return; // already started and used: nothing to gain
            }
            long t0 = System.nanoTime();
            JShell js = session();
            trace("session built", t0);
            long t1 = System.nanoTime();
            js.eval("0;");
            trace("warm-up eval", t1);
            capture.take();
            warm = true;
        }
    }

    private static final boolean TRACE = Boolean.getBoolean("bachprop.jshell.trace");

    private static void trace(String what, long since) {
        if (TRACE) {
            System.err.printf("[jshell-trace] %s: %.0f ms (ends %.3f s after JVM start, thread %s)%n", what,
                    (System.nanoTime() - since) / 1e6, secondsSinceJvmStart(), Thread.currentThread().getName());
        }
    }

    /** With {@code -Dbachprop.jshell.trace=true}: prints when {@code event} happened (the window's side of the trace). */
    public static void traceEvent(String event) {
        if (TRACE) {
            System.err.printf("[jshell-trace] %s %.3f s after JVM start%n", event, secondsSinceJvmStart());
        }
    }

    private static double secondsSinceJvmStart() {
        return (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
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
    public CellResult evaluate(String cell, String source, java.util.function.BooleanSupplier cancelled) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this evaluator is closed");
            }
            trace(cell + " got the session lock", System.nanoTime());
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
                int start = offset + leadingSpace(chunk);
                if (info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE
                        || info.completeness() == SourceCodeAnalysis.Completeness.CONSIDERED_INCOMPLETE) {
                    int[] lc = lineColumn(source, source.stripTrailing().length());
                    return new CellResult.CompileError(capture.take(), List.of(new CellResult.Problem(lc[0], lc[1],
                            "the cell ends in the middle of a statement (a missing ';', '}' or ')'?)")));
                }
                String snippet = info.source() == null ? chunk : info.source();
                // Diagnostic positions count from the snippet's own first character (leading newlines included).
                int diagBase = Math.max(0, start - leadingSpace(snippet));
                long ts = System.nanoTime();
                Step step = run(js, cell, snippet, lineColumn(source, start)[0], diagBase, source, end);
                trace(cell + " snippet " + snippet.strip().lines().findFirst().orElse(""), ts);
                if (step.result != null) {
                    return step.result;
                }
                // As in notebooks, an expression ending in ';' is a statement: its value is not shown.
                value = endsWithSemicolon(chunk) ? null : step.value;
                offset += consumed;
                remaining = info.remaining();
            }
            warm = true;
            return new CellResult.Success(capture.take(), value);
        }
    }

    /** The outcome of one snippet: either a final result for the cell, or its value so far. */
    private record Step(CellResult result, String value) {
    }

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
                    return new Step(timedOut ? new CellResult.Timeout(out, deadline, true) : new CellResult.Stopped(out, true), null);
                }
                String out = capture.take();
                if (deathReason != null) {
                    return new Step(died(out), null);
                }
                return new Step(timedOut ? new CellResult.Timeout(out, deadline, false) : new CellResult.Stopped(out, false), null);
            }
        } catch (ExecutionException e) {
            if (deathReason != null || e.getCause() instanceof IllegalStateException
                    || e.getCause() instanceof java.util.concurrent.CancellationException) {
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
            origins.put(s.id(), new Origin(cell, firstLine));
            if (event.status() == Snippet.Status.REJECTED) {
                return new Step(compileError(js, s, snippet, start, source), null);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String missing = js.unresolvedDependencies((DeclarationSnippet) s).collect(Collectors.joining(", "));
                int[] lc = lineColumn(source, start);
                return new Step(new CellResult.CompileError(capture.take(), List.of(new CellResult.Problem(lc[0], lc[1],
                        "cannot find symbol: " + missing))), null);
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

    private CellResult compileError(JShell js, Snippet s, String snippet, int start, String source) {
        List<CellResult.Problem> problems = new ArrayList<>();
        List<Diag> diags = js.diagnostics(s).collect(Collectors.toList());
        for (Diag d : diags) {
            if (!d.isError()) {
                continue;
            }
            long pos = d.getPosition() < 0 ? 0 : d.getPosition();
            int at = start + (int) Math.min(pos, Math.max(0, snippet.length() - 1));
            int[] lc = lineColumn(source, Math.min(at, source.length()));
            problems.add(new CellResult.Problem(lc[0], lc[1], d.getMessage(Locale.ROOT).replace('\n', ' ')));
        }
        if (problems.isEmpty()) {
            int[] lc = lineColumn(source, start);
            problems.add(new CellResult.Problem(lc[0], lc[1], "JShell rejected this code"));
        }
        return new CellResult.CompileError(capture.take(), problems);
    }

    private CellResult failure(Exception e) {
        String cls = e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass().getName();
        String message = e.getMessage();
        if (e instanceof UnresolvedReferenceException ure) {
            cls = "unresolved reference";
            message = ure.getSnippet() + " uses something that is not defined";
        }
        if (cls != null && cls.equals("java.lang.OutOfMemoryError")) {
            // The session's heap is in an unknown state: end it, as if the JVM had died.
            deathReason = "the cell ran out of memory (" + message + ")";
            return died(capture.take());
        }
        List<String> frames = frames(e.getStackTrace());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            String cc = cause instanceof EvalException ee ? ee.getExceptionClassName() : cause.getClass().getName();
            frames.add("caused by " + cc + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            frames.addAll(frames(cause.getStackTrace()));
        }
        return new CellResult.Failure(capture.take(), cls, message, frames);
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
        origins.clear();
        PrintStream ps = new PrintStream(capture, true, StandardCharsets.UTF_8);
        List<String> vm = new ArrayList<>(remoteOptions);
        String extra = System.getProperty("bachprop.jshell.vmopts", "");
        if (!extra.isBlank()) {
            vm.addAll(List.of(extra.trim().split("[\\s,]+")));
        }
        // One --class-path at launch instead of addToClasspath per entry: each of those is a round trip
        // and a compiler reset (20 entries took ~2 s of the session's start).
        boolean cpAtLaunch = !Boolean.getBoolean("bachprop.jshell.cpPerEntry");
        String joined = String.join(File.pathSeparator, classpath);
        JShell.Builder b = JShell.builder().out(ps).err(ps);
        if (cpAtLaunch && !classpath.isEmpty()) {
            vm.add("--class-path");
            vm.add(joined);
            b.compilerOptions("--class-path", joined);
        }
        long tb = System.nanoTime();
        JShell created = b.remoteVMOptions(vm.toArray(String[]::new)).build();
        trace("JShell.build()", tb);
        created.onShutdown(j -> {
            if (j == shell && !closed) {
                deathReason = "the cell ended the Java session (System.exit or a crash)";
            }
        });
        long tc = System.nanoTime();
        if (!cpAtLaunch) {
            for (String entry : classpath) {
                created.addToClasspath(entry);
            }
        }
        trace("classpath added", tc);
        shell = created;
        return created;
    }

    private void kill() {
        JShell s = shell;
        shell = null;
        if (s != null) {
            Thread closer = new Thread(() -> {
                try {
                    s.close();
                } catch (RuntimeException ignored) {
                    // the JVM is already gone
                }
            }, "jshell-close");
            closer.setDaemon(true);
            closer.start();
            try {
                closer.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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

    private static boolean endsWithSemicolon(String chunk) {
        String code = chunk.replaceAll("(?m)//.*$", "").strip();
        return code.endsWith(";");
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** 1-based line and column of {@code offset} in {@code text}. */
    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Collects what the session prints; safe across threads. */
    private static final class Capture extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String take() {
            String s = bytes.toString(StandardCharsets.UTF_8);
            bytes.reset();
            return s;
        }

        synchronized String peek() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
