package bachprop.grade.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bachprop grade --class} over a class of two real exercises (linear-composition, 2 tasks;
 * bp1-output-error, 1 task), graded once through the real command: a student with every
 * reference, one with the stubs and forged tests and manifest, one with the references and a
 * hostile file in bp1-output-error, one zipped inside a top-level folder with a progress file,
 * and five that cannot be graded (a broken zip, an empty folder, a folder that is no pack, a
 * zip with a {@code ../} entry, a folder whose learner file links outside it).
 */
class ClassGradingTest {
    static final List<String> SLUGS = List.of("linear-composition", "bp1-output-error");
    static final String MANIFEST = """
            {"exercises": [
              {"slug": "linear-composition", "chapter": 2, "title": "Why a network needs a non-linearity", "tasks": 2,
               "mistakes": [{"id": "bias-not-scaled", "task": 1, "hint": "The first bias goes through the second weight"},
                            {"id": "missing-two", "task": 2, "hint": "Forgetting the factor 2"}]},
              {"slug": "bp1-output-error", "chapter": 5, "title": "BP1: the error of the output layer", "tasks": 1,
               "mistakes": [{"id": "no-sigma-prime", "task": 1, "hint": "Leaving out σ′(zᴸ)"},
                            {"id": "sigma-prime-of-a", "task": 1, "hint": "σ′ of the activation instead of the weighted input"}]}
            ]}
            """;

    @TempDir
    static Path tmp;

    static int code;
    static String out;
    static Map<String, List<String>> rows = new LinkedHashMap<>();
    static String header;
    static Path reports;
    static Map<String, String> classBefore;
    static Map<String, String> classAfter;

