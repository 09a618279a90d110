package bachprop.grade.classroom;

import bachprop.grade.CompileCache;
import bachprop.grade.Exercise;
import bachprop.grade.Grader;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Progress;
import bachprop.grade.classroom.Gradebook.Row;
import bachprop.grade.classroom.Submission.Refused;
import bachprop.grade.format.GradeRun;
import bachprop.util.BadInputException;
import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@code bachprop grade --class DIR --gradebook FILE.csv}: grades every submission in a class
 * folder with {@code jobs} workers and writes the gradebook (and, with a reports folder, one
 * report per student). Each submission is staged ({@link Staging}: only its learner sources are
 * taken) and graded as a single grade is, by its own {@link Grader} with its own temporary
 * folder and child JVM under the usual deadlines and caps; sources identical across submissions
 * are compiled once ({@link CompileCache}). A submission that cannot be read or graded is a row
 * with an error; the run goes on.
 */
public final class ClassRun {
    /** What to grade with: the instructor's exercises, the limits of one grade, workers, outputs. */
    public record Options(
            Path exercisesDir,
            List<String> only,
            Duration perTest,
            Duration perExercise,
            int jobs,
            Path gradebook,
            Path reports,
            ReportWriter writer) {}

    /** Told about each submission as it is done (from a worker thread, one call at a time). */
    public interface Listener {
        void graded(int done, int total, Row row);
    }

    /** The rows (sorted by student), the exercises graded, the run's wall time and the compilations. */
    public record Result(List<Row> rows, List<String> slugs, double seconds, int compilations, int shared) {
        public double perMinute() {
            return seconds > 0 ? rows.size() * 60 / seconds : 0;
        }
    }

    /** Each worker's stack: javac recurses over deeply nested learner code in this thread. */
    private static final long WORKER_STACK = 64L << 20;

    private final Options o;
    private final List<Exercise> exercises;

    public ClassRun(Options o) throws IOException {
        if (o.jobs() < 1) {
            throw new BadInputException("--jobs takes a number of workers of at least 1, not " + o.jobs());
        }
        this.o = o;
        List<Exercise> all = Exercise.readManifest(o.exercisesDir());
        this.exercises = o.only().isEmpty()
                ? all
                : all.stream().filter(e -> o.only().contains(e.slug())).toList();
    }

    /** Grades every submission in {@code classDir}; {@code notice} gets lines about skipped entries. */
    public Result run(Path classDir, Listener listener, Consumer<String> notice)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(classDir)) {
            throw new BadInputException("--class " + classDir + ": no such folder");
        }
        List<Submission> submissions = Submission.list(classDir, notice);
        if (submissions.isEmpty()) {
            throw new BadInputException(
                    "--class " + classDir + ": no submissions (one folder or .zip per student expected)");
        }
        if (o.reports() != null) {
            Files.createDirectories(o.reports());
        }
        long t0 = System.nanoTime();
        Path work = Files.createTempDirectory("bachprop-class-");
        CompileCache cache = new CompileCache(Files.createDirectories(work.resolve("classes")));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(o.jobs(), r -> {
            Thread t = new Thread(null, r, "class-grader-" + threads.incrementAndGet(), WORKER_STACK);
            t.setDaemon(true);
            return t;
        });
        List<Row> rows = new ArrayList<>();
        try {
            CompletionService<Row> done = new ExecutorCompletionService<>(pool);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < submissions.size(); i++) {
                Submission s = submissions.get(i);
                Path stage = work.resolve("submission-" + i);
                boolean duplicate = !names.add(s.student());
                done.submit(() -> duplicate
                        ? refused(
                                s,
                                "a second submission named " + s.student() + " ("
                                        + s.source().getFileName() + "): rename one",
                                0)
                        : gradeOne(s, stage, cache));
            }
            for (int i = 0; i < submissions.size(); i++) {
                Row row = done.take().get();
                rows.add(row);
                listener.graded(i + 1, submissions.size(), row);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a grading worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            Paths2.deleteTree(work);
        }
        rows.sort((a, b) -> a.student().compareTo(b.student()));
        List<String> slugs = exercises.stream().map(Exercise::slug).toList();
        Gradebook.write(o.gradebook(), slugs, rows);
        return new Result(List.copyOf(rows), slugs, (System.nanoTime() - t0) / 1e9, cache.compilations(), cache.hits());
    }

    /** One submission, start to end; whatever goes wrong is its row's error. */
    private Row gradeOne(Submission s, Path stage, CompileCache cache) throws InterruptedException {
        long t0 = System.nanoTime();
        try {
            Staging.Staged staged = Staging.stage(s, exercises, Files.createDirectories(stage));
            List<Exercise> handedIn = exercises.stream()
                    .filter(e -> staged.slugs().contains(e.slug()))
                    .toList();
            Grader grader = new Grader(o.exercisesDir(), o.perTest(), o.perExercise(), cache).includingHidden(true);
            List<ExerciseReport> reports = grader.grade(handedIn, staged.root(), line -> {});
            Map<String, Double> points = new LinkedHashMap<>();
            for (ExerciseReport r : reports) {
                points.put(r.exercise().slug(), GradeRun.points(r));
            }
            if (o.reports() != null) {
                o.writer()
                        .write(
                                s.student(),
                                reports,
                                o.reports().resolve(o.writer().fileName(s.student())));
            }
            return new Row(s.student(), points, hintsUsed(staged.progress()), seconds(t0), "");
        } catch (Refused e) {
            return refused(s, e.getMessage(), t0);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return refused(s, "grading failed: " + ZipSubmission.oneLine(e), t0);
        } finally {
            try {
                Paths2.deleteTree(stage);
            } catch (IOException e) {
                // the run's folder is deleted at the end anyway
            }
        }
    }

    private Row refused(Submission s, String error, long t0) {
        if (o.reports() != null) {
            try {
                o.writer()
                        .writeRefused(
                                s.student(),
                                error,
                                o.reports().resolve(o.writer().fileName(s.student())));
            } catch (IOException e) {
                error += "; its report could not be written: " + ZipSubmission.oneLine(e);
            }
        }
        return new Row(s.student(), Map.of(), OptionalInt.empty(), t0 == 0 ? 0 : seconds(t0), error);
    }

    /**
     * The hints a student asked for ({@code bachprop grade --hint}), summed over the exercises
     * graded, from the {@code progress.json} handed in at the top of the submission (the file
     * {@link Progress} keeps in the user's folder); empty when none is handed in or it cannot be
     * read. The student wrote it, so it is information, never part of a score.
     */
    OptionalInt hintsUsed(Path progress) {
        if (progress == null) {
            return OptionalInt.empty();
        }
        try {
            Map<String, Progress.Entry> entries = Progress.load(progress);
            long sum = 0;
            for (Exercise ex : exercises) {
                Progress.Entry e = entries.get(ex.slug());
                if (e != null) {
                    for (int n : e.hints().values()) {
                        sum += Math.max(0, n);
                    }
                }
            }
            return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, sum));
        } catch (RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    public List<Exercise> exercises() {
        return exercises;
    }
}
