package bachprop.chorale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.Melody;
import bachprop.music.Note;
import bachprop.music.data.JsbChorales;
import bachprop.music.data.RealData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NoteEmbeddingTest {

    @Test
    void aNoteIsOneHotPitchJoinedWithOneHotDuration() {
        double[] v = NoteEmbedding.encode(new Note(65, 4)); // F4, a quarter note
        assertEquals(62, v.length);
        assertEquals(1.0, v[65 - 36]);
        assertEquals(1.0, v[46 + 3]);
        assertEquals(2.0, Arrays.stream(v).sum());
    }

    @Test
    void encodeThenMostLikelyDecodeGivesTheNotesBack() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            notes.add(new Note(36 + (i * 7) % 46, 1 + i % 16));
        }
        assertEquals(notes, NoteEmbedding.decode(NoteEmbedding.encode(notes), null));
    }

    @Test
    void longNotesAreEncodedAsTheLongestDurationSlot() {
        assertEquals(new Note(60, 16), NoteEmbedding.decode(NoteEmbedding.encode(new Note(60, 24)), 0, null));
    }

    @Test
    void restsAndOutOfRangePitchesCannotBeEncoded() {
        assertThrows(IllegalArgumentException.class, () -> NoteEmbedding.encode(Note.rest(4)));
        assertThrows(IllegalArgumentException.class, () -> NoteEmbedding.encode(new Note(82, 4)));
        assertThrows(IllegalArgumentException.class, () -> NoteEmbedding.encode(new Note(35, 4)));
    }

    @Test
    void samplingWithTheSameSeedGivesTheSameDrawsAndFollowsTheDistribution() {
        double[] p = {0.1, 0.0, 0.6, 0.3};
        Random a = new Random(42);
        Random b = new Random(42);
        int[] counts = new int[4];
        for (int i = 0; i < 20000; i++) {
            int x = Sampling.sample(p, a);
            assertEquals(x, Sampling.sample(p, b));
            counts[x]++;
        }
        assertEquals(0, counts[1]);
        // binomial standard deviation for p = 0.6, n = 20000 is about 0.0035; allow 0.02
        assertEquals(0.6, counts[2] / 20000.0, 0.02);
        assertEquals(0.1, counts[0] / 20000.0, 0.02);
    }

    @Test
    void normaliseMakesProbabilitiesThatSumToOne() {
        double[] out = {0.2, 0.6, 0.2, 9, 9};
        double[] p = Sampling.normalise(out, 0, 3);
        assertArrayEquals(new double[] {0.2, 0.6, 0.2}, p, 1e-12);
        assertEquals(
                2,
                Sampling.countHigh(new double[] {0.4, 0.35, 0.06, 0.19}, 0.5)); // only 0.4 and 0.35 reach half of 0.4
    }

    @Tag("corpus")
    @Test
    void windowsStayInsideOneMelodyAndTheJsbTrainSplitGives437() {
        RealData.assumeJsb(); // the real corpus, or a visible skip
        JsbChorales jsb = JsbChorales.load(RealData.jsb());
        List<Windows.Window> train = Windows.within(jsb.train());
        assertEquals(437, train.size()); // docs/oracles.md: 437, counted with an independent NumPy script
        assertEquals(177, Windows.within(jsb.valid()).size());
        assertEquals(254, Windows.within(jsb.test()).size());
        for (Windows.Window w : train) {
            assertEquals(32, w.input().size());
            assertEquals(32, w.target().size());
        }
        assertEquals(
                561,
                Windows.blockCount(
                        jsb.all().stream().map(JsbChorales.Chorale::soprano).toList(), 32));
    }

    @Test
    void aMelodyOf65NotesGivesTwoWindowsWithStrideOne() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            notes.add(new Note(60 + i % 12, 4));
        }
        List<Windows.Window> w = Windows.within(List.of(Melody.of("m", notes)));
        assertEquals(2, w.size());
        assertEquals(notes.get(33), w.get(1).target().get(0));
        assertTrue(Windows.within(List.of(Melody.of("short", notes.subList(0, 63))))
                .isEmpty());
    }
}
