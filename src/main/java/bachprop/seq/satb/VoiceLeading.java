package bachprop.seq.satb;

import java.util.ArrayList;
import java.util.List;

/**
 * The voice-leading rules of four-part writing, as measures of a score and as a filter while
 * sampling. Every definition is in docs/voice-leading.md; in short, with pitches p (MIDI) of
 * tokens that sound (not the rest token):
 *
 * <ul>
 *   <li>a voice <b>moves</b> at step t when it sounds at t − 1 and t with different tokens (held
 *       and repeated notes repeat the token, so neither moves);
 *   <li>a <b>parallel fifth</b> (octave) between two voices at step t: both move, and
 *       |p_upper − p_lower| mod 12 is 7 (0) at t − 1 and at t — so compound intervals count, and
 *       so do consecutive fifths in contrary motion; a hidden fifth (a non-fifth into a fifth)
 *       does not;
 *   <li><b>crossing</b>: in an adjacent pair (S–A, A–T, T–B) the lower voice above the upper;
 *   <li><b>spacing</b>: S–A or A–T more than 12 semitones apart;
 *   <li><b>range</b>: a note outside {@link #LOW}..{@link #HIGH} of its voice.
 * </ul>
 */
public final class VoiceLeading {
    /** What a violation is. */
    public enum Kind {
        /** Two voices a fifth apart (mod 12 = 7) at two steps, both sounding and both moving. */
        PARALLEL_FIFTH,
        /** The same with unisons and octaves (mod 12 = 0). */
        PARALLEL_OCTAVE,
        /** A lower voice above the voice above it. */
        CROSSING,
        /** Soprano–alto or alto–tenor more than an octave apart. */
        SPACING,
        /** A note outside its voice's range. */
        RANGE
    }

    /**
     * One violation at {@code step}: between voices {@code upper} and {@code lower} (for
     * {@link Kind#RANGE}, {@code upper == lower} is the voice out of range). A parallel is reported
     * at the step where the second interval sounds.
     */
    public record Violation(int step, int upper, int lower, Kind kind) {
        @Override
        public String toString() {
            String who = upper == lower
                    ? Tokens.VOICE_NAMES[upper]
                    : Tokens.VOICE_NAMES[upper] + "–" + Tokens.VOICE_NAMES[lower];
            return kind.name().toLowerCase().replace('_', ' ') + " at step " + step + " (" + who + ")";
        }
    }

    /**
     * Each voice's range in MIDI, S A T B: the lowest and highest note Bach wrote for that voice in
     * the JSB train split (229 chorales; {@code VoiceRangesTest} recomputes them). Departs from the
     * brief's percentile suggestion: a 0.5–99.5 percentile range puts 0.6 % of Bach's own test notes
     * out of range, above the target of 0.3 % for samples.
     */
    public static final int[] LOW = {60, 52, 46, 36};

    public static final int[] HIGH = {81, 74, 69, 66};

    /** The largest distance, in semitones, of S–A and A–T. */
    public static final int MAX_SPACING = 12;

    private VoiceLeading() {}

    /** Voice v moves at step t: it sounds at t − 1 and t, with a different token. */
    public static boolean moves(int[][] score, int t, int v) {
        return t >= 1 && moves(score[t - 1][v], score[t][v]);
    }

    /** A voice moves from token {@code before} to {@code after}: both sound and they differ. */
    public static boolean moves(int before, int after) {
        return Tokens.sounding(before) && Tokens.sounding(after) && before != after;
    }

    /** |p_upper − p_lower| mod 12, the interval class (0 unison/octave, 7 fifth); −1 if either rests. */
    public static int intervalClass(int upper, int lower) {
        if (!Tokens.sounding(upper) || !Tokens.sounding(lower)) {
            return -1;
        }
        return Math.abs(Tokens.midi(upper) - Tokens.midi(lower)) % 12;
    }

    /**
     * The parallel between two voices going from (upperBefore, lowerBefore) to (upperAfter,
     * lowerAfter), tokens: {@link Kind#PARALLEL_FIFTH}, {@link Kind#PARALLEL_OCTAVE}, or null.
     */
    public static Kind parallel(int upperBefore, int lowerBefore, int upperAfter, int lowerAfter) {
        if (!moves(upperBefore, upperAfter) || !moves(lowerBefore, lowerAfter)) {
            return null;
        }
        int before = intervalClass(upperBefore, lowerBefore);
        int after = intervalClass(upperAfter, lowerAfter);
        if (before == 7 && after == 7) {
            return Kind.PARALLEL_FIFTH;
        }
        if (before == 0 && after == 0) {
            return Kind.PARALLEL_OCTAVE;
        }
        return null;
    }

    /** The lower voice sounds above the upper one (both sounding). */
    public static boolean crossing(int upper, int lower) {
        return Tokens.sounding(upper) && Tokens.sounding(lower) && Tokens.midi(lower) > Tokens.midi(upper);
    }

    /** More than {@link #MAX_SPACING} semitones between an upper voice and the one below it (both sounding). */
    public static boolean spacing(int upper, int lower) {
        return Tokens.sounding(upper)
                && Tokens.sounding(lower)
                && Tokens.midi(upper) - Tokens.midi(lower) > MAX_SPACING;
    }

    /** Spacing is a rule of S–A and A–T only (the bass may lie far below the tenor). */
    public static boolean spacingApplies(int upper) {
        return upper == Tokens.SOPRANO || upper == Tokens.ALTO;
    }

    /** A sounding token outside voice v's range. */
    public static boolean outOfRange(int token, int v) {
        if (!Tokens.sounding(token)) {
            return false;
        }
        int p = Tokens.midi(token);
        return p < LOW[v] || p > HIGH[v];
    }

    /** Every violation in {@code score} ({@code score[t][v]}, tokens), in step order. */
    public static List<Violation> violations(int[][] score) {
        List<Violation> out = new ArrayList<>();
        for (int t = 0; t < score.length; t++) {
            atStep(score, t, out);
        }
        return out;
    }

    /** The violations reported at step t: parallels into t, then crossing, spacing, range. */
    static void atStep(int[][] s, int t, List<Violation> out) {
        if (t >= 1) {
            for (int u = 0; u < Tokens.VOICES; u++) {
                for (int l = u + 1; l < Tokens.VOICES; l++) {
                    Kind k = parallel(s[t - 1][u], s[t - 1][l], s[t][u], s[t][l]);
                    if (k != null) {
                        out.add(new Violation(t, u, l, k));
                    }
                }
            }
        }
        for (int u = 0; u + 1 < Tokens.VOICES; u++) {
            if (crossing(s[t][u], s[t][u + 1])) {
                out.add(new Violation(t, u, u + 1, Kind.CROSSING));
            }
        }
        for (int u = 0; u + 1 < Tokens.VOICES; u++) {
            if (spacingApplies(u) && spacing(s[t][u], s[t][u + 1])) {
                out.add(new Violation(t, u, u + 1, Kind.SPACING));
            }
        }
        for (int v = 0; v < Tokens.VOICES; v++) {
            if (outOfRange(s[t][v], v)) {
                out.add(new Violation(t, v, v, Kind.RANGE));
            }
        }
    }

    /**
     * {@code q} renormalised over the tokens for (t, v) that break no rule given the tokens already
     * in {@code score}; when every token breaks one, a fallback that relaxes the rules
     * ({@link RuleFilter}). Never all zeros.
     */
    static double[] restrict(double[] q, int[][] score, int t, int v) {
        return RuleFilter.restrict(q, score, t, v).q();
    }
}
