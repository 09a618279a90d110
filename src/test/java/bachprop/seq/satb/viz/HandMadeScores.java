package bachprop.seq.satb.viz;

import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;
import bachprop.seq.satb.VoiceLeading.Kind;
import bachprop.seq.satb.VoiceLeading.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made chorale with one known parallel fifth, and a stand-in for the voice-leading measures
 * (parallel fifths and octaves, crossings) while {@code VoiceLeading.violations} is being written.
 */
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

    /** Parallel fifths and octaves (both voices sounding and moving, |Δ| mod 12 = 7 or 0 at both steps) and crossings. */
    static List<Violation> standIn(int[][] s) {
        List<Violation> out = new ArrayList<>();
        for (int t = 0; t < s.length; t++) {
            for (int u = 0; u < Tokens.VOICES; u++) {
                for (int l = u + 1; l < Tokens.VOICES; l++) {
                    int pu = Tokens.midi(s[t][u]);
                    int pl = Tokens.midi(s[t][l]);
                    if (pu > 0 && pl > 0 && pl > pu) {
                        out.add(new Violation(t, u, l, Kind.CROSSING));
                    }
                    if (t == 0) {
                        continue;
                    }
                    int qu = Tokens.midi(s[t - 1][u]);
                    int ql = Tokens.midi(s[t - 1][l]);
                    if (pu == 0 || pl == 0 || qu == 0 || ql == 0 || pu == qu || pl == ql) {
                        continue;
                    }
                    int before = Math.abs(qu - ql) % 12;
                    int now = Math.abs(pu - pl) % 12;
                    if (before == now && (now == 7 || now == 0)) {
                        out.add(new Violation(t, u, l, now == 7 ? Kind.PARALLEL_FIFTH : Kind.PARALLEL_OCTAVE));
                    }
                }
            }
        }
        return out;
    }
}
