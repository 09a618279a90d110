package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bachprop grade --check} over the project's own exercises, as part of {@code mvn verify}. */
class ProjectExercisesCheckTest {

    @Test
    void everyReferencePassesEveryStubFailsAndEveryMistakeIsRecognised() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            code = Main.run(
                    new String[] {
                        "grade", "--check", "--dir", Path.of("exercises").toString()
                    },
                    out,
                    out);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        System.out.println(
                text.lines().filter(l -> !l.startsWith("check: compiling")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(0, code, text);
        assertTrue(text.contains("every reference passes, every stub fails, every mistake is recognised"), text);
        int exercises = Exercise.readManifest(Path.of("exercises")).size();
        assertTrue(exercises >= 14, "at least 14 exercises, found " + exercises);
    }

    @Test
    void everyStoredStubIsTheShippedLearnerFile() throws Exception {
        for (Exercise ex : Exercise.readManifest(Path.of("exercises"))) {
            Map<String, Path> shipped = Grader.sources(ex.dir(), "src/main/java");
            Map<String, Path> stored = Grader.sources(Pack.stubDir(ex), "src/main/java");
            assertEquals(shipped.keySet(), stored.keySet(), ex.slug() + ": the files of .meta/stub/");
            for (String f : shipped.keySet()) {
                assertEquals(Files.readString(shipped.get(f)), Files.readString(stored.get(f)), ex.slug() + "/" + f);
            }
        }
    }
}
