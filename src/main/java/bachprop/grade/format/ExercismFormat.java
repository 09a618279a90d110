package bachprop.grade.format;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.TestResult;
import bachprop.util.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exercism's test-runner interface, version 3 ({@code results.json}: exercism/docs,
 * building/tooling/test-runners/interface.md): {@code version}, {@code status} pass|fail|error,
 * {@code message} (set when status is error: no test ran), {@code tests[]} with {@code name},
 * {@code status}, {@code message}, {@code output} (at most 500 characters), {@code test_code},
 * {@code task_id}. An Exercism runner always exits 0: the file carries the verdict.
 */
final class ExercismFormat implements ReportFormat {
    /** The interface's version. */
    static final int VERSION = 3;
    /** The longest top-level message the Exercism site keeps. */
    static final int MAX_MESSAGE = 65_535;

    @Override
    public String name() {
        return "exercism";
    }

    @Override
    public String description() {
        return "Exercism test-runner results.json (version 3); exit 0 whenever it is written";
    }

    @Override
    public void write(GradeRun run, OutputStream out) throws IOException {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (ExerciseReport r : run.reports()) {
            for (TestResult t : r.tests()) {
                Map<String, Object> test = Fields.of(
                        "name", run.name(r, t),
                        "status", t.status(),
                        "message", t.passed() ? null : t.message(),
                        "output", Fields.orNull(t.output()),
                        "test_code", t.code());
                if (t.task() > 0) {
                    test.put("task_id", t.task());
                }
                tests.add(test);
            }
        }
        String message = run.problems();
        if (run.status().equals("error") && message == null) {
            message = "no test ran";
        }
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
        Map<String, Object> doc = Fields.of(
                "version", VERSION,
                "status", run.status(),
                "message", message,
                "tests", tests);
        Fields.write(Json.write(doc) + "\n", out);
    }

    @Override
    public int exitCode(GradeRun run) {
        return 0;
    }
}
