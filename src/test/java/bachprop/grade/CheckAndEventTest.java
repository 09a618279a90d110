package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.api.Check;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class CheckAndEventTest {

    @Test
    void failureNamesTheMistakeWhoseValueMatches() {
        AssertionFailedError e = assertThrows(
                AssertionFailedError.class,
                () -> Check.near(
                        "δ",
                        new double[] {0.1385, -0.0381},
                        new double[] {0.7414, -0.2171},
                        1e-4,
                        Check.mistake("other", 9, 9),
                        Check.mistake("no-sigma-prime", 0.7414, -0.2171)));
        assertTrue(e.getMessage().endsWith("[mistake: no-sigma-prime]"), e.getMessage());
    }

    @Test
    void failureMatchingNoMistakeHasNoTag() {
        AssertionFailedError e = assertThrows(
                AssertionFailedError.class,
                () -> Check.near("z", 0.3775, 0.5, 1e-12, Check.mistake("forgot-bias", 0.0275)));
        assertFalse(Grader.MISTAKE_TAG.matcher(e.getMessage()).find(), e.getMessage());
    }

    @Test
    void nanMatchesOnlyNanAndCorrectValueDoesNotFail() {
        AssertionFailedError e = assertThrows(
                AssertionFailedError.class,
                () -> Check.near("σ′(−800)", 0, Double.NaN, 1e-300, Check.mistake("naive-derivative", Double.NaN)));
        assertTrue(e.getMessage().contains("[mistake: naive-derivative]"), e.getMessage());
        assertDoesNotThrow(() -> Check.near("σ′(−800)", 0, 0, 1e-300, Check.mistake("naive-derivative", Double.NaN)));
        assertThrows(AssertionFailedError.class, () -> Check.near("x", 1, Double.NaN, 1e9));
    }

    @Test
    void eventFieldsSurviveTabsNewlinesAndBackslashes() {
        String[] fields = {"END", "run#1", "[engine:x]/[method:a()]", "fail", "line one\nline\ttwo \\ end"};
        String line = "learner output first " + Event.encode(fields);
        assertEquals(List.of(fields), Event.decode(line));
        assertFalse(line.contains("\n"));
        assertNull(Event.decode("a line the learner printed"));
    }

    @Test
    void taskNumberComesFromTheTaskTag() {
        assertEquals(3, ChildSession.taskOf("slow,task:3"));
        assertEquals(0, ChildSession.taskOf("slow"));
        assertEquals(0, ChildSession.taskOf(""));
    }

    @Test
    void hintsAreReadByTaskAndByMistakeHeading(@TempDir Path tmp) throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Exercise calc = Exercise.readManifest(ex).get(0);
        ExerciseDocs docs = ExerciseDocs.read(calc);
        assertEquals("Use +.", docs.taskHint(1));
        assertEquals("Count with a loop that ends.", docs.taskHint(2));
        assertEquals(
                "Plus, not minus: You subtracted b from a.",
                docs.mistakeHint(calc.mistakes().get(0)));
        assertEquals(List.of(1, 2, 3), List.copyOf(docs.instructions.keySet()));
        assertNull(docs.mistakeHint(new Exercise.Mistake("x", 2, "Plus, not minus")), "a heading under another task");
    }
}
