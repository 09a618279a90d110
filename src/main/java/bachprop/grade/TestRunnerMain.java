package bachprop.grade;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM of the grader: runs the JUnit tests of one or more compiled exercises ("runs"),
 * each in its own class loader, and reports every test on standard output as one event line
 * ({@link Event}). The parent ({@link ChildSession}) holds the deadlines and kills this JVM when
 * a test runs too long. Before any learner class loads, the {@link Sandbox} is installed: learner
 * code cannot reach the event stream, and a forbidden action fails the test it happened in.
 * Learner output goes to {@link CappedOutput} (counted, never kept).
 *
 * <p>Arguments: {@code --run ID MAIN_DIR TEST_DIR} (repeated) and {@code --skip ID UNIQUE_ID}
 * (tests already graded by an earlier child of the same session).
 */
public final class TestRunnerMain {
    private static volatile String currentRun = "";
    private static volatile String currentTest = "";
    private static volatile boolean finished;
    private static boolean started;
    private static PrintStream events;
    private static final CappedOutput OUTPUT = new CappedOutput(
            CappedOutput.CAP,
            () -> emit(
                    Event.NOTE,
                    currentRun,
                    "a test printed more than " + CappedOutput.CAP / (1 << 20)
                            + " MB: the output beyond the cap was cut"));

    /** A learner's exception message longer than this is cut before it is sent. */
    static final int MAX_FIELD = 4000;
    /** The start of each test's output that is kept and sent with its end (the reports show 500 characters). */
    static final int KEPT_OUTPUT = 2000;

    private static final KeptOutput KEPT = new KeptOutput(KEPT_OUTPUT);
    private static volatile long testStarted;

    private TestRunnerMain() {}

