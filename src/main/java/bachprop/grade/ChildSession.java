package bachprop.grade;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs compiled exercises' tests in a child JVM ({@link TestRunnerMain}) with hard deadlines.
 * A test that runs past {@code perTest} is marked timed out, the child is killed and a new one
 * grades the remaining tests; a child that ends early ({@code System.exit}, out of memory) has
 * the test it was running marked crashed, and the rest is graded by a new child. Past
 * {@code overall}, every test not yet graded is marked timed out.
 */
public final class ChildSession {
    /** One compiled exercise variant to run: its id, its compiled main and test classes. */
    public record Run(String id, Path mainClasses, Path testClasses) {}

    public enum Status {
        PASS,
        FAIL,
        TIMEOUT,
        CRASH
    }

    /**
     * The outcome of one test. {@code task} is the number from its {@code task:N} tag, or 0;
     * {@code error} marks a test that ended on an exception other than a failed assertion (or timed
     * out, or crashed); {@code output} is the start of what it printed, {@code nanos} how long it ran.
     */
    public record TestOutcome(
            String id, String name, int task, Status status, String message, boolean error, String output, long nanos) {
        public TestOutcome(String id, String name, int task, Status status, String message) {
            this(id, name, task, status, message, status == Status.TIMEOUT || status == Status.CRASH, "", 0);
        }
    }

    /** Everything one run produced: its tests in plan order, and notes (crashes, load errors). */
    public static final class RunResult {
        public final Map<String, TestOutcome> tests = new LinkedHashMap<>();
        public final List<String> notes = new ArrayList<>();
        final Map<String, String[]> plan = new LinkedHashMap<>(); // id → {tags, name}
        boolean complete;
    }

    private static final int MAX_CHILDREN_PER_RUN = 6;

    private final Duration perTest;
    private final Duration overall;
    private final String heap;

    public ChildSession(Duration perTest, Duration overall) {
        this(perTest, overall, "256m");
    }

    public ChildSession(Duration perTest, Duration overall, String heap) {
        this.perTest = perTest;
        this.overall = overall;
        this.heap = heap;
    }

    /** Runs every run's tests; returns the results by run id, in the order given. */
    public Map<String, RunResult> runAll(List<Run> runs, Path workDir) throws IOException, InterruptedException {
        Map<String, RunResult> results = new LinkedHashMap<>();
        for (Run r : runs) {
            results.put(r.id(), new RunResult());
        }
        long deadline = System.nanoTime() + overall.toNanos();
        int children = 0;
        while (true) {
            List<Run> todo =
                    runs.stream().filter(r -> !results.get(r.id()).complete).toList();
            if (todo.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                for (Run r : todo) {
                    finishUnfinished(
                            results.get(r.id()),
                            Status.TIMEOUT,
                            "not run: the overall deadline of " + overall.toSeconds() + " s passed");
                }
                break;
            }
            if (children++ > MAX_CHILDREN_PER_RUN * runs.size()) {
                for (Run r : todo) {
                    finishUnfinished(results.get(r.id()), Status.CRASH, "not run: the test JVM kept stopping");
                }
                break;
            }
            oneChild(todo, results, deadline, workDir);
        }
        return results;
    }

