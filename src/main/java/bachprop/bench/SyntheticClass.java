package bachprop.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import bachprop.grade.Exercise;
import bachprop.grade.Pack;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A class of synthetic submissions of every exercise, for {@code bachprop bench grade-class}.
 * Student {@code i} is, by {@code i mod 5}: correct (every reference from {@code .meta/}), wrong
 * (a listed mistake variant in every exercise), stub (the pack as shipped), mixed (per exercise,
 * at random with seed {@code i}: reference, a mistake or the stub), or hostile (the references,
 * but in one exercise a hostile file of {@code src/test/resources/hostile/} added as
 * {@code Calc.java} and called from the learner class's static initialiser, so the attack runs
 * in whichever test first touches the class). Every third student hands in a zip.
 */
final class SyntheticClass {
    enum Kind {
        CORRECT,
        WRONG,
        STUB,
        MIXED,
        HOSTILE
    }

    /** One generated student: the kind, and for a hostile one the exercise and the case. */
    record Student(String name, Kind kind, String hostileSlug, String hostileCase) {
        @Override
        public String toString() {
            return name + " (" + kind.name().toLowerCase(Locale.ROOT)
                    + (hostileCase == null ? "" : " " + hostileCase + " in " + hostileSlug) + ")";
        }
    }

    private static final Pattern CLASS_OPENS = Pattern.compile("\\bclass\\s+\\w+[^{]*\\{");

    private final List<Exercise> exercises;
    private final Path hostileDir;
    private final Path scratch;

    /** {@code hostileDir} may be null (no hostile students then: they hand in the references); {@code scratch} holds the sentinel. */
    SyntheticClass(List<Exercise> exercises, Path hostileDir, Path scratch) {
        this.exercises = exercises;
        this.hostileDir = hostileDir;
        this.scratch = scratch;
    }

    /** Writes {@code n} students into {@code classDir}; returns them in order. */
    List<Student> write(int n, Path classDir) throws IOException {
        List<String> cases = cases();
        List<Student> students = new ArrayList<>();
        int hostile = 0;
        for (int i = 0; i < n; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            String name = String.format("student-%03d", i + 1);
            Student s = kind == Kind.HOSTILE && !cases.isEmpty()
                    ? new Student(
                            name,
                            kind,
                            exercises.get((hostile * 5) % exercises.size()).slug(),
                            cases.get(hostile++ % cases.size()))
                    : new Student(name, kind == Kind.HOSTILE ? Kind.CORRECT : kind, null, null);
            Map<String, byte[]> files = files(s, i);
            if (i % 3 == 2) {
                zip(files, classDir.resolve(name + ".zip"), name + "/");
            } else {
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Path p = classDir.resolve(name).resolve(f.getKey());
                    Files.createDirectories(p.getParent());
                    Files.write(p, f.getValue());
                }
            }
            students.add(s);
        }
        return students;
    }

    /** The student's learner sources: "SLUG/src/main/java/X.java" → bytes. */
    private Map<String, byte[]> files(Student s, int seed) throws IOException {
        Random random = new Random(seed);
        Map<String, byte[]> out = new TreeMap<>();
        for (int e = 0; e < exercises.size(); e++) {
            Exercise ex = exercises.get(e);
            Map<String, Path> stub = Pack.stubSources(ex);
            Map<String, Path> reference = overlay(stub, ex.meta());
            Map<String, Path> chosen = switch (s.kind()) {
                case CORRECT, HOSTILE -> reference;
                case STUB -> stub;
                case WRONG -> mistake(ex, reference, seed + e);
                case MIXED ->
                    switch (random.nextInt(3)) {
                        case 0 -> reference;
                        case 1 -> mistake(ex, reference, random.nextInt(1000));
                        default -> stub;
                    };
            };
            for (Map.Entry<String, Path> f : chosen.entrySet()) {
                out.put(ex.slug() + "/" + f.getKey(), Files.readAllBytes(f.getValue()));
            }
            if (ex.slug().equals(s.hostileSlug())) {
                String primary =
                        overlay(Map.of(), ex.meta()).keySet().iterator().next();
                String key = ex.slug() + "/" + primary;
                out.put(
                        key,
                        callFromStaticInitialiser(new String(out.get(key), UTF_8))
                                .getBytes(UTF_8));
                out.put(
                        ex.slug() + "/src/main/java/Calc.java",
                        hostile(s.hostileCase(), ex).getBytes(UTF_8));
            }
        }
        return out;
    }

    private static Map<String, Path> mistake(Exercise ex, Map<String, Path> reference, int pick) throws IOException {
        if (ex.mistakes().isEmpty()) {
            return reference;
        }
        Exercise.Mistake m = ex.mistakes().get(Math.floorMod(pick, ex.mistakes().size()));
        return overlay(reference, ex.meta().resolve("mistakes").resolve(m.id()));
    }

    /** The learner class with {@code static { Calc.add(2, 3); }} as its first member. */
    static String callFromStaticInitialiser(String source) {
        Matcher m = CLASS_OPENS.matcher(source);
        if (!m.find()) {
            return source;
        }
        return source.substring(0, m.end()) + "\n    static {\n        Calc.add(2, 3);\n    }\n"
                + source.substring(m.end());
    }

    /** A hostile case's Calc.java with its placeholders filled as HostileSubmissionsTest fills them. */
    private String hostile(String name, Exercise ex) throws IOException {
        return Files.readString(hostileDir.resolve(name).resolve("Calc.java"))
                .replace("@SLUG@", ex.slug())
                .replace("@EXERCISES@", ex.dir().getParent().toString())
                .replace("@SENTINEL@", scratch.resolve("sentinel.txt").toString())
                .replace("@PROGRESS@", scratch.resolve("progress.json").toString())
                .replace(
                        "@MARKER@",
                        "bachprop-bench-class-" + ProcessHandle.current().pid());
    }

    private List<String> cases() throws IOException {
        if (hostileDir == null || !Files.isDirectory(hostileDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(hostileDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("Calc.java")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /** {@code base} with the files under {@code dir/src/main/java} added or replaced. */
    static Map<String, Path> overlay(Map<String, Path> base, Path dir) throws IOException {
        Map<String, Path> out = new TreeMap<>(base);
        Path root = dir.resolve("src/main/java");
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    out.put(dir.relativize(p).toString().replace('\\', '/'), p);
                }
            }
        }
        return out;
    }

    private static void zip(Map<String, byte[]> files, Path file, String prefix) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(os)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(prefix + f.getKey()));
                zip.write(f.getValue());
                zip.closeArchiveEntry();
            }
        }
    }
}
