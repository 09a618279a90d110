package bachprop.chorale;

import bachprop.music.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The text's NoteEmbedding (section 6.2): a note becomes a one-hot pitch vector over MIDI 36..81
 * (46 values) joined with a one-hot duration vector; a run of notes is those vectors end to end.
 *
 * <p>Durations are counted in sixteenths, 1..{@value #DURATIONS}; a longer note is encoded as
 * {@value #DURATIONS} (0.4% of JSB soprano notes are longer). The text says "eighth notes", but
 * its data steps in sixteenths; counting sixteenths keeps every common value exact.
 */
public final class NoteEmbedding {
    /** The lowest and highest pitch the encoding represents (the text's 46 pitches). */
    public static final int LOW = 36;

    public static final int HIGH = 81;
    public static final int PITCHES = HIGH - LOW + 1;
    /** Duration slots: 1..16 sixteenths (a whole note in 4/4). */
    public static final int DURATIONS = 16;
    /** The length of one note's vector: 46 + 16 = 62. */
    public static final int WIDTH = PITCHES + DURATIONS;

    private NoteEmbedding() {}

    /** The index of a pitch in the pitch part: MIDI 36 → 0 … MIDI 81 → 45. */
    public static int pitchIndex(int midi) {
        if (midi < LOW || midi > HIGH) {
            throw new IllegalArgumentException(
                    "pitch " + midi + " (" + Note.name(midi) + ") is outside the encoding's MIDI " + LOW + ".." + HIGH);
        }
        return midi - LOW;
    }

    /** The index of a duration in the duration part: 1 sixteenth → 0 … 16 or more → 15. */
    public static int durationIndex(int sixteenths) {
        if (sixteenths < 1) {
            throw new IllegalArgumentException("duration " + sixteenths + " is not positive");
        }
        return Math.min(sixteenths, DURATIONS) - 1; // departs from exactness for notes longer than a whole note
    }

    /** One note → its 62 numbers: one-hot pitch ⊕ one-hot duration. A rest cannot be encoded. */
    public static double[] encode(Note note) {
        if (note.isRest()) {
            throw new IllegalArgumentException(
                    "the text's encoding has no rest; drop rests first (Melody.withoutRests())");
        }
        double[] v = new double[WIDTH];
        v[pitchIndex(note.pitch())] = 1;
        v[PITCHES + durationIndex(note.duration())] = 1;
        return v;
    }

    /** Notes → their vectors end to end (32 notes → 1984 numbers). */
    public static double[] encode(List<Note> notes) {
        double[] v = new double[notes.size() * WIDTH];
        for (int i = 0; i < notes.size(); i++) {
            System.arraycopy(encode(notes.get(i)), 0, v, i * WIDTH, WIDTH);
        }
        return v;
    }

    /** The pitch probabilities of note {@code i} of an output: its first 46 values, normalised. */
    public static double[] pitchProbabilities(double[] output, int i) {
        return Sampling.normalise(output, i * WIDTH, i * WIDTH + PITCHES);
    }

    /** The duration probabilities of note {@code i}: its last 16 values, normalised. */
    public static double[] durationProbabilities(double[] output, int i) {
        return Sampling.normalise(output, i * WIDTH + PITCHES, (i + 1) * WIDTH);
    }

    /**
     * Decodes note {@code i} of an output: split into pitch and duration parts, normalise each,
     * then sample with {@code random} — or take the most likely when {@code random} is null.
     */
    public static Note decode(double[] output, int i, Random random) {
        double[] p = pitchProbabilities(output, i);
        double[] d = durationProbabilities(output, i);
        int pitch = random == null ? Sampling.argmax(p) : Sampling.sample(p, random);
        int dur = random == null ? Sampling.argmax(d) : Sampling.sample(d, random);
        return new Note(LOW + pitch, dur + 1);
    }

    /** Decodes every note of an output (its length must be a multiple of 62). */
    public static List<Note> decode(double[] output, Random random) {
        if (output.length % WIDTH != 0) {
            throw new IllegalArgumentException(
                    "an output of " + output.length + " values is not a whole number of " + WIDTH + "-value notes");
        }
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < output.length / WIDTH; i++) {
            notes.add(decode(output, i, random));
        }
        return notes;
    }

    /** A readable picture of one note's vector, e.g. {@code pitch[29]=1 (F4) dur[3]=1 (4/16)}. */
    public static String describe(double[] v) {
        if (v.length != WIDTH) {
            return Arrays.toString(v);
        }
        int p = Sampling.argmax(Arrays.copyOfRange(v, 0, PITCHES));
        int d = Sampling.argmax(Arrays.copyOfRange(v, PITCHES, WIDTH));
        return "pitch[" + p + "]=" + v[p] + " (" + Note.name(LOW + p) + ") dur[" + d + "]=" + v[PITCHES + d] + " ("
                + (d + 1) + "/16)";
    }
}