    private void oneChild(List<Run> todo, Map<String, RunResult> results, long deadline, Path workDir)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(todo, results, deadline, workDir)).directory(workDir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        BlockingQueue<List<String>> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readEvents(p.getInputStream(), queue), "grader-child-reader");
        reader.setDaemon(true);
        reader.start();

        String run = null;
        String test = null;
        long testStarted = 0;
        boolean exitSeen = false;
        boolean done = false;
        try {
            while (!done) {
                List<String> ev = queue.poll(50, TimeUnit.MILLISECONDS);
                long now = System.nanoTime();
                if (ev == null) {
                    if (test != null && now - testStarted > perTest.toNanos()) {
                        kill(p);
                        record(
                                results.get(run),
                                test,
                                Status.TIMEOUT,
                                "timed out: still running after " + seconds(perTest) + " (an endless loop?)",
                                now - testStarted);
                        return;
                    }
                    if (now > deadline) {
                        kill(p);
                        return; // runAll marks what is left
                    }
                    if (!p.isAlive() && !reader.isAlive() && queue.isEmpty()) {
                        break;
                    }
                    continue;
                }
                switch (ev.get(0)) {
                    case Event.PLAN ->
                        results.get(ev.get(1)).plan.putIfAbsent(ev.get(2), new String[] {ev.get(3), ev.get(4)});
                    case Event.START -> {
                        run = ev.get(1);
                        test = ev.get(2);
                        testStarted = now;
                    }
                    case Event.END -> {
                        recordEnd(results.get(ev.get(1)), ev, now - testStarted);
                        test = null;
                    }
                    case Event.RUNEND -> {
                        RunResult rr = results.get(ev.get(1));
                        finishUnfinished(rr, Status.FAIL, "not run (see the notes)");
                        rr.complete = true;
                    }
                    case Event.NOTE -> results.get(ev.get(1)).notes.add(ev.get(2));
                    case Event.EXIT -> exitSeen = true;
                    case Event.DONE -> done = true;
                    default -> {}
                }
            }
        } finally {
            if (p.isAlive() && !p.waitFor(2, TimeUnit.SECONDS)) {
                kill(p);
            }
            Limits.killGroup(p); // whatever the child may have started ends with it
        }
        if (done) {
            return;
        }
        // The child ended early: System.exit, out of memory, or a crash of the JVM itself.
        int code = p.waitFor();
        String why = exitSeen
                ? "the code called System.exit(" + code + "), which ends the test JVM"
                : code == 3
                        ? "the test JVM ran out of memory (heap limit " + heap + ")"
                        : code == Limits.SIGXCPU_EXIT
                                ? "the test JVM used up its CPU-time cap"
                                : code == Limits.SIGXFSZ_EXIT
                                        ? "the test wrote a file larger than the cap of " + Limits.FILE_CAP / (1 << 20)
                                                + " MB"
                                        : "the test JVM stopped unexpectedly (exit code " + code + ")";
        String where = run != null ? run : todo.get(0).id();
        RunResult rr = results.get(where);
        if (!rr.notes.contains(why)) {
            rr.notes.add(why);
        }
        if (test != null) {
            record(rr, test, Status.CRASH, "crashed: " + why, System.nanoTime() - testStarted);
        } else {
            // Not inside a test (e.g. in a static initialiser): nothing more can be run for this variant.
            finishUnfinished(rr, Status.CRASH, "crashed: " + why);
            rr.complete = true;
        }
    }

    private static void record(RunResult rr, String id, Status status, String message) {
        record(rr, id, status, message, 0);
    }

    private static void record(RunResult rr, String id, Status status, String message, long nanos) {
        String[] plan = rr.plan.getOrDefault(id, new String[] {"", id});
        rr.tests.put(id, new TestOutcome(id, plan[1], taskOf(plan[0]), status, message, true, "", nanos));
    }

    /**
     * END, run, test, pass|fail|error, message[, output, nanos]: a test the child saw end. The
     * duration is the child's own measure when it sent one, else the parent's.
     */
    private static void recordEnd(RunResult rr, List<String> ev, long parentNanos) {
        String id = ev.get(2);
        String[] plan = rr.plan.getOrDefault(id, new String[] {"", id});
        String output = ev.size() > 5 ? ev.get(5) : "";
        long nanos = parentNanos;
        if (ev.size() > 6) {
            try {
                nanos = Math.max(0, Long.parseLong(ev.get(6)));
            } catch (NumberFormatException e) {
                // keep the parent's measure
            }
        }
        Status status = ev.get(3).equals("pass") ? Status.PASS : Status.FAIL;
        rr.tests.put(
                id,
                new TestOutcome(
                        id,
                        plan[1],
                        taskOf(plan[0]),
                        status,
                        ev.get(4),
                        ev.get(3).equals("error"),
                        output,
                        nanos));
    }

    private static void finishUnfinished(RunResult rr, Status status, String message) {
        for (String id : rr.plan.keySet()) {
            if (!rr.tests.containsKey(id)) {
                record(rr, id, status, message);
            }
        }
    }

    /** The N of the first {@code task:N} tag, or 0 when there is none. */
    static int taskOf(String tags) {
        for (String tag : tags.split(",")) {
            if (tag.startsWith("task:")) {
                try {
                    return Integer.parseInt(tag.substring(5).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** The child's command line: resource caps (where the OS has them), the JVM's caps, the sandbox. */
    private List<String> command(List<Run> todo, Map<String, RunResult> results, long deadline, Path workDir) {
        long cpuSeconds = Math.max(30, (deadline - System.nanoTime()) / 1_000_000_000L)
                        * Runtime.getRuntime().availableProcessors()
                + 30;
        List<String> cmd = new ArrayList<>(Limits.prefix(cpuSeconds));
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-XX:MaxDirectMemorySize=32m",
                "-XX:MaxMetaspaceSize=192m",
                "-XX:-UsePerfData",
                "-XX:TieredStopAtLevel=1",
                "-Xss4m",
                "-Djava.awt.headless=true",
                "-Djava.security.manager=allow",
                "-Djava.io.tmpdir=" + workDir.toAbsolutePath(),
                "-cp",
                classpath(),
                TestRunnerMain.class.getName()));
        for (Run r : todo) {
            cmd.addAll(List.of(
                    "--run", r.id(), r.mainClasses().toString(), r.testClasses().toString()));
            for (String done : results.get(r.id()).tests.keySet()) {
                cmd.addAll(List.of("--skip", r.id(), done));
            }
        }
        return cmd;
    }

    private static void readEvents(InputStream in, BlockingQueue<List<String>> queue) {
        try (BoundedLineReader r = new BoundedLineReader(in, BoundedLineReader.MAX_LINE)) {
            String line;
            while ((line = r.readLine()) != null) {
                List<String> ev = Event.decode(line);
                if (ev != null && !ev.isEmpty()) {
                    queue.add(ev);
                }
            }
        } catch (IOException e) {
            // the child was killed; the session notices the process has ended
        }
    }

    private static void kill(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    /** The classes the child JVM and the learner's code compile and run against. */
    public static List<Path> libraries() {
        Set<Path> paths = new LinkedHashSet<>();
        String[] anchors = {
            "bachprop.grade.TestRunnerMain",
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.engine.JupiterTestEngine",
            "org.junit.platform.engine.TestEngine",
            "org.junit.platform.commons.JUnitException",
            "org.junit.platform.launcher.Launcher",
            "org.junit.platform.launcher.core.LauncherFactory",
            "org.opentest4j.AssertionFailedError",
            "org.apiguardian.api.API",
        };
        for (String name : anchors) {
            try {
                Class<?> c = Class.forName(name);
                paths.add(Path.of(
                        c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
                // optional pieces (params, apiguardian) may be absent in some builds
            }
        }
        return new ArrayList<>(paths);
    }

    static String classpath() {
        return String.join(
                File.pathSeparator, libraries().stream().map(Path::toString).toList());
    }
}
