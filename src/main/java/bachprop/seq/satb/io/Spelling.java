package bachprop.seq.satb.io;

/**
 * Pitch names for MIDI numbers in a key of {@code fifths} sharps (+) or flats (−): each pitch class
 * is named by its place on the line of fifths (… Bb F C G D A E B F# C# …) within the twelve
 * places from {@code fifths − 2} to {@code fifths + 9} — the key's seven notes, one flat below
 * them and four sharps above (the raised notes of secondary dominants and of the minor's leading
 * note: in C major F#, C#, G#, D#, and Bb). So a pitch class is always spelled the same way in a
 * piece, and its name is a note of the key whenever it can be.
 */
public final class Spelling {
    /** A written pitch: step letter, alteration in semitones (−1 flat, +1 sharp) and octave (C4 = 60). */
    public record Pitch(char step, int alter, int octave) {
        /** The MIDI number this name stands for. */
        public int midi() {
            return 12 * (octave + 1) + "C D EF G A B".indexOf(step) + alter;
        }

        @Override
        public String toString() {
            return step + (alter > 0 ? "#".repeat(alter) : "b".repeat(-alter)) + octave;
        }
    }

    /** The step letters in line-of-fifths order, F at place −1. */
    private static final String FIFTHS = "FCGDAEB";

    private final int fifths;

    public Spelling(int fifths) {
        if (fifths < -7 || fifths > 7) {
            throw new IllegalArgumentException("a key signature has −7..7 fifths, not " + fifths);
        }
        this.fifths = fifths;
    }

    public int fifths() {
        return fifths;
    }

    /** The name of {@code midi}: its place p on the line of fifths in the window, then step and alter from p. */
    public Pitch spell(int midi) {
        int pc = Math.floorMod(midi, 12);
        int place = fifths - 2;
        while (Math.floorMod(7 * place, 12) != pc) {
            place++; // 7 is its own inverse mod 12, so the twelve places hold each pitch class once
        }
        int alter = Math.floorDiv(place + 1, 7);
        char step = FIFTHS.charAt(Math.floorMod(place + 1, 7));
        return new Pitch(step, alter, Math.floorDiv(midi - alter, 12) - 1);
    }

    /** The alteration the key signature gives {@code step}: +1 if it is sharpened, −1 if flattened, else 0. */
    public int keyAlter(char step) {
        int natural = FIFTHS.indexOf(step) - 1;
        if (natural <= fifths - 2) {
            return 1; // its sharp (natural + 7) is among the key's places fifths − 1 … fifths + 5
        }
        if (natural >= fifths + 6) {
            return -1;
        }
        return 0;
    }

    @Override
    public String toString() {
        return "spelling in " + (fifths >= 0 ? fifths + "#" : -fifths + "b");
    }
}
