package bachprop.app;

import bachprop.grade.Progress.Document;
import bachprop.grade.Progress.Entry;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import bachprop.util.Unreadable;
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
 * Read only; a missing file means no exercise has been graded yet, an unreadable one is moved aside.
 */
public final class Progress {
    /** One exercise's result. */
    public record Exercise(String slug, int chapter, boolean passed, Map<String, String> tasks) {}

    private final List<Exercise> exercises;

    private Progress(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    public static Progress empty() {
        return new Progress(List.of());
    }

    /** @throws IOException naming the file and the line or field for a file that is not the grader's JSON */
    public static Progress load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return empty();
        }
        Map<String, Entry> entries;
        try {
            entries = Json.read(file, Document.class).exercises();
        } catch (BadInputException e) {
            throw new IOException(
                    Unreadable.setAside(file, "progress file", e.getMessage(), "a new progress file is started"), e);
        }
        List<Exercise> out = new ArrayList<>();
        entries.forEach((slug, e) -> out.add(new Exercise(slug, e.chapter(), e.passed(), new TreeMap<>(e.tasks()))));
        return new Progress(out);
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