    @BeforeAll
    static void gradeTheClass() throws Exception {
        Path instructor = tmp.resolve("instructor");
        for (String slug : SLUGS) {
            copyTree(Path.of("exercises", slug), instructor.resolve(slug));
        }
        Files.writeString(instructor.resolve("manifest.json"), MANIFEST);
        Path cls = Files.createDirectories(tmp.resolve("class"));
        Map<String, byte[]> reference = learnerFiles(true);
        Map<String, byte[]> stub = learnerFiles(false);
        write(cls.resolve("ref"), reference);

        Map<String, byte[]> forged = new TreeMap<>(stub);
        forged.put("linear-composition/src/test/java/CompositionTest.java", """
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;

                class CompositionTest {
                    @Test @Tag("task:1") void one() {}
                    @Test @Tag("task:2") void two() {}
                }
                """.getBytes(StandardCharsets.UTF_8));
        forged.put("manifest.json", "{\"exercises\": []}".getBytes(StandardCharsets.UTF_8));
        write(cls.resolve("stub"), forged);

        Map<String, byte[]> hostile = new TreeMap<>(reference);
        String bp1 = "bp1-output-error/src/main/java/OutputError.java";
        hostile.put(
                bp1,
                new String(reference.get(bp1), StandardCharsets.UTF_8)
                        .replaceFirst(
                                "class OutputError \\{",
                                "class OutputError {\n    static {\n        Calc.add(2, 3);\n    }\n")
                        .getBytes(StandardCharsets.UTF_8));
        hostile.put(
                "bp1-output-error/src/main/java/Calc.java",
                Files.readString(Path.of("src/test/resources/hostile/forge-fd-out/Calc.java"))
                        .replace("@SLUG@", "bp1-output-error")
                        .getBytes(StandardCharsets.UTF_8));
        write(cls.resolve("hostile"), hostile);

        Map<String, byte[]> carol = new TreeMap<>(reference);
        carol.put("progress.json", """
                {"exercises": {"bp1-output-error": {"chapter": 5, "passed": false, "tasks": {"1": "fail"}, "hints": {"1": 2}},
                 "linear-composition": {"chapter": 2, "passed": true, "tasks": {"1": "pass", "2": "pass"}, "hints": {"2": 1}}}}
                """.getBytes(StandardCharsets.UTF_8));
        zip(cls.resolve("carol.zip"), "carol/", carol);

        Map<String, byte[]> climbing = new TreeMap<>(reference);
        climbing.put("../escaped.java", "class Escaped {}".getBytes(StandardCharsets.UTF_8));
        zip(cls.resolve("traversal.zip"), "", climbing);
        Files.write(cls.resolve("broken.zip"), "PK this is not a zip".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(cls.resolve("empty"));
        Files.writeString(Files.createDirectories(cls.resolve("@evil")).resolve("README.md"), "not a pack");
        // a learner file that is a link to a file outside the submission (here, the system's passwd)
        write(cls.resolve("linker"), reference);
        String learner = reference.keySet().stream()
                .filter(k -> k.contains("/src/main/java/"))
                .findFirst()
                .orElseThrow();
        Files.delete(cls.resolve("linker").resolve(learner));
        Files.createSymbolicLink(cls.resolve("linker").resolve(learner), Path.of("/etc/passwd"));

        classBefore = fingerprint(cls);
        reports = tmp.resolve("reports");
        Path gradebook = tmp.resolve("out/gradebook.csv");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            code = Main.run(
                    new String[] {
                        "grade",
                        "--dir",
                        instructor.toString(),
                        "--class",
                        cls.toString(),
                        "--gradebook",
                        gradebook.toString(),
                        "--reports",
                        reports.toString(),
                        "--jobs",
                        "2",
                        "--timeout",
                        "5"
                    },
                    ps,
                    ps);
        }
        out = buf.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        classAfter = fingerprint(cls);
        List<String> lines = List.of(Files.readString(gradebook).split("\r\n"));
        header = lines.get(0);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = GradebookCsvTest.parse(line);
            rows.put(cells.get(0), cells);
        }
    }

    /** The cells of a student's row: student, linear-composition, bp1-output-error, total, hints, time, error. */
    static List<String> row(String student) {
        List<String> r = rows.get(student);
        assertTrue(r != null, "no row for " + student + " in " + rows.keySet() + "\n" + out);
        return r;
    }

    @Test
    void theGradebookHasAColumnPerExerciseAndARowPerSubmissionSortedByName() {
        assertEquals(0, code, out);
        assertEquals("student,linear-composition,bp1-output-error,total,hints used,wall time,error", header);
        assertEquals(
                List.of("'@evil", "broken", "carol", "empty", "hostile", "linker", "ref", "stub", "traversal"),
                List.copyOf(rows.keySet()));
    }

    @Test
    void referencesScoreFullHostileScoresZeroOnlyInTheAttackedExerciseStubsScoreZero() {
        assertEquals(List.of("2", "1", "3", "", ""), cells(row("ref"), 1, 2, 3, 4, 6), "ref: full, no progress file");
        assertEquals(
                List.of("2", "0", "2"),
                row("hostile").subList(1, 4),
                "hostile: full in linear-composition, zero in bp1");
        assertEquals(List.of("0", "0", "0"), row("stub").subList(1, 4), "forged tests and manifest gain nothing");
        int full = Integer.parseInt(row("ref").get(3));
        int partial = Integer.parseInt(row("hostile").get(3));
        int zero = Integer.parseInt(row("stub").get(3));
        assertTrue(full > partial && partial > zero, full + " > " + partial + " > " + zero);
    }

    @Test
    void aZipInsideOneTopLevelFolderIsGradedAndItsProgressFileGivesTheHintsUsed() {
        assertEquals(List.of("2", "1", "3", "3", ""), cells(row("carol"), 1, 2, 3, 4, 6));
    }

    @Test
    void brokenEmptyAndClimbingSubmissionsAreRowsWithAnErrorNotAStoppedRun() {
        assertTrue(
                row("broken").get(6).contains("not a readable zip"),
                row("broken").toString());
        assertTrue(row("empty").get(6).contains("an empty folder"), row("empty").toString());
        assertTrue(
                row("'@evil").get(6).contains("not a student pack"),
                row("'@evil").toString());
        assertTrue(
                row("traversal").get(6).contains("'../escaped.java' would be written outside"),
                row("traversal").toString());
        assertTrue(Files.notExists(tmp.resolve("class").getParent().resolve("escaped.java")));
        assertTrue(
                row("linker").get(6).contains("is a symbolic link: refused"),
                row("linker").toString());
        for (String s : List.of("broken", "empty", "traversal", "linker")) {
            assertEquals(List.of("", "", ""), row(s).subList(1, 4), s + " has no points");
        }
    }

    @Test
    void eachStudentGetsAReportAndTheClassFolderIsNeverWritten() throws IOException {
        String ref = Files.readString(reports.resolve("ref.txt"));
        assertTrue(ref.startsWith("ref\n") && ref.matches("(?s).*bp1-output-error +1 +pass.*"), ref);
        String hostile = Files.readString(reports.resolve("hostile.txt"));
        assertTrue(hostile.matches("(?s).*bp1-output-error +1 +fail.*raw file descriptor.*"), hostile);
        assertTrue(Files.readString(reports.resolve("broken.txt")).contains("not graded: not a readable zip"));
        assertEquals(classBefore, classAfter);
    }

    static List<String> cells(List<String> row, int... at) {
        List<String> picked = new ArrayList<>();
        for (int i : at) {
            picked.add(row.get(i));
        }
        return picked;
    }

    /** Each exercise's learner files: the stub, with the reference laid over it when {@code solved}. */
    static Map<String, byte[]> learnerFiles(boolean solved) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String slug : SLUGS) {
            Path ex = Path.of("exercises", slug);
            List<Path> roots = solved
                    ? List.of(ex.resolve(".meta/stub/src/main/java"), ex.resolve(".meta/src/main/java"))
                    : List.of(ex.resolve(".meta/stub/src/main/java"));
            for (Path root : roots) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        files.put(slug + "/src/main/java/" + root.relativize(p), Files.readAllBytes(p));
                    }
                }
            }
        }
        return files;
    }

    static void write(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
    }

    static void zip(Path file, String prefix, Map<String, byte[]> files) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(os)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(prefix + f.getKey()));
                zip.write(f.getValue());
                zip.closeArchiveEntry();
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> map = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                map.put(
                        root.relativize(p).toString(),
                        Files.size(p) + " " + Files.getLastModifiedTime(p) + " "
                                + Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return map;
    }
}
