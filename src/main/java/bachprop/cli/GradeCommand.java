package bachprop.cli;

import bachprop.grade.Exercise;
import bachprop.grade.ExerciseCheck;
import bachprop.grade.ExerciseCheck.Verdict;
import bachprop.grade.GradeTable;
import bachprop.grade.Grader;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.grade.Hints;
import bachprop.grade.Pack;
import bachprop.grade.Progress;
import bachprop.grade.bundle.Bundles;
import bachprop.grade.classroom.ClassRun;
import bachprop.grade.format.GradeRun;
import bachprop.grade.format.ReportFormat;
import bachprop.grade.format.ReportFormats;
import bachprop.grade.watch.TerminalWatch;
import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import bachprop.util.Paths2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bachprop grade [EXERCISE] [--dir DIR] [--timeout S] [--check] [--pack DIR]}: grades the
 * learner's exercises and prints a table (exercise, task, result, hint); remembers progress.
 * {@code --format F [--out FILE]} writes the run for another grading system instead (docs/grading.md).
 * {@code --check} proves the exercises themselves are sound; {@code --pack DIR} writes a student
 * pack without the solutions. {@code --bundle gradescope FILE.zip|classroom DIR} writes a grading
 * bundle ({@code bachprop.grade.bundle}); {@code --watch [EXERCISE]} regrades on every save
 * ({@code bachprop.grade.watch}).
 */
