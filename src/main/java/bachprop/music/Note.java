package bachprop.music;

/**
 * One note of a melody: a MIDI pitch and a duration in sixteenth notes.
 *
 * <p>Rests: a rest is a {@code Note} whose pitch is {@link #REST} (−1), so a melody keeps its
 * timing exactly. The JSB CSV writes a rest as {@code 0}; the loaders turn that into {@code REST}
 * so MIDI pitch 0 is never mistaken for silence. The text's encoding has no slot for a rest, so
 * the chapter-7 experiment drops rests ({@link Melody#withoutRests()}).
 *
 * @param pitch    MIDI note number 0..127, or {@link #REST}
 * @param duration length in sixteenth notes, at least 1
 */
public record Note(int pitch, int duration) {
    /** The pitch value of a rest. */
    public static final int REST = -1;

    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    public Note {
        if (pitch != REST && (pitch < 0 || pitch > 127)) {
            throw new IllegalArgumentException("pitch " + pitch + " is outside MIDI 0..127");
        }
        if (duration < 1) {
            throw new IllegalArgumentException("duration " + duration + " is not a positive number of sixteenths");
        }
    }

    public static Note rest(int duration) {
        return new Note(REST, duration);
    }

    public boolean isRest() {
        return pitch == REST;
    }

    /** The pitch as a name with octave, e.g. 60 → C4; a rest → "rest". */
    public String name() {
        return isRest() ? "rest" : name(pitch);
    }

    public static String name(int midi) {
        return NAMES[Math.floorMod(midi, 12)] + (Math.floorDiv(midi, 12) - 1);
    }

    @Override
    public String toString() {
        return isRest() ? "rest/" + duration : name() + "(" + pitch + ")/" + duration;
    }
}
