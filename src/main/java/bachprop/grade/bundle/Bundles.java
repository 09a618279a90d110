package bachprop.grade.bundle;

import bachprop.grade.Exercise;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code bachprop grade [SLUG...] --bundle KIND TARGET}: the kinds of bundle, by name. */
public final class Bundles {
    /** The kinds {@code --bundle} knows. */
    public static final List<String> KINDS = List.of("gradescope", "classroom");

    private Bundles() {}

    /** Writes the bundle of {@code chosen}; returns the line that says what was written. */
    public static String write(String kind, Path target, Path exercisesDir, List<Exercise> all, List<Exercise> chosen)
            throws IOException {
        return switch (kind) {
            case "gradescope" -> {
                if (!target.getFileName().toString().endsWith(".zip")) {
                    throw new BadInputException("--bundle gradescope writes a zip: name a FILE.zip, not " + target);
                }
                yield GradescopeBundle.write(exercisesDir, all, chosen, target).toString();
            }
            case "classroom" ->
                ClassroomBundle.write(exercisesDir, all, chosen, target).toString();
            default ->
                throw new BadInputException(
                        "--bundle " + kind + ": unknown kind (known: " + String.join(", ", KINDS) + ")");
        };
    }
}
