package bachprop.grade.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.Exercise;
import bachprop.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradescope autograder: its zip's layout, and its real run_autograder run against a folder
 * laid out like /autograder (AUTOGRADER_ROOT) on a passing, a failing and an empty submission.
 */
class GradescopeBundleTest {
    @TempDir
    static Path tmp;

    static Path zip;
    static Path exercises;
    /** What run_autograder passes to the grader: Gradescope's format once the formats branch is merged. */
    static String gradeArgs;

    @BeforeAll
    static void writeBundle() throws IOException {
        exercises = BundleFixture.write(tmp);
        List<Exercise> all = Exercise.readManifest(exercises);
        gradeArgs = BundleFixture.formatsMerged() ? GradescopeBundle.GRADE_ARGS : "";
        zip = tmp.resolve("out/autograder.zip");
        GradescopeBundle.write(exercises, all, all, zip, gradeArgs);
    }

    static Map<String, ZipArchiveEntry> entries() throws IOException {
        Map<String, ZipArchiveEntry> map = new TreeMap<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                map.put(e.getName(), e);
            }
        }
        return map;
    }

    @Test
    void theScriptsSitAtTheZipsRootAndAreExecutable() throws IOException {
        Map<String, ZipArchiveEntry> entries = entries();
        for (String script : List.of("setup.sh", "run_autograder")) {
            assertTrue(entries.containsKey(script), entries.keySet().toString());
            assertEquals(0755, entries.get(script).getUnixMode() & 0777, script + " mode");
        }
        assertEquals(0644, entries.get("exercises/manifest.json").getUnixMode() & 0777);
        assertFalse(
                Files.list(zip.getParent())
                        .anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                "the zip is written through a temporary file that is gone afterwards");
    }

    @Test
    void setupInstallsJava17AndTheGraderIsSelfContained() throws Exception {
        String setup = read("setup.sh");
        assertTrue(setup.contains("apt-get install -y --no-install-recommends openjdk-17-jdk-headless"), setup);
        assertEquals(0, bash("-n", unpacked().resolve("source/setup.sh").toString()), "setup.sh parses");
        Map<String, ZipArchiveEntry> entries = entries();
        for (String jar : List.of("bachprop.jar", "picocli-4.7.7.jar", "jackson-databind-2.23.0.jar")) {
            assertTrue(entries.containsKey("grader/lib/" + jar), jar + " in " + entries.keySet());
        }
        assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith("grader/lib/junit-platform-launcher")));
    }

    @Test
    void theTestsHiddenOnesIncludedGoInAndNoReferenceSolution() throws IOException {
        Map<String, ZipArchiveEntry> entries = entries();
        String slug = "exercises/" + BundleFixture.SLUG;
        assertTrue(entries.containsKey(slug + "/src/test/java/OutputErrorTest.java"));
        assertTrue(entries.containsKey(slug + "/.meta/hidden/src/test/java/" + BundleFixture.HIDDEN_TEST + ".java"));
        for (String name : entries.keySet()) {
            assertFalse(name.contains("/.meta/") && !name.contains("/.meta/hidden/"), name + " is not for students");
        }
        byte[] reference = Files.readAllBytes(BundleFixture.reference());
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                byte[] bytes = z.getInputStream(e).readAllBytes();
                assertFalse(Arrays.equals(reference, bytes), e.getName() + " is the reference solution");
            }
        }
        // The learner's file in the bundle is the stub the pack ships.
        assertArrayEquals(
                Files.readAllBytes(BundleFixture.project().resolve(".meta/stub/src/main/java/OutputError.java")),
                bytes(slug + "/src/main/java/OutputError.java"));
    }

    @Test
    void aPassingSubmissionInThePacksLayoutScoresFull() throws Exception {
        Path root = unpacked();
        Path file = root.resolve("submission/pack/" + BundleFixture.SLUG + "/src/main/java/OutputError.java");
        Files.createDirectories(file.getParent());
        Files.copy(BundleFixture.reference(), file);
        Map<?, ?> results = runAutograder(root);
        if (BundleFixture.formatsMerged()) {
            List<?> tests = (List<?>) results.get("tests");
            assertFalse(tests.isEmpty(), results.toString());
            double max = tests.stream()
                    .mapToDouble(t -> num(((Map<?, ?>) t).get("max_score")))
                    .sum();
            assertTrue(max > 0, results.toString());
            assertEquals(max, score(results), 1e-9, results.toString());
            // run_autograder passes --hidden: the hidden test ran (named "hidden test N" in every format).
            assertTrue(
                    tests.stream()
                            .anyMatch(t ->
                                    String.valueOf(((Map<?, ?>) t).get("name")).contains("hidden test")),
                    results.toString());
        } else {
            // Text format: no results.json from the grader, so the script's own one with the table in it.
            String output = (String) results.get("output");
            assertTrue(output.contains("bp1-output-error  1     pass"), output);
            assertTrue(output.contains("Complete: 1 of 1 exercise"), output);
        }
    }

    @Test
    void aFailingSubmissionOfLooseFilesScoresLessThanFull() throws Exception {
        Path root = unpacked();
        Files.createDirectories(root.resolve("submission"));
        Files.copy(
                BundleFixture.project().resolve(".meta/mistakes/no-sigma-prime/src/main/java/OutputError.java"),
                root.resolve("submission/OutputError.java"));
        Map<?, ?> results = runAutograder(root);
        if (BundleFixture.formatsMerged()) {
            List<?> tests = (List<?>) results.get("tests");
            assertTrue(
                    tests.stream().anyMatch(t -> "failed".equals(((Map<?, ?>) t).get("status"))), results.toString());
            double max = tests.stream()
                    .mapToDouble(t -> num(((Map<?, ?>) t).get("max_score")))
                    .sum();
            assertTrue(score(results) < max, results.toString());
        } else {
            String output = (String) results.get("output");
            assertTrue(output.contains("bp1-output-error  1     fail"), output);
            assertEquals(0.0, score(results));
        }
    }

    @Test
    void anEmptySubmissionStillGetsAResultsFileThatSaysWhy() throws Exception {
        Path root = unpacked();
        Files.createDirectories(root.resolve("submission"));
        Files.writeString(root.resolve("submission/notes.txt"), "I did not finish");
        Map<?, ?> results = runAutograder(root);
        assertEquals(0.0, score(results));
        assertTrue(
                ((String) results.get("output")).startsWith("No exercise file was found in the submission"),
                results.toString());
        assertEquals(List.of(), results.get("tests"));
    }

    // ---- helpers ----

    private static String read(String entry) throws IOException {
        return new String(bytes(entry), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String entry) throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            return z.getInputStream(z.getEntry(entry)).readAllBytes();
        }
    }

    private static int counter;

    /** A fresh folder laid out like /autograder: source/ (the zip unpacked) and run_autograder beside it. */
    private static synchronized Path unpacked() throws IOException {
        Path root = tmp.resolve("autograder" + (++counter));
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path dest = root.resolve("source").resolve(e.getName());
                Files.createDirectories(dest.getParent());
                Files.write(dest, z.getInputStream(e).readAllBytes());
            }
        }
        Files.copy(root.resolve("source/run_autograder"), root.resolve("run_autograder"));
        return root;
    }

    /** Runs the real script as Gradescope would (working folder ROOT) and reads results/results.json. */
    private static Map<?, ?> runAutograder(Path root) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "run_autograder")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("stdout").toFile());
        pb.environment().put("AUTOGRADER_ROOT", root.toString());
        pb.environment()
                .put(
                        "JAVA",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "run_autograder finished");
        String log = Files.readString(root.resolve("stdout"));
        assertEquals(0, p.exitValue(), log);
        Path results = root.resolve("results/results.json");
        assertTrue(Files.isRegularFile(results), log);
        return (Map<?, ?>) Json.parse(Files.readString(results), results.toString());
    }

    private static int bash(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        return p.waitFor();
    }

    private static double score(Map<?, ?> results) {
        return num(results.get("score"));
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
