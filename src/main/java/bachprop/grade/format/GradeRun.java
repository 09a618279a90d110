package bachprop.grade.format;

import bachprop.grade.Exercise;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.TestResult;
import java.util.ArrayList;
import java.util.List;

/**
 * One grading run as the formats write it: each exercise's report and the run's wall time.
 *
 * <p>Points: a task is worth its weight from the manifest (default 1), shared evenly among the
 * tests tagged with it (hidden ones included); a test that passes earns its share, so a task whose
 * tests all pass earns its full weight. A test tagged with no listed task is worth 0.
 */
public record GradeRun(List<ExerciseReport> reports, double seconds) {
    public GradeRun {
        reports = List.copyOf(reports);
    }

    /** pass (every exercise passed), error (no test ran at all, e.g. nothing compiles), or fail. */
    public String status() {
        if (reports.stream().allMatch(r -> r.tests().isEmpty())) {
            return "error";
        }
        return reports.stream().allMatch(ExerciseReport::passed) ? "pass" : "fail";
    }

    /** One exercise's status: pass, error (it does not compile, or no test ran) or fail. */
    public static String status(ExerciseReport r) {
        if (!r.compileErrors().isEmpty() || r.tests().isEmpty()) {
            return "error";
        }
        return r.passed() ? "pass" : "fail";
    }

    /** The points one test is worth: its task's weight over the number of that task's tests. */
    public static double maxScore(ExerciseReport r, TestResult t) {
        Exercise ex = r.exercise();
        if (t.task() < 1 || t.task() > ex.tasks()) {
            return 0;
        }
        long same = r.tests().stream().filter(o -> o.task() == t.task()).count();
        return ex.weight(t.task()) / same;
    }

    public static double score(ExerciseReport r, TestResult t) {
        return t.passed() ? maxScore(r, t) : 0;
    }

    public static double points(ExerciseReport r) {
        return r.tests().stream().mapToDouble(t -> score(r, t)).sum();
    }

    public double points() {
        return reports.stream().mapToDouble(GradeRun::points).sum();
    }

    public double maxPoints() {
        return reports.stream().mapToDouble(r -> r.exercise().maxPoints()).sum();
    }

    /**
     * What a person must know beyond the tests: for each exercise, its compiler errors and notes
     * (a System.exit, output cut, a crash), one per line; empty when there are none.
     */
    public static String problems(ExerciseReport r) {
        List<String> lines = new ArrayList<>();
        String slug = r.exercise().slug();
        if (!r.compileErrors().isEmpty()) {
            lines.add(slug + " does not compile:");
            r.compileErrors().forEach(e -> lines.add("  " + slug + "/" + e));
        }
        r.notes().forEach(n -> lines.add(slug + ": " + n));
        return String.join("\n", lines);
    }

    /** {@link #problems(ExerciseReport)} of every exercise, or null when there are none. */
    public String problems() {
        List<String> all = reports.stream()
                .map(GradeRun::problems)
                .filter(s -> !s.isEmpty())
                .toList();
        return all.isEmpty() ? null : String.join("\n", all);
    }

    /** A test's name with its exercise's slug when the run grades more than one exercise. */
    public String name(ExerciseReport r, TestResult t) {
        return reports.size() == 1 ? t.name() : r.exercise().slug() + ": " + t.name();
    }

    @Override
    public String toString() {
        return "GradeRun(" + reports.size() + " exercises, " + status() + ", " + points() + " of " + maxPoints()
                + " points)";
    }
}
