package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile submissions (src/test/resources/hostile/CASE/Calc.java, each the learner file of the
 * fixture's "calc" exercise with task 1 replaced by an attack) are graded together, as one
 * student's exercises folder with one exercise per case, in one grade. Each must be reported
 * failing, crashed or timed out with a message naming what it tried; nothing outside the
 * child's temporary folder may change; no process may remain; a grader given a 160 MB heap
 * grades the output and memory cases.
 */
class HostileSubmissionsTest {
    /** What the grader must report for task 1 of a case, and words its message must contain. */
    record Expect(String result, String words) {}

    static final Map<String, Expect> CASES = new LinkedHashMap<>();

    static {
        CASES.put("forge-fd-out", new Expect("fail", "raw file descriptor"));
        CASES.put("fake-summary-exit", new Expect("fail", "raw file descriptor"));
        CASES.put("halt", new Expect("fail", "ending the test JVM is not allowed"));
        CASES.put("rewrite-progress", new Expect("fail", "writing outside the exercise's temporary folder"));
        CASES.put("delete-outside", new Expect("fail", "the test tried to delete"));
        CASES.put("read-reference", new Expect("fail", ".meta/src/main/java/Calc.java"));
        CASES.put("spawn-process", new Expect("fail", "starting processes is not allowed"));
        CASES.put("threads", new Expect("fail", "more than 64 threads"));
        CASES.put("endless-lines", new Expect("timeout", "timed out"));
        CASES.put("endless-line", new Expect("timeout", "timed out"));
        CASES.put("out-of-memory", new Expect("crash", "ran out of memory"));
        CASES.put("stack-overflow", new Expect("fail", "StackOverflowError"));
        CASES.put("endless-loop", new Expect("timeout", "timed out"));
        CASES.put("reflection", new Expect("fail", "reflection"));
        CASES.put("network", new Expect("fail", "network"));
        CASES.put("set-out-and-properties", new Expect("fail", "system property user.dir"));
        CASES.put("static-initialiser", new Expect("fail", "the test tried to"));
        CASES.put("proc-self-fd", new Expect("fail", "writing outside the exercise's temporary folder"));
        CASES.put("kill-grader", new Expect("fail", "the test tried to manage a process"));
        CASES.put("writes-inside", new Expect("pass", ""));
    }

    static final String MARKER = "bachprop-hostile-" + ProcessHandle.current().pid();
    /** The heap a separate grader JVM is given to grade the output and memory cases (the issue saw 4.5 GB). */
    static final String GRADER_HEAP = "160m";

    @TempDir
    static Path tmp;

    static Path exercises;
    static Path sentinel;
    static Path progress;
    static Map<String, ExerciseReport> reports = new LinkedHashMap<>();
    static Map<String, String> before;
    static Map<String, String> after;
    static long millis;
    static long heapGrowth;

    @BeforeAll
    static void gradeEveryCase() throws Exception {
        exercises = Fixture.write(tmp, Fixture.REFERENCE);
        sentinel = Files.writeString(tmp.resolve("sentinel.txt"), "must not change");
        progress = Files.writeString(tmp.resolve("user/progress.json".replace('/', '-')), "{\"exercises\": {}}\n");
        String only = System.getProperty("hostile.only"); // e.g. -Dhostile.only=halt,threads to time single cases
        if (only != null && !only.isBlank()) {
            CASES.keySet().retainAll(List.of(only.split(",")));
        }
        StringBuilder manifest = new StringBuilder("{\"exercises\": [\n");
        for (String c : CASES.keySet()) {
            Fixture.copyTree(exercises.resolve("calc"), exercises.resolve(c));
            String source = resource(c)
                    .replace("@SLUG@", c)
                    .replace("@EXERCISES@", exercises.toString())
                    .replace("@SENTINEL@", sentinel.toString())
                    .replace("@PROGRESS@", progress.toString())
                    .replace("@MARKER@", MARKER);
            Files.writeString(exercises.resolve(c).resolve("src/main/java/Calc.java"), source);
            manifest.append("  {\"slug\": \"").append(c).append("\", \"chapter\": 1, \"tasks\": 3},\n");
        }
        manifest.append("  {\"slug\": \"twice\", \"chapter\": 2, \"tasks\": 1}\n]}\n");
        Files.writeString(exercises.resolve("manifest.json"), manifest);
        before = fingerprint();
        String copyTo = System.getProperty("hostile.copyTo"); // to time each case alone with ./bachprop grade --dir
        if (copyTo != null) {
            Fixture.copyTree(exercises, Path.of(copyTo));
        }

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long base = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(base);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        Grader grader = new Grader(exercises, Duration.ofSeconds(3), Duration.ofSeconds(60));
        for (ExerciseReport r : grader.grade(grader.exercises(), line -> {})) {
            reports.put(r.exercise().slug(), r);
        }
        millis = (System.nanoTime() - t0) / 1_000_000;
        sampler.interrupt();
        heapGrowth = peak.get() - base;
        after = fingerprint();
        printTable();
    }

    @Test
    void everyCaseIsReportedWithTheResultAndMessageExpected() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Expect> e : CASES.entrySet()) {
            ExerciseReport r = reports.get(e.getKey());
            TaskRow row = e.getKey().equals("static-initialiser")
                    ? r.rows().stream()
                            .filter(x -> !x.passed())
                            .findFirst()
                            .orElse(r.rows().get(0))
                    : r.rows().get(0);
            String said = String.join(" | ", row.details()) + " | " + String.join(" | ", r.notes());
            if (!row.result().equals(e.getValue().result())
                    || !said.contains(e.getValue().words())) {
                wrong.add(e.getKey() + ": " + row.result() + " " + said);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void forgedEventsDoNotTurnStubsIntoPasses() {
        for (String c : present("forge-fd-out", "fake-summary-exit")) {
            List<String> results =
                    reports.get(c).rows().stream().map(TaskRow::result).toList();
            assertEquals(List.of("fail", "fail", "fail"), results, c);
        }
    }

    @Test
    void tasksAfterAnAttackAreStillGradedInTheirOwnRight() {
        for (String c :
                present("halt", "rewrite-progress", "spawn-process", "endless-loop", "out-of-memory", "reflection")) {
            List<TaskRow> rows = reports.get(c).rows();
            assertEquals(
                    "pass", rows.get(1).result(), c + " task 2: " + rows.get(1).details());
            assertEquals(
                    "pass", rows.get(2).result(), c + " task 3: " + rows.get(2).details());
        }
        assertTrue(reports.get("twice").passed(), "the bystander exercise still passes");
        for (String c : present("writes-inside")) {
            assertTrue(
                    reports.get(c).passed(),
                    "writing in its own temporary folder is allowed: "
                            + reports.get(c).rows());
        }
    }

    @Test
    void nothingOutsideTheTemporaryFolderChanged() {
        assertEquals(before, after, "the exercises, the sentinel or the progress file changed");
    }

    @Test
    void noProcessOutlivesTheGrade() throws Exception {
        Process pgrep = new ProcessBuilder("pgrep", "-f", MARKER)
                .redirectErrorStream(true)
                .start();
        String found = new String(pgrep.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        pgrep.waitFor(10, TimeUnit.SECONDS);
        assertEquals("", found, "processes carrying the marker remain");
        List<String> children = ProcessHandle.current()
                .descendants()
                .map(h -> h.info().commandLine().orElse(""))
                .filter(cmd -> cmd.contains("TestRunnerMain") || cmd.contains("sleep"))
                .toList();
        assertEquals(List.of(), children, "the grade left processes behind");
    }

    @Test
    void aGraderWithASmallHeapGradesTheOutputAndMemoryCases() throws Exception {
        List<String> cases = present("endless-line", "endless-lines", "forge-fd-out", "out-of-memory");
        if (cases.isEmpty()) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + GRADER_HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                "bachprop.cli.Main",
                "grade",
                "--dir",
                exercises.toString(),
                "--timeout",
                "3",
                "--progress",
                tmp.resolve("small-heap-progress.json").toString()));
        cmd.addAll(cases);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(1, p.exitValue(), "graded, with failures (not ended by running out of memory):\n" + out);
        assertTrue(out.contains("Complete: 0 of " + cases.size()), out);
    }

    @Test
    void anEndlessLineWithoutNewlineIsCutToTheCap() throws IOException {
        InputStream endless = new InputStream() {
            private long left = 50L << 20;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        try (BoundedLineReader r = new BoundedLineReader(endless, BoundedLineReader.MAX_LINE)) {
            assertEquals(BoundedLineReader.MAX_LINE, r.readLine().length());
            assertEquals(null, r.readLine());
        }
        try (BoundedLineReader r = new BoundedLineReader(new ByteArrayInputStream("a\nb".getBytes()), 10)) {
            assertEquals("a", r.readLine());
            assertEquals("b", r.readLine());
            assertEquals(null, r.readLine());
        }
    }

    @Test
    void endlessOutputIsSaidToBeCut() {
        for (String c : present("endless-lines", "endless-line")) {
            assertTrue(
                    String.join(" ", reports.get(c).notes()).contains("the output beyond the cap was cut"),
                    c + ": " + reports.get(c).notes());
        }
        for (String c : present("halt")) {
            assertFalse(String.join(" ", reports.get(c).notes()).contains("cut"));
        }
    }

    /** The named cases that this run grades (all, unless -Dhostile.only names some). */
    static List<String> present(String... cases) {
        return List.of(cases).stream().filter(CASES::containsKey).toList();
    }

    static Map<String, String> fingerprint() throws IOException {
        Map<String, String> all = new LinkedHashMap<>(Fixture.fingerprint(exercises));
        all.put("sentinel", Files.readString(sentinel) + Files.getLastModifiedTime(sentinel));
        all.put("progress", Files.readString(progress) + Files.getLastModifiedTime(progress));
        return all;
    }

    static String resource(String c) throws IOException {
        try (InputStream in = HostileSubmissionsTest.class.getResourceAsStream("/hostile/" + c + "/Calc.java")) {
            if (in == null) {
                throw new IOException("no resource hostile/" + c + "/Calc.java");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The table of the report: case, result of task 1, what the grader said. */
    static void printTable() {
        System.out.printf(
                "hostile suite: %d cases graded in %.1f s; grader heap grew by %d MB (sampled, garbage included)%n",
                CASES.size(), millis / 1000.0, heapGrowth / (1 << 20));
        for (String c : CASES.keySet()) {
            ExerciseReport r = reports.get(c);
            TaskRow row = r.rows().get(0);
            String said = row.details().isEmpty()
                    ? String.join("; ", r.notes())
                    : row.details().get(0);
            System.out.printf("  %-24s %-8s %s%n", c, row.result(), said.replaceAll("\\s+", " "));
            r.rows().stream()
                    .skip(1)
                    .forEach(x -> System.out.printf(
                            "  %-24s   task %d %s %s%n",
                            "",
                            x.task(),
                            x.result(),
                            x.details().isEmpty() ? "" : x.details().get(0).replaceAll("\\s+", " ")));
        }
    }
}
