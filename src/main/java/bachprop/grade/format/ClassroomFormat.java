package bachprop.grade.format;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.TestResult;
import bachprop.util.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * What a GitHub Classroom grader step hands to {@code education/autograding-grading-reporter}:
 * base64 of the JSON {@code {version: 1, status, max_score, tests[]}} whose tests carry
 * {@code name}, {@code status} pass|fail|error, {@code score}, {@code message}, {@code test_code},
 * {@code filename}, {@code line_no} and {@code duration} (milliseconds), as
 * {@code education/autograding-command-grader} builds it. The reporter sums the scores against
 * {@code max_score}. Exit 0 whenever it is written: the reporter reads the verdict from it.
 */
final class ClassroomFormat implements ReportFormat {
    @Override
    public String name() {
        return "classroom";
    }

    @Override
    public String extension() {
        return "b64";
    }

    @Override
    public String description() {
        return "GitHub Classroom grader result (base64 JSON); exit 0 whenever it is written";
    }

    @Override
    public void write(GradeRun run, OutputStream out) throws IOException {
        String json = Json.write(document(run));
        Fields.write(Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "\n", out);
    }

    /** The JSON before its base64 encoding. */
    static Map<String, Object> document(GradeRun run) {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (ExerciseReport r : run.reports()) {
            if (!r.compileErrors().isEmpty()) {
                tests.add(test(
                        r.exercise().slug() + ": does not compile", "error", 0.0, GradeRun.problems(r), "", "", 0, 0));
                continue;
            }
            for (TestResult t : r.tests()) {
                tests.add(test(
                        run.name(r, t),
                        t.status(),
                        GradeRun.score(r, t),
                        t.message(),
                        t.code(),
                        t.file().isEmpty() ? "" : r.exercise().slug() + "/" + t.file(),
                        t.line(),
                        Math.round(t.seconds() * 1000)));
            }
        }
        return Fields.of("version", 1, "status", run.status(), "max_score", run.maxPoints(), "tests", tests);
    }

    private static Map<String, Object> test(
            String name, String status, double score, String message, String code, String file, int line, long ms) {
        return Fields.of(
                "name", name,
                "status", status,
                "score", score,
                "message", message,
                "test_code", code,
                "filename", file,
                "line_no", line,
                "duration", ms);
    }

    @Override
    public int exitCode(GradeRun run) {
        return 0;
    }
}
