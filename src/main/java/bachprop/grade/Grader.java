package bachprop.grade;

import bachprop.grade.ChildSession.RunResult;
import bachprop.grade.ChildSession.Status;
import bachprop.grade.ChildSession.TestOutcome;
import bachprop.util.BadInputException;
import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Grades exercises: compiles a variant of an exercise (the learner's files, or for {@code --check}
 * the reference and each listed mistake), runs its tests in a child JVM, and turns the outcomes
 * into one row per task with the hint to show. The learner's files are only ever read.
 */
public final class Grader {
    /** What every stub method throws: {@code IllegalStateException("Not written yet: …")}. */
    static final String STUB_MESSAGE = "IllegalStateException: Not written yet";
    /** The hint of a task whose methods are all still the stub's: one line, no answers. */
    public static final String NOT_STARTED = "not started";

    static final Pattern MISTAKE_TAG = Pattern.compile("\\[mistake: ([A-Za-z0-9_.-]+)\\]");

    /** One row of the table. {@code result} is pass, fail, timeout or crash. */
    public record TaskRow(String slug, int chapter, int task, String result, String hint, List<String> details) {
        public boolean passed() {
            return result.equals("pass");
        }

        /** How the table shows the result. */
        public String shown() {
            return switch (result) {
                case "timeout" -> "timed out";
                case "crash" -> "crashed";
                default -> result;
            };
        }
    }

    /**
     * An exercise's grade: compiler errors, notes (System.exit, out of memory), one row per task,
     * and each test that ran, in source order (hidden tests last, redacted; see {@link TestResult}).
     */
    public record ExerciseReport(
            Exercise exercise,
            List<String> compileErrors,
            List<String> notes,
            List<TaskRow> rows,
            Map<String, String> recognised,
            List<TestResult> tests) {
        public ExerciseReport(
                Exercise exercise,
                List<String> compileErrors,
                List<String> notes,
                List<TaskRow> rows,
                Map<String, String> recognised) {
            this(exercise, compileErrors, notes, rows, recognised, List.of());
        }

        public boolean passed() {
            return !rows.isEmpty() && rows.stream().allMatch(TaskRow::passed);
        }
    }

    /** Where the hidden test classes are named when compiled (their messages never show it). */
    static final String HIDDEN_PREFIX = ".meta/hidden/";
    /** What a compiler error in a hidden test class shows: nothing of its source. */
    public static final String HIDDEN_COMPILE_ERROR = "a hidden test does not compile against this code";

    /** A variant of an exercise to compile and run: the files of src/main/java and src/test/java. */
    record Variant(String id, Exercise exercise, Map<String, Path> main, Map<String, Path> test, String testsOf) {
        Variant(String id, Exercise exercise, Map<String, Path> main, Map<String, Path> test) {
            this(id, exercise, main, test, null);
        }
    }

    private final Path exercisesDir;
    private final Duration perTest;
    private final Duration perExercise;
    private final boolean includeHidden;
    private final boolean revealHidden;
    private final CompileCache cache;

    /** A grader of the exercises in {@code exercisesDir} that runs only the visible tests (a student's run). */
    public Grader(Path exercisesDir, Duration perTest, Duration perExercise) {
        this(exercisesDir, perTest, perExercise, null, false, false);
    }

    /** As above; identical sources are compiled once and their classes shared through {@code cache} (a class run). */
    public Grader(Path exercisesDir, Duration perTest, Duration perExercise, CompileCache cache) {
        this(exercisesDir, perTest, perExercise, cache, false, false);
    }

    private Grader(
            Path exercisesDir,
            Duration perTest,
            Duration perExercise,
            CompileCache cache,
            boolean includeHidden,
            boolean revealHidden) {
        this.exercisesDir = exercisesDir;
        this.perTest = perTest;
        this.perExercise = perExercise;
        this.cache = cache;
        this.includeHidden = includeHidden;
        this.revealHidden = revealHidden;
    }

    /**
     * This grader, also running the manifest's hidden tests (an instructor's run: a class, a
     * bundle). A hidden test class listed but absent is a {@link BadInputException}.
     */
    public Grader includingHidden(boolean yes) {
        return new Grader(exercisesDir, perTest, perExercise, cache, yes, revealHidden);
    }

    /** This grader, showing hidden tests in full: for {@code --check}, whose reader wrote them. */
    Grader revealingHidden() {
        return new Grader(exercisesDir, perTest, perExercise, cache, includeHidden, true);
    }

    public List<Exercise> exercises() throws IOException {
        return Exercise.readManifest(exercisesDir);
    }

    /** Grades the learner's files of each exercise. */
    public List<ExerciseReport> grade(List<Exercise> exercises, Consumer<String> progress)
            throws IOException, InterruptedException {
        return grade(exercises, exercisesDir, progress);
    }

