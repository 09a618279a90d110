package bachprop.grade;

import static bachprop.grade.ProgressAndManifestJsonTest.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading never overwrites what a progress file held: records of other exercises stay, a corrupt file is kept. */
class ProgressKeptAsideTest {
    @TempDir
    Path tmp;

    static List<Path> asides(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("progress.json.unreadable-"))
                    .toList();
        }
    }

    @Test
    void aCorruptProgressFileIsKeptAsideNamedInOneLineAndANewOneStarted() throws Exception {
        Path f = tmp.resolve("progress.json");
        String corrupt = "{\"exercises\": {\"a\": {\"chapter\": 2, \"passed\": tr";
        Files.writeString(f, corrupt);
        List<String> said = new ArrayList<>();
        Progress.record(f, List.of(report("b", 5, "pass")), said::add);
        List<Path> asides = asides(tmp);
        assertEquals(1, asides.size(), "the corrupt file is kept beside");
        assertEquals(corrupt, Files.readString(asides.get(0)), "byte for byte");
        assertEquals(1, said.size(), said.toString());
        assertTrue(
                said.get(0).contains(f.toString())
                        && said.get(0).contains(asides.get(0).toString()),
                said.get(0));
        assertEquals(List.of("b"), List.copyOf(Progress.load(f).keySet()), "a new file with this grading");
    }

    @Test
    void gradingOneExerciseKeepsTheOthersRecordsInAValidFile() throws Exception {
        Path f = tmp.resolve("progress.json");
        Progress.record(f, List.of(report("a", 2, "pass", "fail"), report("c", 7, "timeout")));
        List<String> said = new ArrayList<>();
        Progress.record(f, List.of(report("b", 5, "pass")), said::add);
        Map<String, Progress.Entry> back = Progress.load(f);
        assertEquals(List.of("a", "c", "b"), List.copyOf(back.keySet()));
        assertEquals(new Progress.Entry(2, false, Map.of("1", "pass", "2", "fail")), back.get("a"));
        assertEquals(new Progress.Entry(7, false, Map.of("1", "timeout")), back.get("c"));
        assertTrue(said.isEmpty(), said.toString());
        assertTrue(asides(tmp).isEmpty());
    }
}
