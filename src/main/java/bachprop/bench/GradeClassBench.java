package bachprop.bench;

import bachprop.bench.SyntheticClass.Kind;
import bachprop.bench.SyntheticClass.Student;
import bachprop.grade.Exercise;
import bachprop.grade.classroom.ClassRun;
import bachprop.grade.classroom.Gradebook.Row;
import bachprop.grade.classroom.ReportWriter;
import bachprop.util.BadInputException;
import bachprop.util.Paths2;
import bachprop.util.ProgressPrinter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bachprop bench grade-class [--students 100] [--jobs N]}: writes a class of synthetic
 * submissions of every exercise ({@link SyntheticClass}: correct, wrong, stub, mixed and hostile
 * students, a third of them zipped), grades it as {@code bachprop grade --class} does, with the
 * default deadlines, and reports the wall time and submissions per minute. It also checks the
 * grades it can predict: every correct student full marks, every stub zero, every hostile
 * student full marks outside the attacked exercise and below full inside it (except the case
 * {@code writes-inside}, which is allowed). The target: 100 students within 10 minutes on 2 cores.
 */
public final class GradeClassBench {
    /** How many students, how many workers, where the exercises and hostile files are; {@code keep}: null or a folder to keep the class and gradebook in. */
    public record Options(int students, int jobs, Path exercisesDir, Path hostileDir, Path keep) {}

    static final Duration PER_TEST = Duration.ofSeconds(10);
    static final Duration PER_EXERCISE = Duration.ofSeconds(120);
    static final double TARGET_SECONDS = 600;

    private GradeClassBench() {}

    public static int run(Options o, PrintStream out) throws IOException, InterruptedException {
        if (o.students() < 1 || o.jobs() < 1) {
            throw new BadInputException("--students and --jobs take a number of at least 1");
        }
        Path root = o.keep() != null
                ? Files.createDirectories(o.keep())
                : Files.createTempDirectory("bachprop-bench-class-");
        try {
            List<Exercise> exercises = Exercise.readManifest(o.exercisesDir());
            Path classDir = Files.createDirectories(root.resolve("class"));
            List<Student> students = new SyntheticClass(exercises, o.hostileDir(), root).write(o.students(), classDir);
            Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
            students.forEach(s -> kinds.merge(s.kind(), 1, Integer::sum));
            int cores = Runtime.getRuntime().availableProcessors();
            out.printf(
                    Locale.ROOT,
                    "grade-class: %d students %s × %d exercises, %d jobs, %d cores; load average %.2f%n",
                    students.size(),
                    kinds.toString().toLowerCase(Locale.ROOT),
                    exercises.size(),
                    o.jobs(),
                    cores,
                    load());
            ProgressPrinter printer = new ProgressPrinter(out, false, 30);
            long t0 = System.nanoTime();
            double cpu0 = cpuSeconds();
            ClassRun run = new ClassRun(new ClassRun.Options(
                    o.exercisesDir(),
                    List.of(),
                    PER_TEST,
                    PER_EXERCISE,
                    o.jobs(),
                    root.resolve("gradebook.csv"),
                    null,
                    ReportWriter.TEXT));
            ClassRun.Result r = run.run(
                    classDir,
                    (done, total, row) -> printer.progress(
                            (double) done / total,
                            "",
                            String.format(
                                    Locale.ROOT,
                                    "grade-class: graded %d/%d (%.0f s; last %s)",
                                    done,
                                    total,
                                    (System.nanoTime() - t0) / 1e9,
                                    row)),
                    line -> out.println("grade-class: " + line));
            List<Row> rows = new ArrayList<>(r.rows());
            rows.sort(Comparator.comparingDouble(Row::seconds));
            Row slowest = rows.get(rows.size() - 1);
            out.printf(
                    Locale.ROOT,
                    "grade-class: %d submissions in %.1f s: %.1f submissions per minute (median %.1f s each, slowest %.1f s: %s)%n",
                    r.rows().size(),
                    r.seconds(),
                    r.perMinute(),
                    rows.get(rows.size() / 2).seconds(),
                    slowest.seconds(),
                    students.stream()
                            .filter(s -> s.name().equals(slowest.student()))
                            .findFirst()
                            .orElseThrow());
            out.printf(
                    Locale.ROOT,
                    "grade-class: %d compilations, %d shared; load average now %.2f%n",
                    r.compilations(),
                    r.shared(),
                    load());
            double cpu = cpuSeconds() - cpu0;
            if (cpu > 0) {
                out.printf(
                        Locale.ROOT,
                        "grade-class: CPU time %.0f s (grader and child JVMs): %.1f submissions per CPU-minute%n",
                        cpu,
                        r.rows().size() * 60 / cpu);
            }
            List<String> wrong = check(students, r.rows(), exercises);
            out.println("grade-class: "
                    + (wrong.isEmpty()
                            ? "checks ok: correct students full, stubs zero, hostile students full except the attacked exercise"
                            : wrong.size() + " unexpected grades:"));
            wrong.forEach(w -> out.println("  " + w));
            out.printf(
                    Locale.ROOT,
                    "grade-class: %s the %.0f-minute target for 100 students%s%n",
                    r.seconds() <= TARGET_SECONDS * o.students() / 100 ? "within" : "OVER",
                    TARGET_SECONDS / 60,
                    o.students() == 100 ? "" : " (scaled to " + o.students() + ")");
            if (o.keep() != null) {
                out.println("grade-class: the class and its gradebook are in " + root);
            }
            return wrong.isEmpty() ? 0 : 1;
        } finally {
            if (o.keep() == null) {
                Paths2.deleteTree(root);
            }
        }
    }

