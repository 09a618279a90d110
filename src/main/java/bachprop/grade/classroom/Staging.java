package bachprop.grade.classroom;

import bachprop.grade.Exercise;
import bachprop.grade.classroom.Submission.Refused;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies the only files a class run takes from a student, each exercise's learner sources
 * ({@code SLUG/src/main/java/**.java}) and an optional {@code progress.json}, out of a
 * submission folder or zip into a folder of the grader's. Tests, the manifest and the docs stay
 * the instructor's. Everything else in the submission is never opened.
 *
 * <p>A pack may also sit inside one top-level folder ({@code alice.zip} holding {@code alice/}).
 * Refused, for this student only: an entry that climbs out of its folder ({@code ../}) or is
 * absolute, a symbolic link, more than {@link #MAX_ENTRIES} entries, a source over
 * {@link #MAX_FILE} bytes or all of them over {@link #MAX_TOTAL} (the caps on what an entry
 * actually expands to, as {@code music.data.Archives} caps the chorale archives), a zip that
 * cannot be read, and a submission holding none of the exercises.
 */
public final class Staging {
    static final int MAX_ENTRIES = 10_000;
    /** One learner source file: far more than any exercise's solution. */
    static final long MAX_FILE = 1L << 20;
    /** All learner sources of one submission. */
    static final long MAX_TOTAL = 8L << 20;
    /** The progress file a student may hand in (read only for the hints used). */
    static final String PROGRESS = "progress.json";

    /** What was taken: the staged folder (SLUG/src/main/java/...), the exercises found, the progress file if any. */
    public record Staged(Path root, List<String> slugs, Path progress) {}

    private Staging() {}

    /** Stages {@code s} into {@code into} (an empty folder of the grader's). */
    public static Staged stage(Submission s, List<Exercise> exercises, Path into) throws Refused, IOException {
        Map<String, Source> files = s.zip() ? ZipSubmission.read(s.source(), exercises) : folder(s.source(), exercises);
        List<String> slugs = new ArrayList<>();
        long total = 0;
        Path progress = null;
        for (Map.Entry<String, Source> e : files.entrySet()) {
            byte[] bytes = e.getValue().bytes();
            total += bytes.length;
            if (total > MAX_TOTAL) {
                throw new Refused("the learner sources come to more than " + MAX_TOTAL + " bytes: refused");
            }
            Path target = into.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            if (e.getKey().equals(PROGRESS)) {
                progress = target;
            }
        }
        for (Exercise ex : exercises) {
            if (files.keySet().stream().anyMatch(k -> k.startsWith(ex.slug() + "/"))) {
                slugs.add(ex.slug());
            }
        }
        if (slugs.isEmpty()) {
            throw new Refused("not a student pack: none of the exercise folders (" + names(exercises)
                    + ") holds a src/main/java file");
        }
        return new Staged(into, List.copyOf(slugs), progress);
    }

    /** One file taken: its bytes, read with the cap. */
    record Source(byte[] bytes) {}

    /** The learner sources of a folder submission: staged key → bytes. Symbolic links are refused. */
    static Map<String, Source> folder(Path dir, List<Exercise> exercises) throws Refused, IOException {
        if (Files.isSymbolicLink(dir)) {
            throw new Refused("a symbolic link, not a folder or a zip: refused");
        }
        try (Stream<Path> any = Files.list(dir)) {
            if (any.findAny().isEmpty()) {
                throw new Refused("an empty folder: nothing handed in");
            }
        }
        Path root = packRoot(dir, exercises);
        Map<String, Source> files = new LinkedHashMap<>();
        int seen = 0;
        for (Exercise ex : exercises) {
            Path exDir = root.resolve(ex.slug());
            Path src = exDir.resolve("src/main/java");
            for (Path p : List.of(exDir, exDir.resolve("src"), exDir.resolve("src/main"), src)) {
                if (Files.isSymbolicLink(p)) {
                    throw new Refused(dir.relativize(p) + " is a symbolic link: refused");
                }
            }
            if (!Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(src)) {
                for (Path p : walk.toList()) {
                    if (++seen > MAX_ENTRIES) {
                        throw new Refused("more than " + MAX_ENTRIES + " files: refused");
                    }
                    if (Files.isSymbolicLink(p)) {
                        throw new Refused(dir.relativize(p) + " is a symbolic link: refused");
                    }
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && p.getFileName().toString().endsWith(".java")) {
                        String key =
                                ex.slug() + "/" + exDir.relativize(p).toString().replace('\\', '/');
                        files.put(key, new Source(readCapped(Files.newInputStream(p), key)));
                    }
                }
            }
        }
        Path progress = root.resolve(PROGRESS);
        if (Files.isRegularFile(progress, LinkOption.NOFOLLOW_LINKS)) {
            files.put(PROGRESS, new Source(readCapped(Files.newInputStream(progress), PROGRESS)));
        }
        return files;
    }

    /** The folder itself when it holds an exercise folder or the manifest; else its one sub-folder that does. */
    private static Path packRoot(Path dir, List<Exercise> exercises) throws IOException {
        if (looksLikePack(dir, exercises)) {
            return dir;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> visible = entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("__MACOSX"))
                    .toList();
            if (visible.size() == 1
                    && Files.isDirectory(visible.get(0), LinkOption.NOFOLLOW_LINKS)
                    && looksLikePack(visible.get(0), exercises)) {
                return visible.get(0);
            }
        }
        return dir;
    }

    private static boolean looksLikePack(Path dir, List<Exercise> exercises) {
        return Files.exists(dir.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)
                || exercises.stream()
                        .anyMatch(ex -> Files.isDirectory(dir.resolve(ex.slug()), LinkOption.NOFOLLOW_LINKS));
    }

    /** Reads {@code in} to its end (and closes it), refusing more than {@link #MAX_FILE} bytes. */
    static byte[] readCapped(InputStream in, String name) throws Refused, IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > MAX_FILE) {
                    throw new Refused(name + " is larger than " + MAX_FILE + " bytes: refused");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    static String names(List<Exercise> exercises) {
        List<String> slugs = exercises.stream().map(Exercise::slug).toList();
        return slugs.size() <= 4
                ? String.join(", ", slugs)
                : String.join(", ", slugs.subList(0, 3)) + ", … " + slugs.size() + " in all";
    }
}
