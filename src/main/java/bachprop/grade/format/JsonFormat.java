package bachprop.grade.format;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.grade.TestResult;
import bachprop.util.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** The product's own JSON: every exercise's tasks (as the table) and tests, with points (docs/grading.md). */
final class JsonFormat implements ReportFormat {
    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "every task and test with points; exit 0 when every exercise passes, else 1";
    }

    @Override
    public void write(GradeRun run, OutputStream out) throws IOException {
        List<Map<String, Object>> exercises =
                run.reports().stream().map(JsonFormat::exercise).toList();
        Map<String, Object> doc = Fields.of(
                "version", 1,
                "status", run.status(),
                "points", run.points(),
                "max_points", run.maxPoints(),
                "seconds", run.seconds(),
                "exercises", exercises);
        Fields.write(Json.write(doc) + "\n", out);
    }

    private static Map<String, Object> exercise(ExerciseReport r) {
        List<Map<String, Object>> tasks =
                r.rows().stream().map(row -> task(r, row)).toList();
        List<Map<String, Object>> tests =
                r.tests().stream().map(t -> test(r, t)).toList();
        return Fields.of(
                "slug", r.exercise().slug(),
                "chapter", r.exercise().chapter(),
                "title", r.exercise().title(),
                "status", GradeRun.status(r),
                "points", GradeRun.points(r),
                "max_points", r.exercise().maxPoints(),
                "compile_errors", r.compileErrors(),
                "notes", r.notes(),
                "tasks", tasks,
                "tests", tests);
    }

    private static Map<String, Object> task(ExerciseReport r, TaskRow row) {
        return Fields.of(
                "task", row.task(),
                "result", row.result(),
                "weight", r.exercise().weight(row.task()),
                "hint", row.hint(),
                "recognised", r.recognised().get(String.valueOf(row.task())),
                "details", row.details());
    }

    private static Map<String, Object> test(ExerciseReport r, TestResult t) {
        return Fields.of(
                "name", t.name(),
                "task", t.task(),
                "status", t.status(),
                "score", GradeRun.score(r, t),
                "max_score", GradeRun.maxScore(r, t),
                "message", t.message(),
                "output", t.output(),
                "seconds", t.seconds(),
                "file", t.file(),
                "line", t.line(),
                "code", t.code(),
                "hidden", t.hidden());
    }
}
