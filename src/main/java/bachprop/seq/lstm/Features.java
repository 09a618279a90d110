package bachprop.seq.lstm;

import bachprop.seq.SeqNote;
import bachprop.seq.Vocab;
import java.util.List;

/**
 * The LSTM's input at step t, the step that predicts note t: the text's one-hot pitch ⊕ duration
 * of note t−1 (section 6.2), plus two things the text does not have — the position of note t's
 * onset within a 16-sixteenth bar (one-hot, counted from the melody's start; known from the
 * durations so far) and a start flag for t = 0, where there is no previous note.
 */
public final class Features {
    public static final int POSITIONS = 16;
    static final int PITCH = 0;
    static final int DURATION = PITCH + Vocab.PITCHES;
    static final int POSITION = DURATION + Vocab.DURATIONS;
    static final int START = POSITION + POSITIONS;
    /** 46 + 16 + 16 + 1 = 79. */
    public static final int WIDTH = START + 1;

    private Features() {
    }

    /**
     * Writes the inputs of steps 0..n−1 for the melody (step t sees notes before t) into rows
     * {@code t·stride + rowOffset} of {@code x}, each {@link #WIDTH} wide. Rows must be zero.
     * {@code shift} transposes every pitch by that many semitones.
     */
    static void encode(List<SeqNote> melody, int n, int shift, double[][] rows, int stride, int rowOffset) {
        int onset = 0;
        for (int t = 0; t < n; t++) {
            double[] x = rows[t * stride + rowOffset];
            int r = 0;
            if (t == 0) {
                x[r + START] = 1;
            } else {
                SeqNote prev = melody.get(t - 1);
                x[r + PITCH + Vocab.pitchIndex(prev.pitch() + shift)] = 1;
                x[r + DURATION + prev.durationIndex()] = 1;
                onset += prev.duration();
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
        return x;
    }
}
