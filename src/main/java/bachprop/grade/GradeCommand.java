package bachprop.grade;

import bachprop.cli.Args;
import bachprop.cli.Command;
import bachprop.util.BadInputException;
import bachprop.grade.ExerciseCheck.Verdict;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.util.Paths2;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code bachprop grade [EXERCISE] [--dir DIR] [--timeout S] [--check] [--pack DIR]}: grades the
 * learner's exercises and prints a table (exercise, task, result, hint); remembers progress.
 * {@code --check} proves the exercises themselves are sound; {@code --pack DIR} writes a student
 * pack without the solutions.
 */
public final class GradeCommand implements Command {
    static final String USAGE = "usage: bachprop grade [EXERCISE] [--dir DIR] [--timeout SECONDS] [--check] [--pack DIR] [--progress FILE]"
            + " | bachprop grade --hint SLUG [TASK]";

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("dir", "pack", "timeout", "deadline", "progress", "hint"), Set.of("check", "help"));
        if (args.has("help")) {
            out.println(USAGE);
            return 0;
        }
        Path dir = args.has("dir") ? Path.of(args.get("dir")) : Paths2.home().resolve("exercises");
        double perTest = args.getDouble("timeout", 10);
        double perExercise = args.getDouble("deadline", 120);
        if (!(perTest > 0) || !(perExercise > 0)) {
            throw new BadInputException("--timeout and --deadline take a positive number of seconds");
        }
        if (args.has("hint")) {
            Path hintsProgress = args.has("progress") ? Path.of(args.get("progress")) : Progress.defaultFile();
            return new Hints(dir, hintsProgress).command(args.get("hint"), args.positional(), out);
        }
        Grader grader = new Grader(dir, Duration.ofMillis((long) (perTest * 1000)), Duration.ofMillis((long) (perExercise * 1000)));
        List<Exercise> all = grader.exercises();
        List<Exercise> exercises = select(all, args.positional());
        if (args.has("pack")) {
            return pack(dir, all, Path.of(args.get("pack")), out);
        }
        if (args.has("check")) {
            return check(grader, exercises, out);
        }
        Path progressFile = args.has("progress") ? Path.of(args.get("progress")) : Progress.defaultFile();
        List<ExerciseReport> reports = grader.grade(exercises, line -> out.println("grade: " + line));
        printTable(reports, out);
        Progress.record(progressFile, reports);
        long done = reports.stream().filter(ExerciseReport::passed).count();
        long tasks = reports.stream().mapToLong(r -> r.rows().size()).sum();
        long tasksOk = reports.stream().flatMap(r -> r.rows().stream()).filter(TaskRow::passed).count();
        out.println("Complete: " + done + " of " + reports.size() + (reports.size() == 1 ? " exercise" : " exercises")
                + " (" + tasksOk + " of " + tasks + " tasks). Progress saved to " + progressFile);
        return done == reports.size() ? 0 : 1;
    }

    static List<Exercise> select(List<Exercise> all, List<String> names) {
        if (names.isEmpty()) {
            return all;
        }
        List<Exercise> chosen = new ArrayList<>();
        for (String n : names) {
            Exercise ex = all.stream().filter(e -> e.slug().equals(n)).findFirst().orElseThrow(() -> new BadInputException(
                    "no exercise '" + n + "' (known: " + String.join(", ", all.stream().map(Exercise::slug).toList()) + ")"));
            chosen.add(ex);
        }
        return chosen;
    }

    /** The table: exercise, task, result, hint; failing tests' messages indented below their row. */
    public static void printTable(List<ExerciseReport> reports, PrintStream out) {
        int w = Math.max(8, reports.stream().mapToInt(r -> r.exercise().slug().length()).max().orElse(8));
        String fmt = "%-" + w + "s  %-4s  %-9s  %s%n";
        for (ExerciseReport r : reports) {
            if (!r.compileErrors().isEmpty()) {
                out.println(r.exercise().slug() + " does not compile:");
                r.compileErrors().forEach(e -> out.println("  " + r.exercise().slug() + "/" + e));
            }
            r.notes().forEach(n -> out.println(r.exercise().slug() + ": " + n));
        }
        out.printf(fmt, "exercise", "task", "result", "hint");
        for (ExerciseReport r : reports) {
            for (TaskRow row : r.rows()) {
                out.printf(fmt, row.slug(), row.task(), row.shown(), oneLine(row.hint()));
                for (String d : row.details().stream().limit(3).toList()) {
                    out.printf(fmt, "", "", "", "  ↳ " + oneLine(d));
                }
            }
        }
    }

    /** A hint or message on one line, as the table and the window show it. */
    public static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int check(Grader grader, List<Exercise> exercises, PrintStream out) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<Verdict> verdicts = new ExerciseCheck(grader).check(exercises, line -> out.println("check: " + line));
        int problems = 0;
        for (Verdict v : verdicts) {
            Exercise ex = v.exercise();
            out.printf("%-4s %-24s chapter %d, %d tasks, %d mistakes%n", v.ok() ? "ok" : "BAD", ex.slug(), ex.chapter(),
                    ex.tasks(), ex.mistakes().size());
            for (String p : v.problems()) {
                out.println("     - " + p);
                problems++;
            }
        }
        int tasks = exercises.stream().mapToInt(Exercise::tasks).sum();
        int mistakes = exercises.stream().mapToInt(e -> e.mistakes().size()).sum();
        out.printf("check: %d exercises, %d tasks, %d listed mistakes; %s (%.1f s)%n", exercises.size(), tasks, mistakes,
                problems == 0 ? "every reference passes, every stub fails, every mistake is recognised"
                        : problems + (problems == 1 ? " problem" : " problems"), (System.nanoTime() - t0) / 1e9);
        return problems == 0 ? 0 : 1;
    }

    /** Writes a student pack from the stored stubs into {@code target} (new or empty): see {@link Pack}. */
    static int pack(Path dir, List<Exercise> exercises, Path target, PrintStream out) throws IOException {
        return Pack.write(dir, exercises, target, out);
    }
}
