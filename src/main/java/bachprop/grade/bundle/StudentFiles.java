package bachprop.grade.bundle;

import bachprop.grade.Exercise;
import bachprop.grade.Pack;
import bachprop.util.Json;
import bachprop.util.Paths2;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exercises as a bundle carries them: the student pack ({@link Pack}: stubs, docs, visible
 * tests, never a reference or a mistake), its manifest cut down to the chosen exercises, and,
 * for a grader's bundle only, each exercise's hidden tests ({@code .meta/hidden/}).
 */
final class StudentFiles {
    /** Where an exercise keeps its hidden tests, as in the exercises folder: {@code .meta/hidden/src/test/java/}. */
    static final String HIDDEN = ".meta/hidden";

    private StudentFiles() {}

    /** Adds the pack of {@code chosen} under {@code prefix}; with {@code hidden}, their hidden tests too. */
    static void add(
            BundleFiles bundle,
            String prefix,
            Path exercisesDir,
            List<Exercise> all,
            List<Exercise> chosen,
            boolean hidden)
            throws IOException {
        Path tmp = Files.createTempDirectory("bachprop-bundle-");
        try {
            Path pack = tmp.resolve("pack");
            Pack.write(exercisesDir, chosen, pack);
            if (hidden) {
                // the grader's own copy: the manifest as written, hidden tests listed (the pack's names none)
                Files.writeString(pack.resolve("manifest.json"), manifestOf(exercisesDir, chosen));
            } else if (chosen.size() < all.size()) {
                Files.writeString(pack.resolve("manifest.json"), Pack.withoutHidden(manifestOf(exercisesDir, chosen)));
            }
            bundle.addTree(prefix, pack);
        } finally {
            Paths2.deleteTree(tmp);
        }
        if (hidden) {
            for (Exercise ex : chosen) {
                Path dir = ex.dir().resolve(HIDDEN);
                if (Files.isDirectory(dir)) {
                    bundle.addTree(prefix + "/" + ex.slug() + "/" + HIDDEN, dir);
                }
            }
        }
    }

    /** The manifest with only the chosen exercises' entries, each kept as written. */
    static String manifestOf(Path exercisesDir, List<Exercise> chosen) {
        Path file = exercisesDir.resolve("manifest.json");
        Map<String, Object> manifest =
                Json.read(Json.text(file), file.toString(), new TypeReference<LinkedHashMap<String, Object>>() {});
        Set<String> slugs = chosen.stream().map(Exercise::slug).collect(Collectors.toSet());
        Object entries = manifest.get("exercises");
        if (entries instanceof List<?> list) {
            manifest.put(
                    "exercises",
                    list.stream()
                            .filter(e -> e instanceof Map<?, ?> m && slugs.contains(String.valueOf(m.get("slug"))))
                            .toList());
        }
        return Json.write(manifest) + "\n";
    }
}
