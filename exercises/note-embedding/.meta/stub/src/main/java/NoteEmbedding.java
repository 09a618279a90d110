/** Section 6.2: one note as one-hot pitch (MIDI 36..81) joined with one-hot duration (1..16 sixteenths). */
public final class NoteEmbedding {
    public static final int LOW = 36;
    public static final int PITCHES = 46;
    public static final int DURATIONS = 16;

    /** The 62 numbers of one note. */
    public static double[] encode(int pitch, int duration) {
        throw new IllegalStateException("Not written yet: encode is task 1 of .docs/instructions.md");
    }

    /** {pitch, duration} of the largest pitch value and the largest duration value. */
    public static int[] decode(double[] output) {
        throw new IllegalStateException("Not written yet: decode is task 2 of .docs/instructions.md");
    }
}
