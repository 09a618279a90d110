package bachprop.grade.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.Exercise;
import bachprop.util.BadInputException;
import bachprop.util.Paths2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Classroom template repository: the student pack without hidden tests, the bundled
 * grader, and a workflow whose steps use the actions' real inputs and whose reporter reads every
 * grader step's result.
 */
class ClassroomBundleTest {
    /** The inputs of education/autograding-command-grader@v1 (its action.yml); the required ones. */
    static final Set<String> GRADER_INPUTS = Set.of("test-name", "setup-command", "command", "timeout", "max-score");

    static final Set<String> GRADER_REQUIRED = Set.of("test-name", "command");
    /** The inputs of education/autograding-grading-reporter@v1 (its action.yml). */
    static final Set<String> REPORTER_INPUTS = Set.of("token", "runners");
    /** What the reporter accepts as runners (its src/main.js). */
    static final String RUNNERS = "^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$";
    /** What GitHub accepts as a step id. */
    static final String STEP_ID = "^[A-Za-z_][A-Za-z0-9_-]*$";

    @TempDir
    static Path tmp;

    static Path repo;

    @BeforeAll
    static void writeRepository() throws IOException {
        Path exercises = BundleFixture.write(tmp);
        List<Exercise> all = Exercise.readManifest(exercises);
        repo = tmp.resolve("repo");
        ClassroomBundle.write(exercises, all, all, repo);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> workflow() throws IOException {
        return new Yaml().load(Files.readString(repo.resolve(".github/workflows/classroom.yml")));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps() throws IOException {
        Map<String, Object> jobs = (Map<String, Object>) workflow().get("jobs");
        // The reporter updates the check run of this name: the job must be called so.
        Map<String, Object> job = (Map<String, Object>) jobs.get("run-autograding-tests");
        assertNotNull(job, jobs.keySet().toString());
        return (List<Map<String, Object>>) job.get("steps");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowSetsUpJava17AndUsesOnlyTheActionsRealInputs() throws IOException {
        List<Map<String, Object>> steps = steps();
        assertEquals("actions/checkout@v4", steps.get(0).get("uses"));
        assertEquals("actions/setup-java@v4", steps.get(1).get("uses"));
        Map<String, Object> java = (Map<String, Object>) steps.get(1).get("with");
        assertEquals("temurin", java.get("distribution"));
        assertEquals("17", java.get("java-version"));
        List<Map<String, Object>> graders = graders(steps);
        assertEquals(1, graders.size());
        for (Map<String, Object> g : graders) {
            Map<String, Object> with = (Map<String, Object>) g.get("with");
            assertTrue(GRADER_INPUTS.containsAll(with.keySet()), with.keySet().toString());
            assertTrue(with.keySet().containsAll(GRADER_REQUIRED), with.keySet().toString());
            assertTrue(String.valueOf(g.get("id")).matches(STEP_ID), g.toString());
            assertEquals(".bachprop/grade " + BundleFixture.SLUG, with.get("command"));
            assertEquals(1, with.get("max-score"), "one point per task");
            assertTrue(with.get("timeout") instanceof Integer t && t > 0 && t <= 360, "minutes: " + with);
        }
        Map<String, Object> reporter = steps.get(steps.size() - 1);
        assertEquals("education/autograding-grading-reporter@v1", reporter.get("uses"));
        assertTrue(REPORTER_INPUTS.containsAll(((Map<String, Object>) reporter.get("with")).keySet()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReporterReadsEveryGraderStepsResultAndNothingElse() throws IOException {
        List<Map<String, Object>> steps = steps();
        Map<String, Object> reporter = steps.get(steps.size() - 1);
        String runners = (String) ((Map<String, Object>) reporter.get("with")).get("runners");
        assertTrue(runners.matches(RUNNERS), runners);
        List<String> ids =
                graders(steps).stream().map(g -> (String) g.get("id")).toList();
        assertEquals(ids, List.of(runners.split(",")));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String id : ids) {
            expected.put(id.toUpperCase() + "_RESULTS", "${{ steps." + id + ".outputs.result }}");
        }
        assertEquals(expected, reporter.get("env"));
    }

    @Test
    void stepIdsAreLettersAndDigitsForEveryShippedExercise() throws IOException {
        List<Exercise> shipped = Exercise.readManifest(Paths2.home().resolve("exercises"));
        List<String> ids = shipped.stream().map(ClassroomWorkflow::stepId).toList();
        assertEquals(shipped.size(), Set.copyOf(ids).size(), "unique: " + ids);
        assertTrue(String.join(",", ids).matches(RUNNERS), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.matches(STEP_ID)), ids.toString());
    }

    @Test
    void theRepositoryIsTheStudentPackWithoutHiddenTestsOrSolutions() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(repo)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.add(repo.relativize(p).toString().replace('\\', '/')));
        }
        assertTrue(files.contains("manifest.json"), files.toString());
        assertTrue(files.contains(BundleFixture.SLUG + "/src/test/java/OutputErrorTest.java"));
        assertTrue(files.contains(BundleFixture.SLUG + "/src/main/java/OutputError.java"));
        assertTrue(files.contains(".bachprop/lib/bachprop.jar"));
        assertFalse(files.stream().anyMatch(f -> f.contains(".meta/")), "no .meta (hidden tests, solutions): " + files);
        assertFalse(files.stream().anyMatch(f -> f.contains(BundleFixture.HIDDEN_TEST)));
        assertTrue(Files.isExecutable(repo.resolve(".bachprop/grade")));
    }

    @Test
    void theBundledGraderGradesTheRepositoryLikeTheWorkflowWill() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", ".bachprop/grade", BundleFixture.SLUG)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("grade.out").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("BACHPROP_USER_DIR", tmp.resolve("user").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = Files.readString(tmp.resolve("grade.out"));
        // The stub fails, so the command grader's step scores 0: exit code 1, the table in the log.
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("bp1-output-error  1     fail"), out);
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws IOException {
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        Path exercises = tmp.resolve("exercises");
        List<Exercise> all = Exercise.readManifest(exercises);
        BadInputException e =
                assertThrows(BadInputException.class, () -> ClassroomBundle.write(exercises, all, all, full));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        assertEquals("mine", Files.readString(full.resolve("keep.txt")));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> graders(List<Map<String, Object>> steps) {
        return steps.stream()
                .filter(s -> "education/autograding-command-grader@v1".equals(s.get("uses")))
                .toList();
    }
}
