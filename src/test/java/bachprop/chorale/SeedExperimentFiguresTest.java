package bachprop.chorale;

import static bachprop.chapter.ProseFigures.assertFigure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bachprop.chorale.mlp.Mlp;
import bachprop.music.data.DataLocator;
import bachprop.music.data.Dataset;
import bachprop.music.data.RealData;
import bachprop.nn.Init;
import java.util.List;
import java.util.Map;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures of chapter 7's prose (chapters/07-chorales/chapter.md, "The text's measurements,
 * measured again" and "Why the re-run differs") recomputed with the settings the chapter states:
 * {@code bachprop chorale seed-experiment} with its defaults (one hidden layer of 100, η = 3, 30
 * epochs, mini-batches of 10, seed 1, within-melody windows) on the JSB chorales, and the same with
 * {@code --windows blocks}. Each figure must round to what the run measures, at the decimals it is
 * written with (the rule of {@code bachprop read --check}). About 15 s on two cores.
 */
@Tag("corpus")
class SeedExperimentFiguresTest {
    /** The measures of the table's rows, in the table's order (fractions are printed as percentages). */
    static final List<String> ROWS = List.of(
            "cost",
            "scoreSampled",
            "scoreArgmax",
            "exactNextPitchSampled",
            "exactNextPitchArgmax",
            "exactAllPitchesSampled",
            "highProbabilityPitches",
            "bitsPerNote",
            "meanAbsIntervalSampled",
            "leapsBeyondOctaveSampled");

    /** The chapter's first table: standard before, standard after, scaled before, scaled after. */
    static final String[][] TABLE = {
        {"442.5", "41.2", "300.1", "31.0"},
        {"498", "366", "490", "192"},
        {"488", "349", "451", "119"},
        {"0.8%", "9.4%", "1.2%", "20.5%"},
        {"0.0%", "9.4%", "0.0%", "33.1%"},
        {"2.1%", "4.0%", "2.2%", "13.0%"},
        {"22.7", "1.4", "25.1", "1.7"},
        {"16.7", "17.8", "10.1", "8.5"},
        {"15.4", "13.2", "15.4", "7.3"},
        {"53%", "41%", "53%", "17%"}
    };

    static Dataset data;
    static SeedExperiment defaults;

    @BeforeAll
    static void runTheExperimentWithTheChaptersSettings() {
        RealData.assumeJsb();
        data = Dataset.load("auto", DataLocator.standard(null));
        assertFalse(data.isBuiltin(), "the JSB chorales, not the practice melodies");
        defaults = new SeedExperiment(SeedExperiment.Config.defaults(), data);
        defaults.run(null);
    }

