package bachprop.grade;

import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bachprop grade --pack DIR}: a student pack built from the stored stubs
 * ({@code .meta/stub/src/main/java} of each exercise), never from the working files, so a solved
 * exercise still ships as its stub. Docs and tests are copied; {@code .meta/} is not.
 */
public final class Pack {
    private Pack() {}

    /** Where an exercise's stub is stored: {@code .meta/stub/}, mirroring the exercise's src/main/java. */
    public static Path stubDir(Exercise ex) {
        return ex.meta().resolve("stub");
    }

    /** The stored stub's files (relative path → file), or the working files when none is stored (a pack). */
    public static Map<String, Path> stubSources(Exercise ex) throws IOException {
        Path stored = stubDir(ex);
        return Files.isDirectory(stored.resolve("src/main/java"))
                ? Grader.sources(stored, "src/main/java")
                : Grader.sources(ex.dir(), "src/main/java");
    }

    /**
     * Writes the manifest, every exercise without .meta/ and with its stub, and a README into
     * {@code target} (new or empty); returns the number of files written.
     */
    public static int write(Path dir, List<Exercise> exercises, Path target) throws IOException {
        for (Exercise ex : exercises) {
            if (!Files.isDirectory(stubDir(ex).resolve("src/main/java"))) {
                throw new BadInputException(ex.slug() + " has no stored stub (" + dir.relativize(stubDir(ex))
                        + "/src/main/java): a pack is built from the stubs, never from the working files");
            }
        }
        if (Files.exists(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new BadInputException(
                            target + " is not empty: a pack is only written into a new or empty folder");
                }
            }
        }
        Files.createDirectories(target);
        AtomicFiles.writeString(
                target.resolve("manifest.json"), withoutHidden(Files.readString(dir.resolve("manifest.json"))));
        int files = 1;
        for (Exercise ex : exercises) {
            files += copy(ex.dir(), target.resolve(ex.slug()), true);
            files += copy(stubDir(ex), target.resolve(ex.slug()), false);
        }
        AtomicFiles.writeString(target.resolve("README.md"), """
                # Bachprop exercises

                Each folder is one exercise. Read `.docs/instructions.md`, edit the file under
                `src/main/java/`, and grade your work from the Bachprop checkout with

                    bachprop grade --dir THIS_FOLDER            (every exercise)
                    bachprop grade --dir THIS_FOLDER SLUG       (one exercise)

                The table shows each task's result and, when a task fails, a hint
                (`.docs/hints.md` has them all). Your files are only read, never changed.
                """);
        files++;
        return files;
    }

    /** Copies {@code from} into {@code to}; from the working exercise, skips .meta/ and src/main/java. */
    private static int copy(Path from, Path to, boolean working) throws IOException {
        int files = 0;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (working && (rel.startsWith(".meta/") || rel.startsWith("src/main/java/"))) {
                    continue;
                }
                Path dest = to.resolve(rel);
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest);
                files++;
            }
        }
        return files;
    }

    /**
     * The manifest a student receives: the instructor's, less its {@code hidden} and
     * {@code hiddenVisibility} fields (the names of hidden test classes are the instructor's too).
     */
    public static String withoutHidden(String manifest) {
        return manifest.replaceAll(",\\s*\"hidden\"\\s*:\\s*\\[[^\\]]*\\]", "")
                .replaceAll(",\\s*\"hiddenVisibility\"\\s*:\\s*\"[^\"]*\"", "");
    }
}
