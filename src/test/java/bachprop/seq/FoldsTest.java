package bachprop.seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Folds} on a synthetic corpus of 23 melodies (11 train, 5 valid, 7 test) cut into 5 blocks. */
class FoldsTest {
    static final int MELODIES = 23;

    /** Melodies train:0..10, valid:11..15, test:16..22, melody k of k + 1 notes (a seeded random walk). */
    static Corpus corpus() {
        Random r = new Random(3);
        List<NoteSequence> train = new ArrayList<>();
        List<NoteSequence> valid = new ArrayList<>();
        List<NoteSequence> test = new ArrayList<>();
        for (int k = 0; k < MELODIES; k++) {
            List<SeqNote> notes = new ArrayList<>();
            for (int t = 0; t <= k; t++) {
                notes.add(new SeqNote(60 + r.nextInt(12), 1 + r.nextInt(4)));
            }
            String split = k < 11 ? "train" : k < 16 ? "valid" : "test";
            (k < 11 ? train : k < 16 ? valid : test).add(new NoteSequence(split + ":" + k, notes));
        }
        return new Corpus("tiny", "synthetic", "memory", train, valid, test);
    }

    @Test
    void everyMelodyIsInExactlyOneBlockAndBlockSizesDifferByAtMostOne() {
        Folds f = Folds.of(corpus(), 5);
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            for (NoteSequence m : f.block(b)) {
                seen.merge(m.id(), 1, Integer::sum);
            }
            sizes.add(f.block(b).size());
        }
        assertEquals(MELODIES, seen.size(), "all 23 melodies are in some block");
        assertTrue(seen.values().stream().allMatch(c -> c == 1), "none twice: " + seen);
        assertEquals(List.of(4, 5, 4, 5, 5), sizes, "block b starts at ⌊b·23/5⌋: 0, 4, 9, 13, 18");
    }

    @Test
    void theOrderIsTrainThenValidThenTestAsDocumented() {
        Folds f = Folds.of(corpus(), 5);
        assertEquals("train:0", f.block(0).get(0).id());
        assertEquals("valid:11", f.melodies().get(11).id());
        assertEquals("test:22", f.block(4).get(f.block(4).size() - 1).id());
    }

    @Test
    void noRotationTrainsOrValidatesOnItsTestBlockAndTogetherTheyCoverTheCorpus() {
        Folds f = Folds.of(corpus(), 5);
        Set<String> tested = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Folds.Rotation r = f.rotation(i);
            assertNotEquals(i, r.validationBlock(), "the validation block is never the test block");
            assertEquals(f.block((i + 1) % 5), r.valid());
            Set<String> test = ids(r.test());
            Set<String> learned = ids(r.train());
            learned.addAll(ids(r.valid()));
            for (String id : test) {
                assertTrue(!learned.contains(id), "rotation " + i + " learns from its test melody " + id);
            }
            assertEquals(MELODIES, test.size() + r.train().size() + r.valid().size(), "each melody has one role");
            TrainingData d = r.trainingData("tiny");
            assertEquals(r.train(), d.train());
            assertEquals(r.valid(), d.valid());
            tested.addAll(test);
        }
        assertEquals(MELODIES, tested.size(), "every melody is tested in some rotation");
    }

    @Test
    void twoFoldsValidateOnEachOtherAndTrainOnNothingElse() {
        Folds f = Folds.of(corpus(), 2);
        Folds.Rotation r = f.rotation(0);
        assertEquals(1, r.validationBlock());
        assertEquals(0, r.train().size(), "with 2 folds there is no third block to train on");
        assertEquals(11, r.test().size());
        assertEquals(12, r.valid().size());
    }

    @Test
    void fewerThanTwoOrMoreFoldsThanMelodiesIsAnErrorNamingBoth() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> Folds.of(corpus(), 1));
        assertEquals("--folds must be at least 2, not 1", one.getMessage());
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> Folds.of(corpus(), 24));
        assertEquals("--folds 24 is more than the 23 melodies of tiny", many.getMessage());
        assertEquals(1, Folds.of(corpus(), 23).block(22).size(), "one melody per block is allowed");
    }

    @Test
    void toStringSaysHowTheMelodiesAreCut() {
        assertEquals(
                "5 folds of the 23 tiny melodies (train, valid, test pooled in order): blocks of 4–5;"
                        + " rotation i tests block i, validates on block i+1 (mod 5), trains on the rest",
                Folds.of(corpus(), 5).toString());
        assertEquals(
                "rotation 5: test block 5 (5 melodies), validation block 1 (4), train 14",
                Folds.of(corpus(), 5).rotation(4).toString());
    }

    static Set<String> ids(List<NoteSequence> melodies) {
        Set<String> s = new HashSet<>();
        for (NoteSequence m : melodies) {
            s.add(m.id());
        }
        return s;
    }
}