    static double measure(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    /** standard before, standard after, scaled before, scaled after. */
    static List<Map<String, Object>> columns(SeedExperiment e) {
        SeedExperiment.Run standard = e.runs.get(0);
        SeedExperiment.Run scaled = e.runs.get(1);
        assertEquals(Init.STANDARD, standard.init);
        assertEquals(Init.SCALED, scaled.init);
        return List.of(standard.before, standard.after, scaled.before, scaled.after);
    }

    @Test
    void theDefaultRunOn254TestWindowsGivesEveryFigureOfTheFirstTable() {
        assertEquals(437, defaults.train.size());
        assertEquals(254, defaults.test.size());
        List<Map<String, Object>> columns = columns(defaults);
        String[] names = {"standard before", "standard after", "scaled before", "scaled after"};
        assertFigure("2.1", measure(columns.get(0), "meanAbsIntervalBach"), "Bach's mean |interval|");
        assertEquals(0.0, measure(columns.get(0), "leapsBeyondOctaveBach"), "Bach's steps beyond an octave");
        for (int row = 0; row < ROWS.size(); row++) {
            for (int col = 0; col < 4; col += 2) { // before training: the same on every CPU
                assertFigure(
                        TABLE[row][col], measure(columns.get(col), ROWS.get(row)), ROWS.get(row) + ", " + names[col]);
            }
        }
        assumeTrainedOnTheChaptersVectorWidth();
        for (int row = 0; row < ROWS.size(); row++) {
            for (int col = 1; col < 4; col += 2) {
                assertFigure(
                        TABLE[row][col], measure(columns.get(col), ROWS.get(row)), ROWS.get(row) + ", " + names[col]);
            }
        }
    }

    @Test
    void theScaledStartFindsThreeToFourTimesAsManyNextPitchesAnd33PercentMostLikely() {
        assumeTrainedOnTheChaptersVectorWidth();
        List<Map<String, Object>> columns = columns(defaults);
        double scaled = measure(columns.get(3), "exactNextPitchArgmax");
        double standard = measure(columns.get(1), "exactNextPitchArgmax");
        assertFigure("33%", scaled, "the gap between 3% and 33%");
        assertTrue(scaled / standard >= 3 && scaled / standard <= 4, scaled + " / " + standard);
    }

    @Test
    void bachMovesByAStepOfOneOrTwoSemitones83PercentOfTheTime() {
        @SuppressWarnings("unchecked")
        List<Long> bach = (List<Long>) defaults.runs.get(0).after.get("intervalHistogramBach");
        long total = bach.stream().mapToLong(Long::longValue).sum();
        assertFigure("83%", (double) (bach.get(1) + bach.get(2)) / total, "steps of 1 or 2 semitones");
        assertEquals(0L, bach.get(bach.size() - 1), "no leap beyond an octave");
    }

    @Test
    void withBlocksTheScaledNetworkFinds20Point5PercentAndTheStandard6Point8PercentMostLikely() {
        assumeTrainedOnTheChaptersVectorWidth();
        SeedExperiment.Config d = SeedExperiment.Config.defaults();
        SeedExperiment blocks = new SeedExperiment(
                new SeedExperiment.Config(
                        d.hidden(), d.eta(), d.epochs(), d.miniBatch(), d.seed(), d.init(), true, "blocks"),
                data);
        assertEquals(334, blocks.train.size());
        assertEquals(117, blocks.test.size());
        blocks.run(null);
        List<Map<String, Object>> columns = columns(blocks);
        assertFigure("20.5%", measure(columns.get(3), "exactNextPitchArgmax"), "blocks, scaled after");
        assertFigure("6.8%", measure(columns.get(1), "exactNextPitchArgmax"), "blocks, standard after");
    }

    /**
     * The second table's "before" columns for {@code --hidden 500,500,500}, measured as the
     * experiment measures an untrained network (its training, 90 s per start, is not a test).
     */
    @Test
    void theUntrained500x3NetworkGivesTheSecondTablesBeforeColumns() {
        SeedExperiment.Config d = SeedExperiment.Config.defaults();
        assertEquals(
                defaults.runs.get(0).before.get("cost"),
                untrained(d.sizes(), Init.STANDARD).get("cost"),
                "measured as the experiment measures before training");
        int[] sizes = {d.sizes()[0], 500, 500, 500, d.sizes()[d.sizes().length - 1]};
        Map<String, Object> standard = untrained(sizes, Init.STANDARD);
        Map<String, Object> scaled = untrained(sizes, Init.SCALED);
        assertFigure("461.1", measure(standard, "cost"), "cost, standard before");
        assertFigure("300.4", measure(scaled, "cost"), "cost, scaled before");
        assertFigure("484", measure(standard, "scoreSampled"), "score, standard before");
        assertFigure("489", measure(scaled, "scoreSampled"), "score, scaled before");
        assertFigure("2.2%", measure(standard, "exactAllPitchesSampled"), "all 32, standard before");
        assertFigure("2.1%", measure(scaled, "exactAllPitchesSampled"), "all 32, scaled before");
        assertFigure("22.2", measure(standard, "highProbabilityPitches"), "high-probability, standard before");
        assertFigure("26.3", measure(scaled, "highProbabilityPitches"), "high-probability, scaled before");
    }

    /**
     * The trained figures hold where the chapter was measured: a CPU whose vectors are 512 bits wide.
     * Training runs on the float32 fast path, which adds its sums in an order that follows the
     * vector width; on a 256-bit (AVX2) CPU the same run ends elsewhere (the standard network's
     * cost after training 41.28 for the prose's 41.2, the scaled one's sampled next pitch 23.2 % for
     * 20.5 %). There these checks are skipped, saying why; the untrained figures are checked everywhere.
     */
    static void assumeTrainedOnTheChaptersVectorWidth() {
        int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        assumeTrue(
                bits == 512, "chapter 7's trained figures were measured with 512-bit vectors; this CPU's are " + bits);
    }

    /** As SeedExperiment's measureBefore: a fresh network from the seed, measured with seed + 1. */
    static Map<String, Object> untrained(int[] sizes, Init init) {
        long seed = SeedExperiment.Config.defaults().seed();
        return Measurements.measure(Mlp.create(seed, init, sizes), defaults.test, seed + 1);
    }
}
