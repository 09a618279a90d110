package bachprop.seq.lstm;

import bachprop.seq.Key;
import bachprop.seq.SeqNote;
import bachprop.seq.Vocab;
import java.util.List;

/**
 * The LSTM's input at step t, the step that predicts note t. Two layouts (a model file records
 * which one its networks read; files before payload v4 read layout 1):
 *
 * <p><b>Layout 1</b> (117 numbers): the text's one-hot pitch ⊕ duration of note t−1 (section
 * 6.2), plus three things the text does not have — the position of note t's onset within a
 * 16-sixteenth bar (one-hot, counted from the melody's start; known from the durations so far), a
 * start flag for t = 0, where there is no previous note, the interval from note t−2 to note t−1
 * (one-hot, −12..+12 semitones, wider leaps in the end bins), and the scale degree of note t−1 in
 * the key estimated from notes 0..t−1 (Krumhansl–Schmuckler, one-hot of 12, plus a flag for minor).
 *
 * <p><b>Layout 2</b>, "viewpoints" (144 numbers): layout 1 where the score says more, plus
 * <ul>
 *   <li>key: the melody's key from its annotations (UCI: the key signature; JSB: all four voices)
 *       instead of the estimate from the notes so far, for the degree input and the key head;</li>
 *   <li>position: note t's onset within the real bar (onset from the first bar line, so an upbeat
 *       is where it is; bar length from the time signature), one-hot in the same 16 slots;</li>
 *   <li>metre: one-hot of 4 — bar unknown, 12 (3/4), 16 (4/4), other;</li>
 *   <li>fermata: note t−1 is under a fermata (a phrase end), and the notes since the last
 *       fermata before t (one-hot 0..15, 15 = that many or more; from the melody's start before
 *       the first fermata). JSB has no fermata marks: these inputs stay 0 there (no heuristic);</li>
 *   <li>contour: the direction (down, same, up) of the steps t−2→t−1 and t−3→t−2 (one-hot 3 + 3).</li>
 * </ul>
 * Pitch given rhythm, decided: note t's own onset is an input only as far as the notes before it
 * fix it (onset of t−1 + its duration), and note t's own fermata flag is never an input — so a
 * sampled note's duration sets the next onset and generation needs nothing the model does not
 * produce (an unseen note's fermata is unknown; Conklin &amp; Witten give the event's timing).
 */
public final class Features {
    /** Which inputs: {@link #V1} (117) or {@link #V2} (144). */
    public enum Layout {
        V1(1, 117),
        V2(2, 144);

        public final int number;
        public final int width;

        Layout(int number, int width) {
            this.number = number;
            this.width = width;
        }

        public static Layout of(int number) {
            for (Layout l : values()) {
                if (l.number == number) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown LSTM feature layout " + number + " (known: 1, 2)");
        }

        /** The layout whose width is {@code inputs}, or null. */
        static Layout ofWidth(int inputs) {
            for (Layout l : values()) {
                if (l.width == inputs) {
                    return l;
                }
            }
            return null;
        }
    }

    public static final int POSITIONS = 16;
    static final int PITCH = 0;
    static final int DURATION = PITCH + Vocab.PITCHES;
    static final int POSITION = DURATION + Vocab.DURATIONS;
    static final int START = POSITION + POSITIONS;
    static final int INTERVAL = START + 1;
    static final int INTERVALS = 25;
    static final int DEGREE = INTERVAL + INTERVALS;
    static final int MINOR = DEGREE + 12;
    /** Layout 1: 46 + 16 + 16 + 1 + 25 + 12 + 1 = 117. */
    public static final int WIDTH = MINOR + 1;

    static final int METRE = WIDTH;
    static final int METRES = 4;
    static final int FERMATA = METRE + METRES;
    static final int SINCE = FERMATA + 1;
    static final int SINCE_MAX = 16;
    static final int CONTOUR = SINCE + SINCE_MAX;
    /** Layout 2: 117 + 4 + 1 + 16 + 6 = 144. */
    static final int WIDTH_V2 = CONTOUR + 6;

    private Features() {}

    /** Layout 1 ({@link #encode(Layout, List, int, int, double[][], int[], int[], int, int)}). */
    static void encode(
            List<SeqNote> melody,
            int n,
            int shift,
            double[][] rows,
            int[] last,
            int[] keys,
            int stride,
            int rowOffset) {
        encode(Layout.V1, melody, n, shift, rows, last, keys, stride, rowOffset);
    }

    /**
     * Writes the inputs of steps 0..n−1 for the melody (step t sees notes before t) into rows
     * {@code t·stride + rowOffset} of {@code x}, each {@code layout.width} wide. Rows must be zero.
     * {@code shift} transposes every pitch (and an annotated key) by that many semitones.
     * {@code last} (same rows) receives the previous note's pitch index, −1 at t = 0, and
     * {@code keys} the key the degree uses as 12·minor + tonic (−1 at t = 0).
     */
    static void encode(
            Layout layout,
            List<SeqNote> melody,
            int n,
            int shift,
            double[][] rows,
            int[] last,
            int[] keys,
            int stride,
            int rowOffset) {
        Context c = new Context(layout);
        for (int t = 0; t < n; t++) {
            int row = t * stride + rowOffset;
            c.write(rows[row], melody, t, shift);
            last[row] = c.last;
            keys[row] = c.key;
            if (t < melody.size()) {
                c.read(melody.get(t), shift);
            }
        }
    }

