package bachprop.grade;

import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code exercises/manifest.json}: where the exercise lives, its chapter, how many
 * tasks it has, and its listed common mistakes, each mapped to a hint heading in its hints.md.
 */
public record Exercise(String slug, int chapter, String title, int tasks, List<Mistake> mistakes, Path dir) {

    /** A listed common mistake: its folder under {@code .meta/mistakes/}, its task, and its hint's heading. */
    public record Mistake(String id, int task, String hint) {
    }

    public Path docs(String name) {
        return dir.resolve(".docs").resolve(name);
    }

    public Path meta() {
        return dir.resolve(".meta");
    }

    /** Reads the manifest of an exercises folder; a malformed one is a one-line error naming file and line. */
    public static List<Exercise> readManifest(Path exercisesDir) throws IOException {
        Path file = exercisesDir.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no exercises here: " + file + " does not exist (use --dir DIR to name the folder)");
        }
        Object root;
        try {
            root = Json.parse(Files.readString(file));
        } catch (Json.JsonException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        List<Exercise> list = new ArrayList<>();
        try {
            for (Object o : (List<?>) ((Map<?, ?>) root).get("exercises")) {
                Map<?, ?> m = (Map<?, ?>) o;
                String slug = (String) m.get("slug");
                List<Mistake> mistakes = new ArrayList<>();
                Object ms = m.get("mistakes");
                if (ms != null) {
                    for (Object mo : (List<?>) ms) {
                        Map<?, ?> mm = (Map<?, ?>) mo;
                        mistakes.add(new Mistake((String) mm.get("id"), ((Number) mm.get("task")).intValue(), (String) mm.get("hint")));
                    }
                }
                Object title = m.get("title");
                list.add(new Exercise(slug, ((Number) m.get("chapter")).intValue(), title == null ? slug : (String) title,
                        ((Number) m.get("tasks")).intValue(), List.copyOf(mistakes), exercisesDir.resolve(slug)));
            }
        } catch (ClassCastException | NullPointerException e) {
            throw new BadInputException(file + ": every exercise needs \"slug\", \"chapter\", \"tasks\" and may list "
                    + "\"mistakes\" as {\"id\", \"task\", \"hint\"} (see docs/exercises.md)");
        }
        return list;
    }
}
