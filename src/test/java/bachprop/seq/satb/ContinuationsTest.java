package bachprop.seq.satb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sampled-continuation measures end to end, with fake models on a tiny hand-made corpus. */
class ContinuationsTest {
    static final Continuations.Options SMALL = new Continuations.Options(8, 12, 3, 1.0, 5);

    /** C major, G major, A minor, F major, each held four sixteenths, {@code repeats} times over. */
    static SatbScore chorale(String id, int repeats) {
        int[][] chords = {{72, 67, 64, 48}, {71, 67, 62, 43}, {72, 69, 64, 45}, {72, 69, 65, 41}};
        List<int[]> steps = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            for (int[] c : chords) {
                for (int k = 0; k < 4; k++) {
                    steps.add(VoiceLeadingTest.score(c)[0]);
                }
            }
        }
        return new SatbScore(id, steps.toArray(new int[0][]));
    }

    static List<SatbScore> corpus() {
        // the last is no longer than the opening: skipped.
        return List.of(chorale("test:1", 2), chorale("test:2", 1), chorale("test:3", 2), chorale("test:4", 0));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> counts(Map<String, Object> json, String set) {
        return (Map<String, Object>) ((Map<String, Object>) json.get(set)).get("counts");
    }

    @Test
    void bachsValuesAreTheMeasuresOfHisOwnStepsOverTheSampledSpan() {
        Continuations.Result r =
                Continuations.measure(FakeFourVoiceModels.uniform(), corpus(), SMALL, Continuations.Progress.NONE);
        assertEquals(3, r.openings());
        assertEquals(1, r.skipped());
        RuleMeasures bach = new RuleMeasures();
        for (SatbScore s : corpus().subList(0, 3)) {
            bach.add(s.tokens(), 8, 20);
        }
        assertEquals(bach.toJson(), r.bach().toJson());
        // 12 + 8 + 12 steps in the spans (test:2 has 16 steps: 8..15), all complete triads.
        assertEquals(32L, counts(r.toJson(), "bach").get("completeVerticalities"));
        assertEquals(32L, counts(r.toJson(), "bach").get("triadsAndSevenths"));
    }

    @Test
    void withTheRulesOnAUniformModelWritesNoViolationAndWithoutThemItDoes() {
        Map<String, Object> json = Continuations.measure(
                        FakeFourVoiceModels.uniform(), corpus(), SMALL, Continuations.Progress.NONE)
                .toJson();
        Map<String, Object> ruled = counts(json, "modelWithRules");
        for (String k : List.of("parallelFifths", "parallelOctaves", "crossings", "spacings", "outOfRange")) {
            assertEquals(0L, ruled.get(k), k + " with the rules on: " + ruled);
        }
        Map<String, Object> plain = counts(json, "model");
        // a uniform draw over 47 tokens crosses, spaces and leaves the range most of the time.
        assertTrue((Long) plain.get("crossings") > 0 && (Long) plain.get("outOfRange") > 0, plain.toString());
        // 3 openings × 3 samples × 12 steps × 4 voices tokens were drawn for each set.
        assertTrue((Long) ruled.get("notes") <= 3 * 3 * 12 * 4);
    }

    @Test
    void aModelThatMovesAllVoicesInLockstepWritesParallelsUnlessTheRulesAreOn() {
        Map<String, Object> json = Continuations.measure(
                        FakeFourVoiceModels.lockstep(), corpus(), SMALL, Continuations.Progress.NONE)
                .toJson();
        long plain = (Long) counts(json, "model").get("parallelFifths")
                + (Long) counts(json, "model").get("parallelOctaves");
        long ruled = (Long) counts(json, "modelWithRules").get("parallelFifths")
                + (Long) counts(json, "modelWithRules").get("parallelOctaves");
        assertTrue(plain > 20, "parallels without the rules: " + plain);
        assertEquals(0, ruled, "parallels with the rules");
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
        String a = Json.write(
                Continuations.measure(FakeFourVoiceModels.uniform(), corpus(), SMALL, Continuations.Progress.NONE)
                        .toJson());
        String b = Json.write(
                Continuations.measure(FakeFourVoiceModels.uniform(), corpus(), SMALL, Continuations.Progress.NONE)
                        .toJson());
        Continuations.Options other = new Continuations.Options(8, 12, 3, 1.0, 6);
        String c = Json.write(
                Continuations.measure(FakeFourVoiceModels.uniform(), corpus(), other, Continuations.Progress.NONE)
                        .toJson());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void progressIsToldAfterEverySampleUpToTheTotal() {
        List<int[]> told = new ArrayList<>();
        Continuations.measure(
                FakeFourVoiceModels.uniform(), corpus(), SMALL, (done, total) -> told.add(new int[] {done, total}));
        // 3 openings × 3 samples × (rules off, on).
        assertEquals(18, told.size());
        for (int i = 0; i < told.size(); i++) {
            assertEquals(i + 1, told.get(i)[0]);
            assertEquals(18, told.get(i)[1]);
        }
    }

    @Test
    void theJsonHasEachMeasureForBachAndBothSampleSets() {
        Map<String, Object> json = Continuations.measure(
                        FakeFourVoiceModels.uniform(), corpus(), SMALL, Continuations.Progress.NONE)
                .toJson();
        for (String set : List.of("bach", "model", "modelWithRules")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) json.get(set);
            for (String k : List.of(
                    "parallelFifthsPer100",
                    "parallelOctavesPer100",
                    "parallelsPer100",
                    "crossingPercent",
                    "spacingPercent",
                    "rangePercent",
                    "completeChordPercent",
                    "intervalKlBits",
                    "intervalKlBitsByVoice",
                    "intervalHistogramByVoice",
                    "counts")) {
                assertTrue(m.containsKey(k), set + " has " + k);
            }
        }
        assertEquals(12, json.get("steps"));
        assertEquals(8, json.get("openingSteps"));
        // the uniform model's intervals are far from the block chords' (KL over 0.5 bits).
        @SuppressWarnings("unchecked")
        double kl = (Double) ((Map<String, Object>) json.get("model")).get("intervalKlBits");
        assertTrue(kl > 0.5, "KL " + kl);
    }
}
