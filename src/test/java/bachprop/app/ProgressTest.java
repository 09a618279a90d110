package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @Test
    void readsTheGradersProgressFilePerChapter(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("progress.json");
        Files.writeString(f, """
                {"exercises": {
                  "bp1-output-error": {"chapter": 5, "passed": true, "tasks": {"1": "pass", "2": "pass"}},
                  "bp2-hidden-error": {"chapter": 5, "passed": false, "tasks": {"1": "pass", "2": "timeout"}},
                  "sigmoid": {"chapter": 2, "passed": true, "tasks": {"1": "pass"}}}}
                """);
        Progress p = Progress.load(f);
        assertEquals(2, p.ofChapter(5).size());
        assertEquals(1, p.passed(5));
        assertEquals(1, p.passed(2));
        assertEquals("timeout", p.ofChapter(5).get(1).tasks().get("2"));
    }

    @Test
    void missingFileMeansNothingGradedAndABrokenOneIsNamed(@TempDir Path tmp) throws Exception {
        assertTrue(Progress.load(tmp.resolve("none.json")).exercises().isEmpty());
        Path bad = tmp.resolve("progress.json");
        Files.writeString(bad, "{\"exercises\": {\n");
        IOException e = assertThrows(IOException.class, () -> Progress.load(bad));
        assertTrue(e.getMessage().startsWith(bad + ": line "), e.getMessage());
    }
}
