package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.BadInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's optional per-task weights, hidden tests and their Gradescope visibility, validated. */
class ManifestWeightsTest {
    @TempDir
    Path tmp;

    Exercise calc(String extra) throws Exception {
        Path ex = Fixture.write(tmp, Fixture.REFERENCE);
        Fixture.put(
                ex.resolve("manifest.json"),
                Fixture.MANIFEST.replace(
                        "\"title\": \"Calc\", \"tasks\": 3,", "\"title\": \"Calc\", \"tasks\": 3" + extra + ","));
        return Exercise.readManifest(ex).get(0);
    }

    @Test
    void withoutWeightsEachTaskIsWorthOnePoint() throws Exception {
        Exercise ex = calc("");
        assertEquals(1.0, ex.weight(2));
        assertEquals(3.0, ex.maxPoints());
        assertEquals(List.of(), ex.hidden());
        assertEquals("after_published", ex.hiddenVisibility());
    }

    @Test
    void weightsGiveEachTaskItsPoints() throws Exception {
        Exercise ex = calc(", \"weights\": [2, 0.5, 1.5]");
        assertEquals(0.5, ex.weight(2));
        assertEquals(4.0, ex.maxPoints());
    }

    @Test
    void badWeightsHiddenNamesAndVisibilitiesAreOneLineErrorsNamingTheField() {
        assertMessage(", \"weights\": [1, 2]", "field 'exercises[0].weights' needs one number per task (3), not 2");
        assertMessage(", \"weights\": [1, 0, 1]", "field 'exercises[0].weights[1]' must be a number of points above 0");
        assertMessage(", \"weights\": [1, 1, 5000]", "field 'exercises[0].weights[2]' must be a number of points");
        assertMessage(", \"hidden\": [\"../Escape\"]", "field 'exercises[0].hidden[0]' must name a test class");
        assertMessage(
                ", \"hiddenVisibility\": \"never\"", "field 'exercises[0].hiddenVisibility' must be one of visible");
    }

    private void assertMessage(String extra, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> calc(extra));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
