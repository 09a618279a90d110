package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hints in tiers, on the fixture's hints.md (task 1: "Use +." and the mistake "Plus, not minus"). */
class HintsTest {
    @TempDir
    Path tmp;

    @Test
    void aRecognisedMistakeStartsWithItsHeadingThenItsTextThenTheTasksHint() throws Exception {
        Exercise calc =
                Exercise.readManifest(Fixture.write(tmp, Fixture.stub())).get(0);
        ExerciseDocs docs = ExerciseDocs.read(calc);
        assertEquals(
                List.of("Plus, not minus", "You subtracted b from a.", "Use +."),
                Hints.tiers(calc, docs, 1, "subtracts"));
        assertEquals(List.of("Use +."), Hints.tiers(calc, docs, 1, null));
        assertEquals(List.of("Use +."), Hints.tiers(calc, docs, 1, "integer-division"), "a mistake of another task");
    }

    @Test
    void eachRequestShowsTheNextTierAndCountsItInProgress() throws Exception {
        Path ex = Fixture.write(tmp, Fixture.stub());
        Path progress = tmp.resolve("progress.json");
        Files.writeString(
                progress,
                "{\"exercises\": {\"calc\": {\"chapter\": 1, \"passed\": false, "
                        + "\"tasks\": {\"1\": \"fail\"}, \"mistakes\": {\"1\": \"subtracts\"}}}}");
        Hints hints = new Hints(ex, progress);
        Hints.Hint second = hints.next("calc");
        assertEquals("calc, task 1: hint 2 of 3", second.header());
        assertEquals("You subtracted b from a.", second.text());
        assertEquals(
                "calc, task 1: hint 3 of 3 (the last)", hints.next("calc", 1).header());
        assertEquals(3, hints.next("calc", 1).tier(), "past the last tier, the last again");
        assertTrue(
                Files.readString(progress).replaceAll("\\s", "").contains("\"hints\":{\"1\":3"),
                Files.readString(progress));
    }

    @Test
    void aTaskThatDoesNotExistIsAUsageError() throws Exception {
        Hints hints = new Hints(Fixture.write(tmp, Fixture.stub()), tmp.resolve("progress.json"));
        BadInputException e = assertThrows(BadInputException.class, () -> hints.next("calc", 7));
        assertEquals("calc has tasks 1 to 3, not 7", e.getMessage());
    }

    @Test
    void paragraphsBecomeOneLineTiers() {
        assertEquals(List.of("a b", "c"), Hints.paragraphs("a\nb\n\n   \nc\n"));
    }
}
