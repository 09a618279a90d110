package bachprop.grade;

import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of {@code exercises/manifest.json}: where the exercise lives, its chapter, how many
 * tasks it has, and its listed common mistakes, each mapped to a hint heading in its hints.md;
 * optionally each task's points ({@code weights}, one per task; default 1 each) and the test
 * classes kept from students ({@code hidden}: {@code .meta/hidden/src/test/java/NAME.java}).
 */
public record Exercise(
        String slug,
        int chapter,
        String title,
        int tasks,
        List<Mistake> mistakes,
        Path dir,
        List<Double> weights,
        List<String> hidden,
        String hiddenVisibility) {
    /** What Gradescope shows students of a hidden test, unless the manifest says otherwise. */
    public static final String DEFAULT_HIDDEN_VISIBILITY = "after_published";
    /** The visibilities Gradescope's results.json allows. */
    public static final List<String> VISIBILITIES = List.of("visible", "hidden", "after_due_date", "after_published");

    /** A listed common mistake: its folder under {@code .meta/mistakes/}, its task, and its hint's heading. */
    public record Mistake(String id, int task, String hint) {}

    /** An exercise with one point per task and no hidden tests. */
    public Exercise(String slug, int chapter, String title, int tasks, List<Mistake> mistakes, Path dir) {
        this(slug, chapter, title, tasks, mistakes, dir, List.of(), List.of(), DEFAULT_HIDDEN_VISIBILITY);
    }

    /** The points of task {@code task} (1-based): its weight from the manifest, or 1. */
    public double weight(int task) {
        return weights.isEmpty() ? 1.0 : weights.get(task - 1);
    }

    /** The points of all tasks together. */
    public double maxPoints() {
        double sum = 0;
        for (int t = 1; t <= tasks; t++) {
            sum += weight(t);
        }
        return sum;
    }

    /** Where the hidden test classes live: {@code .meta/hidden/src/test/java/}. */
    public Path hiddenTests() {
        return meta().resolve("hidden");
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
            throw new BadInputException(
                    "no exercises here: " + file + " does not exist (use --dir DIR to name the folder)");
        }
        Manifest manifest = Json.read(file, Manifest.class);
        if (manifest.exercises() == null) {
            throw new BadInputException(file + ": missing field 'exercises' (see docs/exercises.md)");
        }
        List<Exercise> list = new ArrayList<>();
        for (int i = 0; i < manifest.exercises().size(); i++) {
            Entry e = manifest.exercises().get(i);
            if (e == null) {
                throw new BadInputException(file + ": field 'exercises[" + i + "]' is null, not an exercise");
            }
            list.add(e.toExercise(file, "exercises[" + i + "]", exercisesDir));
        }
        return list;
    }

    /** {@code exercises/manifest.json} as written (docs/exercises.md); unknown fields are an error. */
    record Manifest(List<Entry> exercises) {}

    /** One exercise as the manifest lists it; {@code title} defaults to the slug. */
    record Entry(
            String slug,
            Integer chapter,
            String title,
            Integer tasks,
            List<Mistake> mistakes,
            List<Double> weights,
            List<String> hidden,
            String hiddenVisibility) {
        /** The most tasks an exercise may declare (the shipped ones have at most 4). */
        static final int MAX_TASKS = 100;
        /** The most points one task may carry. */
        static final double MAX_WEIGHT = 1000;

        private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

        Exercise toExercise(Path file, String field, Path exercisesDir) {
            if (slug == null || chapter == null || tasks == null) {
                throw new BadInputException(
                        file + ": field '" + field + "': every exercise needs \"slug\", \"chapter\", "
                                + "\"tasks\" and may list \"mistakes\" as {\"id\", \"task\", \"hint\"} (see docs/exercises.md)");
            }
            if (tasks < 1 || tasks > MAX_TASKS) {
                throw new BadInputException(
                        file + ": field '" + field + ".tasks' must be between 1 and " + MAX_TASKS + ", not " + tasks);
            }
            List<Mistake> ms = mistakes == null ? List.of() : mistakes;
            for (int k = 0; k < ms.size(); k++) {
                Mistake m = ms.get(k);
                if (m == null || m.id() == null || m.hint() == null || m.task() < 1 || m.task() > tasks) {
                    throw new BadInputException(file + ": field '" + field + ".mistakes[" + k
                            + "]' needs \"id\", \"hint\" " + "and a \"task\" from 1 to " + tasks);
                }
            }
            return new Exercise(
                    slug,
                    chapter,
                    title == null ? slug : title,
                    tasks,
                    List.copyOf(ms),
                    exercisesDir.resolve(slug),
                    weights(file, field),
                    hidden(file, field),
                    visibility(file, field));
        }

        /** {@code "weights": [w1, …]}: one positive number of points per task, at most {@link #MAX_WEIGHT}. */
        private List<Double> weights(Path file, String field) {
            if (weights == null) {
                return List.of();
            }
            if (weights.size() != tasks) {
                throw new BadInputException(file + ": field '" + field + ".weights' needs one number per task (" + tasks
                        + "), not " + weights.size());
            }
            for (int k = 0; k < weights.size(); k++) {
                Double w = weights.get(k);
                if (w == null || !(w > 0) || w > MAX_WEIGHT) {
                    throw new BadInputException(file + ": field '" + field + ".weights[" + k
                            + "]' must be a number of points above 0 and at most " + (int) MAX_WEIGHT + ", not " + w);
                }
            }
            return List.copyOf(weights);
        }

        /** {@code "hiddenVisibility"}: how Gradescope shows the hidden tests; one of {@link #VISIBILITIES}. */
        private String visibility(Path file, String field) {
            if (hiddenVisibility == null) {
                return DEFAULT_HIDDEN_VISIBILITY;
            }
            if (!VISIBILITIES.contains(hiddenVisibility)) {
                throw new BadInputException(file + ": field '" + field + ".hiddenVisibility' must be one of "
                        + String.join(", ", VISIBILITIES) + ", not \"" + hiddenVisibility + "\"");
            }
            return hiddenVisibility;
        }

        /** {@code "hidden": ["NAME", …]}: test classes in .meta/hidden/src/test/java/NAME.java. */
        private List<String> hidden(Path file, String field) {
            if (hidden == null) {
                return List.of();
            }
            for (int k = 0; k < hidden.size(); k++) {
                String name = hidden.get(k);
                if (name == null || !CLASS_NAME.matcher(name).matches()) {
                    throw new BadInputException(file + ": field '" + field + ".hidden[" + k
                            + "]' must name a test class (NAME for .meta/hidden/src/test/java/NAME.java), not "
                            + (name == null ? "null" : "\"" + name + "\""));
                }
            }
            return List.copyOf(hidden);
        }
    }
}