    /**
     * Grades one submission: each exercise's {@code src/main/java} is read from
     * {@code submission/SLUG/} (a student's folder in the pack's layout; an absent one does not
     * compile), its tests from the exercise's own folder. Nothing in either folder is written.
     */
    public List<ExerciseReport> grade(List<Exercise> exercises, Path submission, Consumer<String> progress)
            throws IOException, InterruptedException {
        List<Variant> variants = new ArrayList<>();
        for (Exercise ex : exercises) {
            Map<String, Path> main = sources(submission.resolve(ex.slug()), "src/main/java");
            variants.add(new Variant(ex.slug(), ex, main, testSources(ex, includeHidden, true)));
        }
        return gradeVariants(variants, progress);
    }

    /**
     * The test sources of an exercise: src/test/java, and with {@code hidden} the manifest's hidden
     * classes (keyed {@code .meta/hidden/src/test/java/NAME.java}). A listed class that is absent is
     * a {@link BadInputException} when {@code strict}, else left out (the check reports it).
     */
    static Map<String, Path> testSources(Exercise ex, boolean hidden, boolean strict) throws IOException {
        Map<String, Path> test = sources(ex.dir(), "src/test/java");
        if (hidden) {
            for (String name : ex.hidden()) {
                String rel = "src/test/java/" + name + ".java";
                Path file = ex.hiddenTests().resolve(rel);
                if (Files.isRegularFile(file)) {
                    test.put(HIDDEN_PREFIX + rel, file);
                } else if (strict) {
                    throw new BadInputException(ex.slug() + ": the manifest lists hidden test " + name + " but "
                            + ex.dir().relativize(file) + " does not exist (a student pack has no hidden tests)");
                }
            }
        }
        return test;
    }

