package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bachprop grade --format F [--out FILE]} through the real command. */
class GradeFormatCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    Run grade(Path ex, String... extra) {
        String[] args = Stream.concat(
                        Stream.of(
                                "grade",
                                "--dir",
                                ex.toString(),
                                "--progress",
                                tmp.resolve("progress.json").toString()),
                        Stream.of(extra))
                .toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMachineFormatOwnsStandardOutputAndExitsAsItsSystemExpects() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE.replace("a + b", "a - b"));
        Run r = grade(ex, "calc", "--format", "exercism");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("fail", doc.get("status").asText());
        assertEquals(0, r.code(), "an Exercism runner exits 0 whatever the grade");
        assertTrue(r.err().contains("grade: running 1 test suite"), r.err());
        assertFalse(Files.exists(tmp.resolve("progress.json")), "a grading system's format leaves the progress alone");
    }

    @Test
    void outWritesTheReportToAFileAndJunitExitsOneOnAFailure() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE.replace("a + b", "a - b"));
        Path file = tmp.resolve("reports/junit.xml");
        Run r = grade(ex, "calc", "--format", "junit", "--out", file.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(Files.readString(file).contains("<failure message=\"2 + 3: expected 5"), Files.readString(file));
        try (var leftovers = Files.list(file.getParent())) {
            assertEquals(1, leftovers.count(), "no temporary file is left beside the report");
        }
    }

    @Test
    void anUnknownFormatIsABadInputBeforeAnythingIsGraded() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE);
        Run r = grade(ex, "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(
                r.err().contains("no format 'xml' (known: text, json, exercism, gradescope, classroom, junit)"),
                r.err());
        assertFalse(r.out().contains("compiling"), r.out());
    }
}