    /** The input for the step after {@code melody} (predicting note n = melody.size()), into a fresh row. */
    static double[] next(Layout layout, List<SeqNote> melody) {
        Context c = new Context(layout);
        for (SeqNote note : melody) {
            c.read(note, 0);
        }
        double[] x = new double[layout.width];
        c.write(x, melody, melody.size(), 0);
        return x;
    }

    static double[] next(List<SeqNote> melody) {
        return next(Layout.V1, melody);
    }

    /** The key the input for the step after {@code melody} assumes (12·minor + tonic), −1 if empty. */
    static int keyCode(Layout layout, List<SeqNote> melody) {
        Context c = new Context(layout);
        for (SeqNote note : melody) {
            c.read(note, 0);
        }
        return c.key;
    }

    static int keyCode(List<SeqNote> melody) {
        return keyCode(Layout.V1, melody);
    }

    /** What the notes read so far determine: the running onset, key, metre and phrase state. */
    private static final class Context {
        final Layout layout;
        final double[] histogram = new double[12];
        int count;
        /** The onset of the next note: the last note's onset (annotated or running) + its duration. */
        int onset;

        Integer bar;
        boolean timed;
        boolean fermataKnown;
        boolean lastFermata;
        int sinceFermata;
        int last = -1;
        int key = -1;
        /** The annotated key (transposed), kept for the sampled notes that follow annotated ones. */
        Key scoreKey;

        int prevPitch;
        int prevPrevPitch;
        int prevPrevPrevPitch;

        Context(Layout layout) {
            this.layout = layout;
        }

        /** Takes note t (transposed by shift) as read. */
        void read(SeqNote note, int shift) {
            int pitch = note.pitch() + shift;
            SeqNote.Score s = note.score();
            boolean v2 = layout == Layout.V2;
            if (v2 && s != null && s.onset() != null) {
                onset = s.onset(); // the score's onset (after a dropped rest it differs from the running one)
                bar = s.bar();
                timed = true;
                fermataKnown = true;
            }
            onset += note.duration();
            histogram[Math.floorMod(pitch, 12)] += note.duration();
            if (v2 && s != null && s.key() != null) {
                scoreKey = s.transposed(shift).key();
            }
            key = code(scoreKey != null ? scoreKey : Key.estimate(histogram));
            boolean fermata = v2 && s != null && s.fermata(); // a sampled note's fermata is unknown: taken as none
            sinceFermata = fermata ? 0 : sinceFermata + 1;
            lastFermata = fermata;
            last = Vocab.pitchIndex(pitch);
            prevPrevPrevPitch = prevPrevPitch;
            prevPrevPitch = prevPitch;
            prevPitch = pitch;
            count++;
        }

        /** Writes the input of step t (t = the number of notes read) into x. */
        void write(double[] x, List<SeqNote> melody, int t, int shift) {
            if (count == 0) {
                x[START] = 1;
                x[POSITION] = 1;
                if (layout == Layout.V2) {
                    x[METRE] = 1; // bar unknown before the first note
                }
                return;
            }
            SeqNote prev = melody.get(t - 1);
            x[PITCH + last] = 1;
            x[DURATION + prev.durationIndex()] = 1;
            int within = timed && bar != null ? Math.floorMod(onset, bar) : onset;
            x[POSITION + Math.floorMod(within, POSITIONS)] = 1;
            if (count >= 2) {
                x[INTERVAL + intervalIndex(prevPitch - prevPrevPitch)] = 1;
            }
            x[DEGREE + Math.floorMod(prevPitch - key % 12, 12)] = 1;
            x[MINOR] = key >= 12 ? 1 : 0;
            if (layout == Layout.V2) {
                x[METRE + metre(timed ? bar : null)] = 1;
                if (fermataKnown) {
                    x[FERMATA] = lastFermata ? 1 : 0;
                    x[SINCE + Math.min(sinceFermata, SINCE_MAX - 1)] = 1;
                }
                if (count >= 2) {
                    x[CONTOUR + 1 + Integer.signum(prevPitch - prevPrevPitch)] = 1;
                }
                if (count >= 3) {
                    x[CONTOUR + 4 + Integer.signum(prevPrevPitch - prevPrevPrevPitch)] = 1;
                }
            }
        }
    }

    /** 0: bar unknown, 1: 12 sixteenths (3/4), 2: 16 (4/4), 3: any other. */
    static int metre(Integer bar) {
        return bar == null ? 0 : bar == 12 ? 1 : bar == 16 ? 2 : 3;
    }

    static int code(Key key) {
        return 12 * (key.minor() ? 1 : 0) + key.tonic();
    }

    static int intervalIndex(int semitones) {
        return Math.max(-12, Math.min(12, semitones)) + 12;
    }
}