    List<ExerciseReport> gradeVariants(List<Variant> variants, Consumer<String> progress)
            throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("bachprop-grade-");
        try (LearnerCompiler javac = new LearnerCompiler()) {
            Map<String, LearnerCompiler.Result> compiled = new LinkedHashMap<>();
            List<ChildSession.Run> runs = new ArrayList<>();
            int i = 0;
            for (Variant v : variants) {
                progress.accept("compiling " + v.id() + " (" + (++i) + " of " + variants.size() + ")");
                LearnerCompiler.Result shared = v.testsOf() == null ? null : compiled.get(v.testsOf());
                LearnerCompiler.Result r = shared != null && shared.ok()
                        ? javac.compile(
                                v.main(), v.test(), shared.testClasses(), Files.createDirectories(tmp.resolve("v" + i)))
                        : cache != null
                                ? cache.compile(javac, v.main(), v.test())
                                : javac.compile(v.main(), v.test(), Files.createDirectories(tmp.resolve("v" + i)));
                compiled.put(v.id(), r);
                if (r.ok()) {
                    runs.add(new ChildSession.Run(v.id(), r.mainClasses(), r.testClasses()));
                }
            }
            Map<String, RunResult> results = Map.of();
            if (!runs.isEmpty()) {
                progress.accept("running " + runs.size() + (runs.size() == 1 ? " test suite" : " test suites")
                        + " in a separate JVM");
                Duration overall = perExercise.multipliedBy(runs.size());
                results = new ChildSession(perTest, overall).runAll(runs, Files.createDirectories(tmp.resolve("work")));
            }
            List<ExerciseReport> reports = new ArrayList<>();
            for (Variant v : variants) {
                reports.add(report(v.exercise(), compiled.get(v.id()), results.get(v.id()), v.test()));
            }
            return reports;
        } finally {
            deleteTree(tmp);
        }
    }

    private ExerciseReport report(
            Exercise ex, LearnerCompiler.Result compiled, RunResult run, Map<String, Path> testSources)
            throws IOException {
        ExerciseDocs docs = ExerciseDocs.read(ex);
        List<TaskRow> rows = new ArrayList<>();
        Map<String, String> recognised = new LinkedHashMap<>();
        if (!compiled.ok()) {
            for (int t = 1; t <= ex.tasks(); t++) {
                rows.add(new TaskRow(
                        ex.slug(),
                        ex.chapter(),
                        t,
                        "fail",
                        "Does not compile yet: fix the compiler's messages above first.",
                        List.of()));
            }
            List<String> errors = revealHidden ? compiled.errors() : hideCompileErrors(compiled.errors());
            return new ExerciseReport(ex, errors, List.of(), rows, recognised);
        }
        Map<Integer, List<TestOutcome>> byTask = new TreeMap<>();
        for (TestOutcome o : run.tests.values()) {
            byTask.computeIfAbsent(o.task(), k -> new ArrayList<>()).add(o);
        }
        TestSources where = new TestSources(testSources);
        for (int t = 1; t <= ex.tasks(); t++) {
            List<TestOutcome> outs = byTask.getOrDefault(t, List.of());
            String result;
            if (outs.isEmpty()) {
                result = "fail";
            } else if (outs.stream().anyMatch(o -> o.status() == Status.TIMEOUT)) {
                result = "timeout";
            } else if (outs.stream().anyMatch(o -> o.status() == Status.CRASH)) {
                result = "crash";
            } else if (outs.stream().anyMatch(o -> o.status() == Status.FAIL)) {
                result = "fail";
            } else {
                result = "pass";
            }
            String hint = "";
            List<String> details = new ArrayList<>();
            if (!result.equals("pass")) {
                hint = Hints.firstTier(ex, docs, t, null);
                if (outs.isEmpty()) {
                    details.add("no test of this task ran");
                }
                Map<String, List<String>> byMessage = new LinkedHashMap<>();
                for (TestOutcome o : outs) {
                    if (o.status() != Status.PASS) {
                        boolean hidden = secret(ex, o);
                        byMessage
                                .computeIfAbsent(
                                        hidden ? TestResult.HIDDEN_FAILED : o.message(), k -> new ArrayList<>())
                                .add(hidden ? "a hidden test" : o.name());
                    }
                }
                // One line per distinct message: a task not started yet fails every test the same way.
                byMessage.forEach((message, names) -> details.add(
                        names.size() > 1
                                ? message + " (" + names.size() + " tests)"
                                : message.equals(TestResult.HIDDEN_FAILED) ? message : names.get(0) + ": " + message));
                for (TestOutcome o : outs) {
                    if (o.status() == Status.PASS || secret(ex, o)) {
                        continue; // a hidden test's message is never read: it could name what it checks
                    }
                    Matcher m = MISTAKE_TAG.matcher(o.message());
                    if (m.find() && !recognised.containsKey(String.valueOf(t))) {
                        for (Exercise.Mistake mistake : ex.mistakes()) {
                            if (mistake.id().equals(m.group(1)) && docs.mistakeHint(mistake) != null) {
                                hint = Hints.firstTier(ex, docs, t, mistake.id());
                                recognised.put(String.valueOf(t), mistake.id());
                            }
                        }
                    }
                }
                if (notStarted(outs)) {
                    // One line, the concept (tier 1), so that --hint goes on from tier 2 as for any failure.
                    String first = Hints.firstTier(ex, docs, t, null);
                    hint = first.isEmpty() ? NOT_STARTED : NOT_STARTED + " — " + first;
                    details.clear();
                }
                if (result.equals("timeout")) {
                    hint = "A test ran past its deadline: look for a loop whose condition never becomes false. " + hint;
                } else if (result.equals("crash")) {
                    hint = "The code stopped the test JVM during this task (see the note above the table). " + hint;
                }
            }
            rows.add(new TaskRow(ex.slug(), ex.chapter(), t, result, hint, details));
        }
        // Tests tagged with no task (or a task the manifest does not list) are still shown.
        for (TestOutcome o : byTask.getOrDefault(0, List.of())) {
            if (o.status() != Status.PASS) {
                run.notes.add(
                        secret(ex, o)
                                ? "untagged " + TestResult.HIDDEN_FAILED
                                : "untagged test " + o.name() + ": " + o.message());
            }
        }
        List<String> notes = revealHidden
                ? List.copyOf(run.notes)
                : run.notes.stream().map(n -> hideNote(ex, n)).toList();
        return new ExerciseReport(
                ex, List.of(), notes, rows, recognised, TestRecords.of(ex, run, where, rows, revealHidden));
    }

    static boolean isHidden(Exercise ex, TestOutcome o) {
        return ex.hidden().contains(TestSources.className(o.id()));
    }

    /** A hidden test whose name and message this grader must not show. */
    private boolean secret(Exercise ex, TestOutcome o) {
        return !revealHidden && isHidden(ex, o);
    }

    /** A note that names a hidden class (its static initialiser threw) says only that. */
    private static String hideNote(Exercise ex, String note) {
        for (String name : ex.hidden()) {
            if (note.contains(name)) {
                return "a hidden test class could not run";
            }
        }
        return note;
    }

    /** Compiler errors in hidden test classes shown as one line without their source. */
    static List<String> hideCompileErrors(List<String> errors) {
        List<String> shown = new ArrayList<>();
        for (String e : errors) {
            String line = e.startsWith(HIDDEN_PREFIX) ? HIDDEN_COMPILE_ERROR : e;
            if (!shown.contains(line)) {
                shown.add(line);
            }
        }
        return shown;
    }

    /** True when every test of the task that did not pass failed on a stub's "Not written yet". */
    static boolean notStarted(List<TestOutcome> outs) {
        List<TestOutcome> bad =
                outs.stream().filter(o -> o.status() != Status.PASS).toList();
        return !bad.isEmpty()
                && bad.stream()
                        .allMatch(o -> o.status() == Status.FAIL && o.message().contains(STUB_MESSAGE));
    }

    /** relative path ("src/main/java/X.java") → file, for every .java file under {@code dir/sub}. */
    static Map<String, Path> sources(Path dir, String sub) throws IOException {
        Map<String, Path> map = new TreeMap<>();
        Path root = dir.resolve(sub);
        if (!Files.isDirectory(root)) {
            return map;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
                    .toList()) {
                map.put(dir.relativize(p).toString().replace('\\', '/'), p);
            }
        }
        return map;
    }

    static void deleteTree(Path root) {
        try {
            Paths2.deleteTree(root);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
