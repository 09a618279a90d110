package bachprop.grade.format;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.TestResult;
import bachprop.util.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gradescope's {@code results.json} (gradescope/autograder_samples, docs/specs.md): {@code score}
 * (it overrides the tests' sum), {@code execution_time} in seconds, {@code output}, and
 * {@code tests[]} with {@code name}, {@code number}, {@code score}, {@code max_score},
 * {@code status} passed|failed, {@code output}, {@code visibility}. A hidden test's visibility is
 * its exercise's {@code hiddenVisibility} from the manifest (default after_published). An
 * exercise that does not compile is one failed entry worth its points. Exit 0 whenever it is
 * written: Gradescope reads the score from the file.
 */
final class GradescopeFormat implements ReportFormat {
    @Override
    public String name() {
        return "gradescope";
    }

    @Override
    public String description() {
        return "Gradescope autograder results.json; exit 0 whenever it is written";
    }

    @Override
    public void write(GradeRun run, OutputStream out) throws IOException {
        List<Map<String, Object>> tests = new ArrayList<>();
        int e = 0;
        for (ExerciseReport r : run.reports()) {
            e++;
            if (!r.compileErrors().isEmpty()) {
                tests.add(Fields.of(
                        "name",
                        r.exercise().slug() + ": does not compile",
                        "number",
                        e + ".0",
                        "score",
                        0.0,
                        "max_score",
                        r.exercise().maxPoints(),
                        "status",
                        "failed",
                        "output",
                        GradeRun.problems(r),
                        "visibility",
                        "visible"));
                continue;
            }
            int n = 0;
            for (TestResult t : r.tests()) {
                n++;
                tests.add(Fields.of(
                        "name", run.name(r, t),
                        "number", e + "." + n,
                        "score", GradeRun.score(r, t),
                        "max_score", GradeRun.maxScore(r, t),
                        "status", t.passed() ? "passed" : "failed",
                        "output", output(t),
                        "visibility", t.hidden() ? r.exercise().hiddenVisibility() : "visible"));
            }
        }
        String problems = run.problems();
        String summary =
                "Points: " + points(run.points()) + " of " + points(run.maxPoints()) + " (" + run.status() + ")";
        Map<String, Object> doc = Fields.of(
                "score",
                run.points(),
                "execution_time",
                Math.round(run.seconds()),
                "output",
                problems == null ? summary : summary + "\n" + problems,
                "tests",
                tests);
        Fields.write(Json.write(doc) + "\n", out);
    }

    /** The message (error: with its status first, as Gradescope has no error status), then the output. */
    static String output(TestResult t) {
        String text = t.status().equals("error") ? "error: " + t.message() : t.message();
        return t.output().isEmpty() ? text : (text + "\n\noutput:\n" + t.output()).strip();
    }

    static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.2f", p);
    }

    @Override
    public int exitCode(GradeRun run) {
        return 0;
    }
}
