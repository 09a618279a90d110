package bachprop.chorale.plot;

import java.util.List;

/**
 * A four-voice piano roll without pixels: soprano, alto, tenor and bass as MIDI numbers per
 * sixteenth step ({@code midi[t][v]}, 0 = rest), how many steps are the given opening, how many
 * are shown, the pitches the roll spans (so that rolls side by side share one scale), and the
 * voice-leading marks to draw where they occur.
 */
public record FourVoiceRollModel(
        String title, int[][] midi, int opening, int shown, int low, int high, List<Mark> marks) {
    /** How a mark is drawn (the rules it stands for are the caller's). */
    public enum Shape {
        /** Parallel fifths or octaves: a line between the two voices at both steps. */
        PARALLEL,
        /** Voices crossed: a cross between the two notes. */
        CROSSING,
        /** Voices too far apart: a dashed line between the two notes. */
        SPACING,
        /** A note outside its voice's range: a ring around it. */
        RANGE
    }

    /** A mark at {@code step} between voices {@code upper} and {@code lower} (equal: that one voice). */
    public record Mark(int step, int upper, int lower, Shape shape) {}

    /** The voices' one-letter names, top down, and what the legend calls them. */
    public static final List<String> VOICES = List.of("S soprano", "A alto", "T tenor", "B bass");

    public FourVoiceRollModel {
        marks = List.copyOf(marks);
        if (low > high) {
            throw new IllegalArgumentException("the pitch range " + low + ".." + high + " is empty");
        }
    }

    /** How many steps the roll is long (shown or not: the time axis is the same while stepping). */
    public int steps() {
        return midi.length;
    }

    /** The pitches of every sounding note of these scores, padded by one on each side: {low, high}. */
    public static int[] range(List<int[][]> scores) {
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int[][] s : scores) {
            for (int[] step : s) {
                for (int p : step) {
                    if (p > 0) {
                        low = Math.min(low, p);
                        high = Math.max(high, p);
                    }
                }
            }
        }
        return low > high ? new int[] {59, 72} : new int[] {low - 1, high + 1};
    }

    /** The MIDI number of voice v at step t, or 0 for a rest or a step not shown. */
    public int pitch(int t, int v) {
        return t < shown && t < midi.length ? midi[t][v] : 0;
    }

    @Override
    public String toString() {
        return "FourVoiceRollModel[" + title + ", " + shown + "/" + midi.length + " steps, opening " + opening + ", "
                + marks.size() + " marks]";
    }
}
