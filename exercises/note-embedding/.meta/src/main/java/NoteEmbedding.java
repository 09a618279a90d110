/** Section 6.2: one note as one-hot pitch (MIDI 36..81) joined with one-hot duration (1..16 sixteenths). */
public final class NoteEmbedding {
    public static final int LOW = 36;
    public static final int PITCHES = 46;
    public static final int DURATIONS = 16;

    /** The 62 numbers of one note. */
    public static double[] encode(int pitch, int duration) {
        if (pitch < LOW || pitch >= LOW + PITCHES) {
            throw new IllegalArgumentException("pitch " + pitch + " is outside MIDI 36..81");
        }
        if (duration < 1 || duration > DURATIONS) {
            throw new IllegalArgumentException("duration " + duration + " is outside 1..16 sixteenths");
        }
        double[] v = new double[PITCHES + DURATIONS];
        v[pitch - LOW] = 1;
        v[PITCHES + duration - 1] = 1;
        return v;
    }

    /** {pitch, duration} of the largest pitch value and the largest duration value. */
    public static int[] decode(double[] output) {
        int p = argmax(output, 0, PITCHES);
        int d = argmax(output, PITCHES, PITCHES + DURATIONS);
        return new int[] {LOW + p, d + 1};
    }

    static int argmax(double[] a, int from, int to) {
        int best = from;
        for (int i = from + 1; i < to; i++) {
            if (a[i] > a[best]) {
                best = i;
            }
        }
        return best - from;
    }
}