    public static void main(String[] args) throws Exception {
        synchronized (TestRunnerMain.class) {
            if (started) {
                throw new IllegalStateException("the test runner runs once per JVM");
            }
            started = true;
        }
        events = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // The learner's own printing must not mix with the event lines.
        PrintStream learnerOut = new PrintStream(KEPT, true, StandardCharsets.UTF_8);
        System.setOut(learnerOut);
        System.setErr(learnerOut);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished) {
                emit(Event.EXIT, currentRun, currentTest);
            }
        }));

        List<String[]> runs = new ArrayList<>();
        Set<String> skip = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--run")) {
                runs.add(new String[] {args[i + 1], args[i + 2], args[i + 3]});
                i += 3;
            } else if (args[i].equals("--skip")) {
                skip.add(args[i + 1] + "\u0000" + args[i + 2]);
                i += 2;
            }
        }
        Launcher launcher = LauncherFactory.create();
        try {
            Sandbox.install(Path.of(System.getProperty("user.dir")));
        } catch (UnsupportedOperationException | SecurityException e) {
            for (String[] run : runs) {
                emit(
                        Event.NOTE,
                        run[0],
                        "not graded: this Java runtime (" + Runtime.version()
                                + ") cannot sandbox learner code; the grader needs Java 17 to 23 (" + e.getMessage()
                                + ")");
                emit(Event.RUNEND, run[0]);
            }
            runs.clear();
        }
        for (String[] run : runs) {
            runOne(launcher, run[0], Path.of(run[1]), Path.of(run[2]), skip);
        }
        finished = true;
        emit(Event.DONE);
        events.flush();
        Runtime.getRuntime().halt(0); // a learner's stray non-daemon thread must not keep this JVM alive
    }

    private static void runOne(Launcher launcher, String runId, Path mainDir, Path testDir, Set<String> skip)
            throws IOException {
        currentRun = runId;
        currentTest = "";
        URL[] urls = {mainDir.toUri().toURL(), testDir.toUri().toURL()};
        try (Sandbox.LearnerLoader loader =
                new Sandbox.LearnerLoader("exercise-" + runId, urls, TestRunnerMain.class.getClassLoader())) {
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (String name : classNames(testDir)) {
                try {
                    selectors.add(DiscoverySelectors.selectClass(loader.loadClass(name)));
                } catch (ClassNotFoundException | LinkageError e) {
                    emit(Event.NOTE, runId, "could not load test class " + name + ": " + e);
                }
            }
            Thread.currentThread().setContextClassLoader(loader);
            PostDiscoveryFilter notYetGraded =
                    d -> skip.contains(runId + "\u0000" + d.getUniqueId().toString())
                            ? FilterResult.excluded("graded by an earlier child")
                            : FilterResult.included("to grade");
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .filters(notYetGraded)
                    .build();
            launcher.execute(request, new Listener(runId));
        } finally {
            Thread.currentThread().setContextClassLoader(TestRunnerMain.class.getClassLoader());
        }
        emit(Event.RUNEND, runId);
    }

    private static List<String> classNames(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".class")
                            && !p.getFileName().toString().contains("$"))
                    .sorted()
                    .forEach(p -> {
                        String rel = dir.relativize(p).toString();
                        names.add(rel.substring(0, rel.length() - ".class".length())
                                .replace(File.separatorChar, '.'));
                    });
        }
        return names;
    }

    private static final class Listener implements TestExecutionListener {
        private final String runId;

        Listener(String runId) {
            this.runId = runId;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            for (TestIdentifier root : plan.getRoots()) {
                for (TestIdentifier t : plan.getDescendants(root)) {
                    if (t.isTest()) {
                        String tags = String.join(
                                ",",
                                t.getTags().stream()
                                        .map(tag -> tag.getName())
                                        .sorted()
                                        .toList());
                        emit(Event.PLAN, runId, t.getUniqueId(), tags, t.getDisplayName());
                    }
                }
            }
        }

        @Override
        public void executionStarted(TestIdentifier t) {
            if (t.isTest()) {
                currentTest = t.getUniqueId();
                Sandbox.takeViolation(); // one left by a stray thread of an earlier test is not this test's
                OUTPUT.reset();
                KEPT.reset();
                testStarted = System.nanoTime();
                emit(Event.START, runId, t.getUniqueId());
            }
        }

        @Override
        public void executionSkipped(TestIdentifier t, String reason) {
            if (t.isTest()) {
                emit(Event.END, runId, t.getUniqueId(), "error", "skipped: " + reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier t, TestExecutionResult result) {
            String message = result.getThrowable().map(TestRunnerMain::describe).orElse("");
            // pass, fail (an assertion did not hold) or error (the test ended on another exception)
            String status = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL
                    ? "pass"
                    : result.getThrowable()
                                    .filter(e -> !(e instanceof AssertionError))
                                    .isPresent()
                            ? "error"
                            : "fail";
            String violation = Sandbox.takeViolation();
            if (violation != null) {
                // Refused even if the learner caught the SecurityException: the attempt fails the test.
                status = "error";
                message = violation;
            }
            if (t.isTest()) {
                currentTest = "";
                long nanos = System.nanoTime() - testStarted;
                emit(Event.END, runId, t.getUniqueId(), status, message, KEPT.text(), Long.toString(nanos));
            } else if (!status.equals("pass")) {
                // A class-level failure (e.g. a static initialiser threw): the grader marks unfinished tests.
                emit(Event.NOTE, runId, t.getDisplayName() + ": " + message);
            }
        }
    }

    /**
     * The learner's output stream: every byte goes on to the {@link CappedOutput} (counted, dropped),
     * and the first {@code keep} bytes of each test are kept to be sent with its end.
     */
    private static final class KeptOutput extends OutputStream {
        private final byte[] kept;
        private int size;

        KeptOutput(int keep) {
            kept = new byte[keep];
        }

        @Override
        public synchronized void write(int b) {
            if (size < kept.length) {
                kept[size++] = (byte) b;
            }
            OUTPUT.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int n = Math.max(0, Math.min(len, kept.length - size));
            System.arraycopy(b, off, kept, size, n);
            size += n;
            OUTPUT.write(b, off, len);
        }

        synchronized void reset() {
            size = 0;
        }

        /** What was kept, decoded leniently (a character cut in half becomes U+FFFD). */
        synchronized String text() {
            return new String(kept, 0, size, StandardCharsets.UTF_8);
        }
    }

    /** The exception as a learner should see it: type, message, and the first frame in their code. */
    static String describe(Throwable e) {
        String type = e.getClass().getName();
        String text = (type.startsWith("org.opentest4j.") || type.startsWith("org.junit."))
                ? String.valueOf(e.getMessage())
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        for (StackTraceElement f : e.getStackTrace()) {
            String cls = f.getClassName();
            if (!cls.startsWith("org.junit")
                    && !cls.startsWith("java.")
                    && !cls.startsWith("jdk.")
                    && !cls.startsWith("bachprop.grade.")
                    && !cls.startsWith("org.opentest4j")
                    && f.getFileName() != null) {
                text += " (at " + f.getFileName() + ":" + f.getLineNumber() + ")";
                break;
            }
        }
        return text;
    }

    private static synchronized void emit(String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].length() > MAX_FIELD) {
                fields[i] = fields[i].substring(0, MAX_FIELD) + "… (cut at " + MAX_FIELD + " characters)";
            }
        }
        events.println(Event.encode(fields));
        events.flush();
    }
}
