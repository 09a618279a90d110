package bachprop.grade;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.util.AtomicFiles;
import bachprop.util.Json;
import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's progress, {@code <userDir>/progress.json}, saved atomically:
 * {@code {"exercises":{"<slug>":{"chapter":N,"passed":bool,"tasks":{"1":"pass"|"fail"|"timeout"}}}}}.
 * Grading some exercises keeps what is recorded for the others.
 */
public final class Progress {
    private Progress() {
    }

    public static Path defaultFile() {
        return Paths2.userDir().resolve("progress.json");
    }

    /** The recorded exercises (slug → entry); empty when there is no file or it cannot be read. */
    public static Map<String, Object> read(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                Object root = Json.parse(Files.readString(file));
                if (root instanceof Map<?, ?> m && m.get("exercises") instanceof Map<?, ?> ex) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    ex.forEach((k, v) -> out.put(String.valueOf(k), v));
                    return out;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable progress file is replaced by the next save
        }
        return new LinkedHashMap<>();
    }

    public static void record(Path file, List<ExerciseReport> reports) throws IOException {
        Map<String, Object> exercises = read(file);
        for (ExerciseReport r : reports) {
            Map<String, Object> tasks = new LinkedHashMap<>();
            for (TaskRow row : r.rows()) {
                // A crash is stored as a failure: the schema knows pass, fail and timeout.
                tasks.put(String.valueOf(row.task()), row.result().equals("crash") ? "fail" : row.result());
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("chapter", r.exercise().chapter());
            entry.put("passed", r.passed());
            entry.put("tasks", tasks);
            Hints.keep(entry, exercises.get(r.exercise().slug()), r);
            exercises.put(r.exercise().slug(), entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exercises", exercises);
        AtomicFiles.writeString(file, Json.write(root) + "\n");
    }
}
