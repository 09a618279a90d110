package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.watch.TerminalWatch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bachprop grade --watch} for real, on the fixture's pack: the stub is graded at start; a
 * burst of saves ending in an editor's atomic rename is graded once more, passes, and the next
 * exercise is named with its instructions; an interrupt (as Ctrl-C's hook does) stops it.
 */
class WatchModeTest {
    @TempDir
    Path tmp;

    @Test
    void editingTheFileRegradesItOnceAndNamesTheNextExercise() throws Exception {
        Path exercises = Fixture.write(tmp, Fixture.stub());
        Grader grader = new Grader(exercises, Duration.ofSeconds(5), Duration.ofSeconds(60));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Supplier<String> text = () -> buf.toString(StandardCharsets.UTF_8);
        int[] code = {-1};
        Thread watcher = new Thread(() -> {
            try {
                code[0] = TerminalWatch.run(grader, tmp.resolve("user/progress.json"), null, false, out);
            } catch (Exception e) {
                e.printStackTrace(out);
            }
        });
        watcher.start();
        waitFor(text, "save a file to grade it again", 60);
        assertTrue(text.get().contains("watch: calc graded at"), text.get());
        assertTrue(text.get().contains("not started"), text.get());

        Path calc = exercises.resolve("calc/src/main/java/Calc.java");
        Files.writeString(calc, Fixture.REFERENCE.replace("a + b", "a - b"));
        Files.writeString(calc.resolveSibling("Calc.java~"), Fixture.stub());
        Path side = calc.resolveSibling(".Calc.java.tmp");
        Files.writeString(side, Fixture.REFERENCE);
        Files.move(side, calc, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        waitFor(text, "# Twice", 60);
        String shown = text.get();
        assertTrue(shown.contains("watch: calc passes. Next: twice — Twice"), shown);
        assertTrue(shown.contains("Double it."), "the next exercise's instructions: " + shown);
        Thread.sleep(1_500);
        assertEquals(2, count(text.get(), "watch: calc graded at"), "the start, then one regrade for the burst");

        watcher.interrupt();
        watcher.join(10_000);
        assertTrue(text.get().strip().endsWith("watch: stopped"), text.get());
        assertEquals(0, code[0]);
        assertTrue(Progress.load(tmp.resolve("user/progress.json")).get("calc").passed(), "recorded as passed");
    }

    static void waitFor(Supplier<String> text, String what, int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (!text.get().contains(what)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("no \"" + what + "\" within " + seconds + " s in:\n" + text.get());
            }
            Thread.sleep(50);
        }
    }

    static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
