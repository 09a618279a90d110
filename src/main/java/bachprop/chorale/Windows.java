package bachprop.chorale;

import bachprop.music.Melody;
import bachprop.music.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * The text's training examples: any 32 consecutive notes in, the next 32 notes out (section 6.2).
 */
public final class Windows {
    public static final int IN = 32;
    public static final int OUT = 32;

    /** One example: {@code input} notes then {@code target} notes, from {@code melodyId} at note {@code start}. */
    public record Window(String melodyId, int start, List<Note> input, List<Note> target) {
        public double[] x() {
            return NoteEmbedding.encode(input);
        }

        public double[] y() {
            return NoteEmbedding.encode(target);
        }

        @Override
        public String toString() {
            return melodyId + "@" + start + ": " + input.size() + " notes in → " + target.size() + " out";
        }
    }

    private Windows() {}

    /**
     * Every window of {@code in + out} consecutive notes that lies inside one melody, moving
     * {@code stride} notes at a time. Rests are dropped first (the encoding has none). A melody
     * shorter than {@code in + out} notes gives no window.
     */
    public static List<Window> within(List<Melody> melodies, int in, int out, int stride) {
        if (in < 1 || out < 1 || stride < 1) {
            throw new IllegalArgumentException("window sizes and stride must be positive");
        }
        List<Window> windows = new ArrayList<>();
        for (Melody m : melodies) {
            List<Note> notes = m.withoutRests().notes();
            for (int s = 0; s + in + out <= notes.size(); s += stride) {
                windows.add(new Window(m.id(), s, notes.subList(s, s + in), notes.subList(s + in, s + in + out)));
            }
        }
        return windows;
    }

    public static List<Window> within(List<Melody> melodies) {
        return within(melodies, IN, OUT, 1);
    }

    /**
     * A guess at the text's "561 examples" (docs/oracles.md: a guess, not a fact): every melody's notes joined
     * end to end (rests dropped) and cut into blocks of {@code size}; block k is the input and block
     * k+1 its target. 382 JSB sopranos give 17,980 notes, ⌊17980/32⌋ = 561 blocks, 560 pairs.
     */
    public static List<Window> concatenatedBlocks(List<Melody> melodies, int size) {
        List<Note> all = new ArrayList<>();
        for (Melody m : melodies) {
            all.addAll(m.withoutRests().notes());
        }
        List<Window> windows = new ArrayList<>();
        int blocks = all.size() / size;
        for (int k = 0; k + 1 < blocks; k++) {
            windows.add(new Window(
                    "concatenated",
                    k * size,
                    all.subList(k * size, (k + 1) * size),
                    all.subList((k + 1) * size, (k + 2) * size)));
        }
        return windows;
    }

    /** The number of whole blocks of {@code size} in all melodies joined end to end. */
    public static int blockCount(List<Melody> melodies, int size) {
        int n = 0;
        for (Melody m : melodies) {
            n += m.withoutRests().size();
        }
        return n / size;
    }
}