@Command(name = "grade", description = "grade the exercises (--check: prove them sound; --pack DIR: a student pack)")
public final class GradeCommand extends BaseCommand {
    @Parameters(paramLabel = "EXERCISE", arity = "0..*", description = "exercises to grade (default: all)")
    List<String> names = new ArrayList<>();

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "the exercises folder (default: the checkout's exercises/)")
    Path dir;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "seconds per test (default ${DEFAULT-VALUE})")
    double perTest = 10;

    @Option(
            names = "--deadline",
            paramLabel = "SECONDS",
            description = "seconds per exercise (default ${DEFAULT-VALUE})")
    double perExercise = 120;

    @Option(
            names = "--check",
            description = "prove the exercises sound: every reference passes, every stub and mistake fails")
    boolean check;

    @Option(names = "--pack", paramLabel = "DIR", description = "write a student pack without the solutions into DIR")
    Path pack;

    @Option(
            names = "--hint",
            paramLabel = "SLUG",
            description =
                    "show the next hint of SLUG's first failing task, or of task TASK: bachprop grade --hint SLUG [TASK]")
    String hint;

    @Option(names = "--progress", paramLabel = "FILE", description = "the progress file (default: the user's)")
    Path progress;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default), json, exercism, gradescope, classroom or junit (docs/grading.md). Exit: "
                    + "text, json, junit 0 when every exercise passes, else 1; exercism, gradescope, classroom 0 "
                    + "whenever the report is written (their systems read the verdict from it); 2 on bad input")
    String format = "text";

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE (atomically), not to stdout")
    Path outFile;

    @Option(
            names = "--class",
            paramLabel = "DIR",
            description = "grade a whole class: one folder or .zip per student in DIR (needs --gradebook)")
    Path classDir;

    @Option(names = "--gradebook", paramLabel = "FILE", description = "with --class: the gradebook CSV to write")
    Path gradebook;

    @Option(
            names = "--reports",
            paramLabel = "DIR",
            description = "with --class: one report per student in DIR, in --format")
    Path reports;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "with --class: submissions graded at once (default: the number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--bundle",
            arity = "2",
            paramLabel = "KIND TARGET",
            description = "write a grading bundle: gradescope FILE.zip (an autograder) or classroom DIR"
                    + " (a GitHub Classroom template repository)")
    List<String> bundle;

    @Option(
            names = "--watch",
            description = "regrade the exercise being edited on every save; when it passes, show the next one")
    boolean watch;

    @Option(
            names = "--hidden",
            description = "run the hidden tests too (an instructor's grader; the bundles' scripts use it)")
    boolean hidden;

    @Option(names = "--poll", hidden = true, description = "--watch by polling instead of file-system events")
    boolean poll;

    @Override
    protected int run() throws Exception {
        Path dir = this.dir != null ? this.dir : Paths2.home().resolve("exercises");
        if (!(perTest > 0) || !(perExercise > 0)) {
            throw new BadInputException("--timeout and --deadline take a positive number of seconds");
        }
        if (hint != null) {
            return new Hints(dir, progress != null ? progress : Progress.defaultFile()).command(hint, names, out);
        }
        if (classDir != null || gradebook != null) {
            return gradeClass(dir);
        }
        Grader grader = new Grader(
                dir, Duration.ofMillis((long) (perTest * 1000)), Duration.ofMillis((long) (perExercise * 1000)));
        grader = grader.includingHidden(hidden);
        List<Exercise> all = grader.exercises();
        List<Exercise> exercises = select(all, names);
        if (pack != null) {
            int files = Pack.write(dir, all, pack);
            out.println("pack: " + all.size() + " exercises (" + files + " files, stubs only, no solutions) written to "
                    + pack);
            out.println("pack: grade them with: bachprop grade --dir " + pack);
            return 0;
        }
        if (bundle != null) {
            out.println(Bundles.write(bundle.get(0), Path.of(bundle.get(1)), dir, all, exercises));
            return 0;
        }
        if (watch) {
            if (names.size() > 1) {
                throw new BadInputException("--watch starts from one exercise (it follows the files you save)");
            }
            Path progressFile = progress != null ? progress : Progress.defaultFile();
            return TerminalWatch.run(grader, progressFile, names.isEmpty() ? null : names.get(0), poll, out);
        }
        if (check) {
            return check(grader, exercises, out);
        }
        Path progressFile = progress != null ? progress : Progress.defaultFile();
        ReportFormat report = ReportFormats.named(format);
        boolean text = report.name().equals("text");
        PrintStream say = text ? out : err; // a machine format owns standard output
        long t0 = System.nanoTime();
        List<ExerciseReport> reports = grader.grade(exercises, line -> say.println("grade: " + line));
        GradeRun run = new GradeRun(reports, (System.nanoTime() - t0) / 1e9);
        if (text && outFile == null) {
            GradeTable.print(reports, out);
        } else {
            writeReport(report, run);
        }
        if (!text) {
            if (report.name().equals("json")) {
                Progress.record(progressFile, reports); // a student's own tool; the graders' formats leave it
            }
            return report.exitCode(run);
        }
        Progress.record(progressFile, reports);
        long done = reports.stream().filter(ExerciseReport::passed).count();
        long tasks = reports.stream().mapToLong(r -> r.rows().size()).sum();
        long tasksOk = reports.stream()
                .flatMap(r -> r.rows().stream())
                .filter(TaskRow::passed)
                .count();
        out.println("Complete: " + done + " of " + reports.size() + (reports.size() == 1 ? " exercise" : " exercises")
                + " (" + tasksOk + " of " + tasks + " tasks). Progress saved to " + progressFile);
        return done == reports.size() ? 0 : 1;
    }

    /** The report to {@code --out FILE} (written whole or not at all) or to standard output. */
    private void writeReport(ReportFormat report, GradeRun run) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.write(run, bytes);
        if (outFile == null) {
            out.write(bytes.toByteArray());
            out.flush();
        } else {
            AtomicFiles.write(outFile, bytes.toByteArray());
            err.println("grade: " + report.name() + " report written to " + outFile);
        }
    }

    private int gradeClass(Path dir) throws IOException, InterruptedException {
        if (classDir == null || gradebook == null) {
            throw new BadInputException("--class DIR and --gradebook FILE.csv go together");
        }
        select(Exercise.readManifest(dir), names); // an unknown exercise name is bad input
        return ClassGrading.run(
                new ClassRun.Options(
                        dir,
                        names,
                        Duration.ofMillis((long) (perTest * 1000)),
                        Duration.ofMillis((long) (perExercise * 1000)),
                        jobs,
                        gradebook,
                        reports,
                        ClassGrading.writer(ReportFormats.named(format))),
                classDir,
                out);
    }

    static List<Exercise> select(List<Exercise> all, List<String> names) {
        if (names.isEmpty()) {
            return all;
        }
        List<Exercise> chosen = new ArrayList<>();
        for (String n : names) {
            Exercise ex = all.stream()
                    .filter(e -> e.slug().equals(n))
                    .findFirst()
                    .orElseThrow(() -> new BadInputException("no exercise '" + n + "' (known: "
                            + String.join(", ", all.stream().map(Exercise::slug).toList()) + ")"));
            chosen.add(ex);
        }
        return chosen;
    }

    private static int check(Grader grader, List<Exercise> exercises, PrintStream out)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<Verdict> verdicts = new ExerciseCheck(grader).check(exercises, line -> out.println("check: " + line));
        int problems = 0;
        for (Verdict v : verdicts) {
            Exercise ex = v.exercise();
            out.printf(
                    "%-4s %-24s chapter %d, %d tasks, %d mistakes%n",
                    v.ok() ? "ok" : "BAD",
                    ex.slug(),
                    ex.chapter(),
                    ex.tasks(),
                    ex.mistakes().size());
            for (String p : v.problems()) {
                out.println("     - " + p);
                problems++;
            }
        }
        int tasks = exercises.stream().mapToInt(Exercise::tasks).sum();
        int mistakes = exercises.stream().mapToInt(e -> e.mistakes().size()).sum();
        out.printf(
                "check: %d exercises, %d tasks, %d listed mistakes; %s (%.1f s)%n",
                exercises.size(),
                tasks,
                mistakes,
                problems == 0
                        ? "every reference passes, every stub fails, every mistake is recognised"
                        : problems + (problems == 1 ? " problem" : " problems"),
                (System.nanoTime() - t0) / 1e9);
        return problems == 0 ? 0 : 1;
    }
}
