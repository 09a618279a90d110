package bachprop.grade;

import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A student pack: the exercises without their solutions, for {@code bachprop grade --pack DIR}. */
public final class StudentPack {
    private StudentPack() {
    }

    /**
     * Copies the manifest and every exercise without its .meta/ into {@code target} (new or
     * empty) and writes a README; returns the number of files written.
     */
    public static int write(Path dir, List<Exercise> exercises, Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new BadInputException(target + " is not empty: a pack is only written into a new or empty folder");
                }
            }
        }
        Files.createDirectories(target);
        Files.copy(dir.resolve("manifest.json"), target.resolve("manifest.json"));
        int files = 1;
        for (Exercise ex : exercises) {
            try (Stream<Path> walk = Files.walk(ex.dir())) {
                for (Path p : walk.toList()) {
                    Path rel = ex.dir().relativize(p);
                    if (rel.getNameCount() > 0 && rel.getName(0).toString().equals(".meta")) {
                        continue;
                    }
                    Path to = target.resolve(ex.slug()).resolve(rel.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                        files++;
                    }
                }
            }
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
}
