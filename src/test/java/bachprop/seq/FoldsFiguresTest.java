package bachprop.seq;

import static bachprop.chapter.ProseFigures.assertFigure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.ProseFigures;
import bachprop.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chapter 9's table "Cross-validated: the UCI 100" against the files it quotes, the outputs of
 * {@code bachprop chorale evaluate --model M --folds 10 --data uci --json} kept in
 * docs/measurements/ (a 10-fold LSTM run takes minutes of training, so it is measured once and kept,
 * not rerun here). Each figure of a row must be what its file says, rounded as the prose writes it,
 * and must stand in the chapter's row for that model. Needs no chorale data.
 */
class FoldsFiguresTest {
    static final Path CHAPTER = Path.of("chapters/09-extender/chapter.md");

    /** One row of the chapter's table: the model's label as the row begins, its file, its figures. */
    record Row(
            String label,
            String file,
            String bits,
            String bitsSd,
            String accuracy,
            String accuracySd,
            String intervalKl,
            String inKey,
            String leaps,
            String sampled) {}

    static final List<Row> TABLE = List.of(
            new Row(
                    "| n-gram",
                    "docs/measurements/evaluate-ngram-folds10-uci.json",
                    "2.302",
                    "0.146",
                    "45.7%",
                    "2.8%",
                    "0.022",
                    "96.1%",
                    "53",
                    "12,120"),
            new Row(
                    "| LSTM (8 networks",
                    "docs/measurements/evaluate-lstm-ngram-folds10-uci.json",
                    "1.818",
                    "0.141",
                    "57.3%",
                    "3.8%",
                    "0.006",
                    "98.1%",
                    "14",
                    "12,120"),
            new Row(
                    "| LSTM (4 networks",
                    "docs/measurements/evaluate-lstm-folds10-uci.json",
                    "1.831",
                    "0.150",
                    "56.9%",
                    "3.6%",
                    "0.029",
                    "98.3%",
                    "10",
                    "12,120"));

    /** Bach's row: his continuations at the same 100 openings (the same in both files). */
    static final String BACH_IN_KEY = "97.5%";

    static final String BACH_LEAPS = "11";
    static final String BACH_STEPS = "3,030";

    static Map<?, ?> read(String file) throws Exception {
        return Json.read(Files.readString(Path.of(file)), file, Map.class);
    }

    /** The mean or sd over folds of a measure, like {@code teacherForced.pitchBitsPerNote}. */
    static double acrossFolds(Map<?, ?> json, String measure, String which) {
        Map<?, ?> m = (Map<?, ?>) ((Map<?, ?>) json.get("acrossFolds")).get(measure);
        assertNotNull(m, measure);
        return ((Number) m.get(which)).doubleValue();
    }

    /** The pooled figure at a path, like {@code generation.model.inKeyShare}. */
    static double pooled(Map<?, ?> json, String path) {
        return ProseFigures.at((Map<?, ?>) json.get("pooled"), path);
    }

    @Test
    void everyFigureOfTheCrossValidatedTableIsWhatItsFileSays() throws Exception {
        for (Row r : TABLE) {
            Map<?, ?> json = read(r.file());
            String what = r.file() + ": ";
            assertEquals(10, ((Number) json.get("folds")).intValue(), what + "folds");
            assertEquals(100, ((Number) json.get("melodies")).intValue(), what + "every melody scored once");
            assertEquals(4693, pooled(json, "teacherForced.notes"), what + "notes of the 100 melodies");
            assertFigure(r.bits(), acrossFolds(json, "teacherForced.pitchBitsPerNote", "mean"), what + "bits, mean");
            assertFigure(r.bitsSd(), acrossFolds(json, "teacherForced.pitchBitsPerNote", "sd"), what + "bits, sd");
            assertFigure(r.accuracy(), acrossFolds(json, "teacherForced.pitchAccuracy", "mean"), what + "accuracy");
            assertFigure(r.accuracySd(), acrossFolds(json, "teacherForced.pitchAccuracy", "sd"), what + "accuracy, sd");
            assertFigure(r.intervalKl(), pooled(json, "generation.intervalKlBits"), what + "interval KL, pooled");
            assertFigure(r.inKey(), pooled(json, "generation.model.inKeyShare"), what + "in key, pooled");
            assertFigure(r.leaps(), pooled(json, "generation.model.leapsBeyondOctave"), what + "leaps");
            assertFigure(r.sampled(), pooled(json, "generation.model.notes"), what + "sampled notes");
            assertEquals(
                    12120,
                    pooled(json, "generation.model.notes"),
                    what + "32 notes × 4 samples after 100 openings, less short ones");
            assertEquals(3030, pooled(json, "generation.bach.notes"), what + "Bach's steps after the same openings");
            assertFigure(BACH_IN_KEY, pooled(json, "generation.bach.inKeyShare"), what + "Bach in key");
            assertFigure(BACH_LEAPS, pooled(json, "generation.bach.leapsBeyondOctave"), what + "Bach's leaps");
            assertFigure(BACH_STEPS, pooled(json, "generation.bach.notes"), what + "Bach's steps");
        }
    }

    /** The repeated note's share of the pooled sampled steps ("0" bin of the interval histogram). */
    static double repeats(Map<?, ?> json, String who) {
        Map<?, ?> g = (Map<?, ?>) ((Map<?, ?>) json.get("pooled")).get("generation");
        int bin = ((List<?>) g.get("intervalBins")).indexOf("0");
        return ((Number) ((List<?>) ((Map<?, ?>) g.get(who)).get("intervalHistogram")).get(bin)).doubleValue();
    }

    /** Chapter 9: "it repeated a note too often (21% of its steps against his 15%) … (repeats: 17%)". */
    @Test
    void theCalibrationBringsTheRepeatedNoteFrom21To17PercentAgainstBachs15() throws Exception {
        Map<?, ?> first = read("docs/measurements/evaluate-lstm-folds10-uci.json");
        Map<?, ?> now = read("docs/measurements/evaluate-lstm-ngram-folds10-uci.json");
        assertFigure("21%", repeats(first, "model"), "the first configuration's repeats");
        assertFigure("15%", repeats(first, "bach"), "Bach's repeats");
        assertFigure("17%", repeats(now, "model"), "the calibrated configuration's repeats");
        String chapter = Files.readString(CHAPTER);
        assertTrue(chapter.contains("(21% of its\nsteps against his 15%)")
                || chapter.contains("(21% of its steps against his 15%)"));
        assertTrue(chapter.contains("(repeats: 17%)"));
    }

    @Test
    void theChaptersTableRowsStateTheseFigures() throws Exception {
        List<String> lines = Files.readAllLines(CHAPTER);
        int section = lines.indexOf("## Cross-validated: the UCI 100");
        assertTrue(section >= 0, "chapter 9 has the section");
        for (Row r : TABLE) {
            String row = lines.subList(section, lines.size()).stream()
                    .filter(l -> l.startsWith(r.label()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + r.label()));
            for (String figure : List.of(
                    r.bits(),
                    r.bitsSd(),
                    r.accuracy(),
                    r.accuracySd(),
                    r.intervalKl(),
                    r.inKey(),
                    r.leaps(),
                    r.sampled())) {
                assertTrue(row.contains(figure), row + " states " + figure);
            }
        }
        String bach = lines.subList(section, lines.size()).stream()
                .filter(l -> l.startsWith("| Bach"))
                .findFirst()
                .orElseThrow();
        for (String figure : List.of(BACH_IN_KEY, BACH_LEAPS, BACH_STEPS)) {
            assertTrue(bach.contains(figure), bach + " states " + figure);
        }
    }
}
