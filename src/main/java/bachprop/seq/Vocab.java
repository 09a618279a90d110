package bachprop.seq;

/**
 * The token vocabulary shared by every chapter-9 model, as in the text's section 6.2: 46 pitches
 * (MIDI 36..81) one-hot, and the duration one-hot in sixteenth notes (1..16; longer notes fall
 * into the class 16). One note as an input vector is 46 + 16 = 62 numbers.
 */
public final class Vocab {
    public static final int LOWEST = 36;
    public static final int HIGHEST = 81;
    public static final int PITCHES = HIGHEST - LOWEST + 1;
    public static final int DURATIONS = 16;
    /** The width of the text's one-hot pitch ⊕ duration encoding. */
    public static final int WIDTH = PITCHES + DURATIONS;

    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    private Vocab() {}

    public static int pitchIndex(int midi) {
        if (midi < LOWEST || midi > HIGHEST) {
            throw new IllegalArgumentException("pitch " + midi + " is outside MIDI " + LOWEST + ".." + HIGHEST);
        }
        return midi - LOWEST;
    }

    public static int pitchOf(int index) {
        return LOWEST + index;
    }

    public static boolean inRange(int midi) {
        return midi >= LOWEST && midi <= HIGHEST;
    }

    /** Duration class: d sixteenths → d − 1, clipped to the last class. */
    public static int durationIndex(int sixteenths) {
        return Math.min(Math.max(sixteenths, 1), DURATIONS) - 1;
    }

    public static int durationOf(int index) {
        return index + 1;
    }

    /** e.g. 60 → C4, 70 → Bb4. */
    public static String pitchName(int midi) {
        return NAMES[Math.floorMod(midi, 12)] + (Math.floorDiv(midi, 12) - 1);
    }
}
