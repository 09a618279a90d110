package bachprop.seq.lstm;

import bachprop.seq.Key;
import bachprop.seq.SeqNote;
import bachprop.seq.Vocab;
import java.util.List;

/**
 * The LSTM's input at step t, the step that predicts note t: the text's one-hot pitch ⊕ duration
 * of note t−1 (section 6.2), plus three things the text does not have — the position of note t's
 * onset within a 16-sixteenth bar (one-hot, counted from the melody's start; known from the
 * durations so far), a start flag for t = 0, where there is no previous note, the interval
 * from note t−2 to note t−1 (one-hot, −12..+12 semitones, wider leaps in the end bins), and the
 * scale degree of note t−1 in the key estimated from notes 0..t−1 (Krumhansl–Schmuckler, one-hot
 * of 12, plus a flag for minor).
 */
public final class Features {
    public static final int POSITIONS = 16;
    static final int PITCH = 0;
    static final int DURATION = PITCH + Vocab.PITCHES;
    static final int POSITION = DURATION + Vocab.DURATIONS;
    static final int START = POSITION + POSITIONS;
    static final int INTERVAL = START + 1;
    static final int INTERVALS = 25;
    static final int DEGREE = INTERVAL + INTERVALS;
    static final int MINOR = DEGREE + 12;
    /** 46 + 16 + 16 + 1 + 25 + 12 + 1 = 117. */
    public static final int WIDTH = MINOR + 1;

    private Features() {}

    /**
     * Writes the inputs of steps 0..n−1 for the melody (step t sees notes before t) into rows
     * {@code t·stride + rowOffset} of {@code x}, each {@link #WIDTH} wide. Rows must be zero.
     * {@code shift} transposes every pitch by that many semitones. {@code last} (same rows)
     * receives the previous note's pitch index, −1 at t = 0, and {@code keys} the key estimated
     * from the notes before t as 12·minor + tonic (−1 at t = 0).
     */
    static void encode(
            List<SeqNote> melody,
            int n,
            int shift,
            double[][] rows,
            int[] last,
            int[] keys,
            int stride,
            int rowOffset) {
        int onset = 0;
        double[] histogram = new double[12];
        for (int t = 0; t < n; t++) {
            double[] x = rows[t * stride + rowOffset];
            int r = 0;
            if (t == 0) {
                x[r + START] = 1;
                last[t * stride + rowOffset] = -1;
                keys[t * stride + rowOffset] = -1;
            } else {
                SeqNote prev = melody.get(t - 1);
                x[r + PITCH + Vocab.pitchIndex(prev.pitch() + shift)] = 1;
                x[r + DURATION + prev.durationIndex()] = 1;
                last[t * stride + rowOffset] = Vocab.pitchIndex(prev.pitch() + shift);
                onset += prev.duration();
                if (t >= 2) {
                    x[
                            r
                                    + INTERVAL
                                    + intervalIndex(
                                            prev.pitch() - melody.get(t - 2).pitch())] = 1;
                }
                histogram[Math.floorMod(prev.pitch() + shift, 12)] += prev.duration();
                Key key = Key.estimate(histogram);
                keys[t * stride + rowOffset] = code(key);
                degree(x, prev.pitch() + shift, key);
            }
            x[r + POSITION + Math.floorMod(onset, POSITIONS)] = 1;
        }
    }

    /** The input for the step after {@code melody} (predicting note n = melody.size()), into a fresh row. */
    static double[] next(List<SeqNote> melody) {
        double[] x = new double[WIDTH];
        int n = melody.size();
        if (n == 0) {
            x[START] = 1;
            x[POSITION] = 1;
            return x;
        }
        int onset = 0;
        for (SeqNote note : melody) {
            onset += note.duration();
        }
        SeqNote prev = melody.get(n - 1);
        x[PITCH + prev.pitchIndex()] = 1;
        x[DURATION + prev.durationIndex()] = 1;
        x[POSITION + Math.floorMod(onset, POSITIONS)] = 1;
        if (n >= 2) {
            x[INTERVAL + intervalIndex(prev.pitch() - melody.get(n - 2).pitch())] = 1;
        }
        degree(x, prev.pitch(), Key.estimate(melody));
        return x;
    }

    /** The key the input for the step after {@code melody} assumes (12·minor + tonic), −1 if empty. */
    static int keyCode(List<SeqNote> melody) {
        return melody.isEmpty() ? -1 : code(Key.estimate(melody));
    }

    static int code(Key key) {
        return 12 * (key.minor() ? 1 : 0) + key.tonic();
    }

    private static void degree(double[] x, int pitch, Key key) {
        x[DEGREE + Math.floorMod(pitch - key.tonic(), 12)] = 1;
        x[MINOR] = key.minor() ? 1 : 0;
    }

    static int intervalIndex(int semitones) {
        return Math.max(-12, Math.min(12, semitones)) + 12;
    }
}
