import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NoteEmbeddingTest {

    static double[] oneHot(int... ones) {
        double[] v = new double[62];
        for (int i : ones) {
            v[i] = 1;
        }
        return v;
    }

    @Test
    @Tag("task:1")
    void aQuarterNoteF4HasItsOnesAtIndices29And49() {
        // F4 = MIDI 65 → pitch index 29; 4 sixteenths → duration index 3 → 46 + 3 = 49
        Check.near("encode(65, 4)", oneHot(29, 49), NoteEmbedding.encode(65, 4), 0,
                mistake("duration-from-zero", oneHot(29, 50)));
    }

    @Test
    @Tag("task:1")
    void theLowestShortestAndHighestLongestNotesUseTheEndSlots() {
        Check.near("encode(36, 1)", oneHot(0, 46), NoteEmbedding.encode(36, 1), 0,
                mistake("duration-from-zero", oneHot(0, 47)));
        Check.near("encode(81, 16)", oneHot(45, 61), NoteEmbedding.encode(81, 16), 0);
    }

    @Test
    @Tag("task:1")
    void pitchesAndDurationsOutsideTheEncodingAreRefused() {
        Assertions.assertThrows(IllegalArgumentException.class, () -> NoteEmbedding.encode(82, 4), "MIDI 82 is above 81");
        Assertions.assertThrows(IllegalArgumentException.class, () -> NoteEmbedding.encode(35, 4), "MIDI 35 is below 36");
        Assertions.assertThrows(IllegalArgumentException.class, () -> NoteEmbedding.encode(60, 0), "a duration of 0");
        Assertions.assertThrows(IllegalArgumentException.class, () -> NoteEmbedding.encode(60, 17), "a duration of 17");
    }

    @Test
    @Tag("task:2")
    void decodingPicksTheLargestPitchAndTheLargestDuration() {
        double[] out = new double[62];
        java.util.Arrays.fill(out, 0.1);
        out[29] = 0.9;  // F4
        out[31] = 0.8;
        out[46 + 3] = 0.7; // 4 sixteenths
        int[] got = NoteEmbedding.decode(out);
        Check.near("decode: pitch and duration", new double[] {65, 4}, new double[] {got[0], got[1]}, 0,
                mistake("index-not-pitch", 29, 3));
    }

    @Test
    @Tag("task:2")
    void decodeUndoesEncodeForEveryPitch() {
        for (int pitch = 36; pitch <= 81; pitch++) {
            int duration = 1 + pitch % 16;
            int[] got = NoteEmbedding.decode(NoteEmbedding.encode(pitch, duration));
            Check.near("decode(encode(" + pitch + ", " + duration + "))", new double[] {pitch, duration}, new double[] {got[0], got[1]}, 0,
                    mistake("index-not-pitch", pitch - 36, duration - 1));
        }
    }

    @Test
    @Tag("task:2")
    void decodeLeavesTheOutputUnchanged() {
        double[] out = new double[62];
        for (int i = 0; i < out.length; i++) {
            out[i] = (i * 7 % 13) / 13.0;
        }
        double[] before = out.clone();
        NoteEmbedding.decode(out);
        Check.near("the output after decode", before, out, 0);
    }
}
