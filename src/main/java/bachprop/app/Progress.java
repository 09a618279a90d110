package bachprop.app;

import bachprop.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The student's exercise results as the grader writes them to {@code <userDir>/progress.json}:
 * <pre>{"exercises": {"bp1-output-error": {"chapter": 5, "passed": true, "tasks": {"1": "pass"}}}}</pre>
 * Read only; a missing file means no exercise has been graded yet.
 */
public final class Progress {
    /** One exercise's result. */
    public record Exercise(String slug, int chapter, boolean passed, Map<String, String> tasks) {
    }

    private final List<Exercise> exercises;

    private Progress(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    public static Progress empty() {
        return new Progress(List.of());
    }

    /** @throws IOException naming the file for a file that is not the grader's JSON */
    public static Progress load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return empty();
        }
        Object root;
        try {
            root = Json.parse(Files.readString(file));
        } catch (Json.JsonException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        List<Exercise> out = new ArrayList<>();
        if (root instanceof Map<?, ?> m && m.get("exercises") instanceof Map<?, ?> ex) {
            for (Map.Entry<?, ?> e : ex.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> v) {
                    Map<String, String> tasks = new TreeMap<>();
                    if (v.get("tasks") instanceof Map<?, ?> t) {
                        t.forEach((k, val) -> tasks.put(String.valueOf(k), String.valueOf(val)));
                    }
                    int chapter = v.get("chapter") instanceof Number n ? n.intValue() : 0;
                    out.add(new Exercise(String.valueOf(e.getKey()), chapter, Boolean.TRUE.equals(v.get("passed")), tasks));
                }
            }
            return new Progress(out);
        }
        throw new IOException(file + ": line 1: expected {\"exercises\": {…}}");
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public List<Exercise> ofChapter(int chapter) {
        return exercises.stream().filter(e -> e.chapter() == chapter).toList();
    }

    /** Exercises of the chapter that pass. */
    public long passed(int chapter) {
        return ofChapter(chapter).stream().filter(Exercise::passed).count();
    }
}
