package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.util.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressAndManifestJsonTest {
    static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);

    static ExerciseReport report(String slug, int chapter, String... results) {
        Exercise ex = new Exercise(slug, chapter, slug, results.length, List.of(), Path.of(slug));
        List<TaskRow> rows = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            rows.add(new TaskRow(slug, chapter, i + 1, results[i], "", List.of()));
        }
        return new ExerciseReport(ex, List.of(), List.of(), rows, Map.of());
    }

    @Test
    void progressSurvivesARoundTripAndKeepsTheOtherExercisesInOrder(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("progress.json");
        Progress.record(f, List.of(report("b", 5, "pass", "crash"), report("a", 2, "pass")));
        Progress.record(f, List.of(report("b", 5, "pass", "pass")));
        Map<String, Progress.Entry> back = Progress.load(f);
        assertEquals(List.of("b", "a"), List.copyOf(back.keySet()));
        assertEquals(new Progress.Entry(5, true, Map.of("1", "pass", "2", "pass")), back.get("b"));
        assertEquals(new Progress.Entry(2, true, Map.of("1", "pass")), back.get("a"));
        assertTrue(Files.readString(f).startsWith("{\n  \"exercises\": {\n    \"b\": {\n      \"chapter\": 5,\n"));
    }

    @Test
    void deeplyNestedProgressIsAOneLineErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("progress.json");
        for (String text : List.of(DEEP, "{\"exercises\": {}, \"later\": " + DEEP + "}")) {
            Files.writeString(f, text);
            String m = assertThrows(BadInputException.class, () -> Progress.load(f))
                    .getMessage();
            assertTrue(m.startsWith(f + ": "), m);
            assertFalse(m.contains("\n"), m);
        }
        assertTrue(assertThrows(BadInputException.class, () -> Progress.load(f))
                .getMessage()
                .contains("nesting depth (201) exceeds the maximum allowed (200)"));
    }

    @Test
    void deeplyNestedOrNonUtf8ManifestIsAOneLineErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("manifest.json");
        Files.writeString(f, DEEP);
        String m = assertThrows(BadInputException.class, () -> Exercise.readManifest(tmp))
                .getMessage();
        assertTrue(m.startsWith(f + ": line 1, column 1: "), m);
        Files.writeString(
                f, "{\"exercises\": [{\"slug\": \"x\", \"chapter\": 1, \"tasks\": 1, \"mistakes\": " + DEEP + "}]}");
        m = assertThrows(BadInputException.class, () -> Exercise.readManifest(tmp))
                .getMessage();
        assertTrue(m.startsWith(f + ": ") && m.contains("exercises[0].mistakes[0]"), m);
        Files.write(f, new byte[] {'{', (byte) 0xff, '}'});
        m = assertThrows(BadInputException.class, () -> Exercise.readManifest(tmp))
                .getMessage();
        assertEquals(f + ": line 1: not UTF-8 text (byte 0xFF at offset 1); save it as UTF-8", m);
    }

    @Test
    void aManifestTaskCountOutsideOneToAHundredOrFractionalIsNamed(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("manifest.json");
        for (String tasks : List.of("0", "-3", "1000000000")) {
            Files.writeString(f, "{\"exercises\": [{\"slug\": \"x\", \"chapter\": 1, \"tasks\": " + tasks + "}]}");
            String m = assertThrows(BadInputException.class, () -> Exercise.readManifest(tmp))
                    .getMessage();
            assertEquals(f + ": field 'exercises[0].tasks' must be between 1 and 100, not " + tasks, m);
        }
        for (String tasks : List.of("1.5", "NaN", "1e9")) {
            Files.writeString(f, "{\"exercises\": [{\"slug\": \"x\", \"chapter\": 1, \"tasks\": " + tasks + "}]}");
            String m = assertThrows(BadInputException.class, () -> Exercise.readManifest(tmp))
                    .getMessage();
            assertTrue(m.contains("field 'exercises[0].tasks'"), m);
        }
    }

    @Test
    void theShippedManifestReadsAsBefore() throws Exception {
        List<Exercise> all = Exercise.readManifest(Path.of("exercises"));
        Exercise bp1 = all.stream()
                .filter(e -> e.slug().equals("bp1-output-error"))
                .findFirst()
                .orElseThrow();
        assertEquals(5, bp1.chapter());
        assertEquals(1, bp1.tasks());
        assertEquals(
                new Exercise.Mistake("no-sigma-prime", 1, "Leaving out σ′(zᴸ)"),
                bp1.mistakes().get(0));
    }
}