    /** The grades that differ from what each kind of student must get. */
    static List<String> check(List<Student> students, List<Row> rows, List<Exercise> exercises) {
        List<String> wrong = new ArrayList<>();
        for (Student s : students) {
            Row row = rows.stream()
                    .filter(x -> x.student().equals(s.name()))
                    .findFirst()
                    .orElseThrow();
            if (row.refused()) {
                wrong.add(s + ": " + row.error());
                continue;
            }
            for (Exercise ex : exercises) {
                double points = row.points().getOrDefault(ex.slug(), 0.0);
                boolean attacked = ex.slug().equals(s.hostileSlug());
                boolean mustBeFull = s.kind() == Kind.CORRECT
                        || (s.kind() == Kind.HOSTILE
                                && (!attacked || s.hostileCase().equals("writes-inside")));
                if (mustBeFull && !full(points, ex)) {
                    wrong.add(s + ": " + ex.slug() + " " + points + " of " + ex.maxPoints());
                } else if ((s.kind() == Kind.STUB && points != 0)
                        || (attacked && !s.hostileCase().equals("writes-inside") && full(points, ex))) {
                    wrong.add(s + ": " + ex.slug() + " " + points + " of " + ex.maxPoints() + " (must be below full)");
                } else if (s.kind() == Kind.WRONG
                        && full(points, ex)
                        && !ex.mistakes().isEmpty()) {
                    wrong.add(s + ": " + ex.slug() + " full marks for a listed mistake");
                }
            }
        }
        return wrong;
    }

    /**
     * CPU seconds of this process and of the children it waited for (the child JVMs), from
     * {@code /proc/self/stat} (utime, stime, cutime, cstime in clock ticks of 1/100 s); 0 where
     * there is no such file.
     */
    static double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int i = 11; i <= 14; i++) { // fields 14-17 of proc(5), counted from the state (field 3)
                ticks += Long.parseLong(f[i]);
            }
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Full marks, up to the rounding of a task's weight shared among its tests. */
    private static boolean full(double points, Exercise ex) {
        return Math.abs(points - ex.maxPoints()) < 1e-9;
    }
}
