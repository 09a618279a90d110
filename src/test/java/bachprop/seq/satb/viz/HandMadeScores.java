package bachprop.seq.satb.viz;

import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;

/** A hand-made chorale with one known parallel fifth. */
final class HandMadeScores {
    private HandMadeScores() {}

    /**
     * Twelve sixteenths: C5 E4 C4 F3 for four steps, then D5 F4 B3 G3 for eight. Soprano and bass
     * are a twelfth apart (19 semitones, mod 12 = 7) at both chords and both move up a step: a
     * parallel fifth, sounding at step 4. No other pair is a fifth or an octave at both chords.
     */
    static SatbScore parallelFifth() {
        int[][] t = new int[12][];
        for (int s = 0; s < 12; s++) {
            t[s] = s < 4 ? tokens(72, 64, 60, 53) : tokens(74, 65, 59, 55);
        }
        return new SatbScore("hand:fifth", t);
    }

    static int[] tokens(int... midi) {
        int[] out = new int[midi.length];
        for (int v = 0; v < midi.length; v++) {
            out[v] = Tokens.token(midi[v]);
        }
        return out;
    }
}
