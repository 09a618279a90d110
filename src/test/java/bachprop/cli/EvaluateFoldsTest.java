package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.TinyData;
import bachprop.seq.CrossValidation;
import bachprop.util.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorale evaluate --folds N} on the tiny JSB tree of {@link TinyData} (3 + 2 + 2 chorales), with the n-gram. */
class EvaluateFoldsTest {
    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void tinyData() throws Exception {
        data = TinyData.writeRoot(tmp.resolve("data"));
    }

    static Cli evaluate(String... more) {
        List<String> args = new ArrayList<>(
                List.of("chorale", "evaluate", "--model", "ngram", "--data", data.toString(), "--opening", "4"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeFoldsOfSevenChoralesScoreEachOnceWithProgressOnStderr() {
        Cli r = evaluate("--folds", "3", "--json");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        assertEquals(3.0, CrossValidation.number(json, "folds"));
        assertEquals(7.0, CrossValidation.number(json, "melodies"));
        List<Map<String, Object>> rotations = (List<Map<String, Object>>) json.get("rotations");
        Set<Object> ids = new HashSet<>();
        double notes = 0;
        for (Map<String, Object> f : rotations) {
            List<Object> test = (List<Object>) f.get("testIds");
            assertEquals(CrossValidation.number(f, "testMelodies"), test.size());
            ids.addAll(test);
            notes += CrossValidation.number(f, "teacherForced.notes");
        }
        assertEquals(7, ids.size(), "7 chorales, each tested once: " + ids);
        assertEquals(
                List.of(2.0, 2.0, 3.0),
                rotations.stream()
                        .map(f -> CrossValidation.number(f, "testMelodies"))
                        .toList(),
                "blocks ⌊b·7/3⌋: 0, 2, 4, 7");
        assertEquals(notes, CrossValidation.number(json, "pooled.teacherForced.notes"));
        assertTrue(
                r.err().contains("fold 3/3: rotation 3: test block 3 (3 melodies), validation block 1 (2)"), r.err());
        assertTrue(r.err().contains("all 3 folds:"), r.err());
    }

    @Test
    void theTextTableHasARowPerFoldThenMeanSdAndPooled() {
        Cli r = evaluate("--folds", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ngram, 3-fold cross-validation on jsb (7 melodies)"), r.out());
        for (String row : List.of("\n1 ", "\n2 ", "\n3 ", "\nmean ", "\nsd ", "\npooled ")) {
            assertTrue(r.out().contains(row), "a row " + row.trim() + ":\n" + r.out());
        }
        assertTrue(!r.out().contains("NaN"), r.out());
    }

    @Test
    void theSameSeedGivesTheSameJsonAndATrainingOptionReachesTheKind() {
        Cli a = evaluate("--folds", "2", "--json", "--seed", "3");
        Cli b = evaluate("--folds", "2", "--json", "--seed", "3");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        Cli c = evaluate("--folds", "2", "--json", "--max-order", "2");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("\"max-order\": \"2\"") || c.out().contains("\"max-order\":\"2\""), c.out());
        assertTrue(!c.out().equals(evaluate("--folds", "2", "--json").out()), "a shorter context scores otherwise");
    }

    @Test
    void foldsWithSplitOrFileOrOutOfRangeIsOneLineAndExit2() {
        assertOneLineError(evaluate("--folds", "3", "--split", "valid"), "--folds cannot be used with --split");
        assertOneLineError(evaluate("--folds", "3", "--file", "x.bpm"), "--folds cannot be used with --file");
        assertOneLineError(evaluate("--folds", "1"), "--folds must be at least 2, not 1");
        assertOneLineError(evaluate("--folds", "8"), "--folds 8 is more than the 7 melodies of jsb");
        assertOneLineError(evaluate("--hidden", "5"), "--hidden: training options need --folds");
        assertOneLineError(evaluate("--folds", "2", "--hidden", "5"), "model 'ngram' has no option hidden");
    }

    static void assertOneLineError(Cli r, String says) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(says), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
