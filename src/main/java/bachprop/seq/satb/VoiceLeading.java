package bachprop.seq.satb;

import java.util.List;

/**
 * The voice-leading rules of four-part writing, as measures of a score and as a filter while
 * sampling. (Being built for issue 17: the measures and the filter come with the rules branch.)
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
    public record Violation(int step, int upper, int lower, Kind kind) {}

    private VoiceLeading() {}

    /** Every violation in {@code score} ({@code score[t][v]}, tokens), in step order. */
    public static List<Violation> violations(int[][] score) {
        throw new UnsupportedOperationException("the voice-leading measures are not built yet");
    }

    /**
     * {@code q} renormalised over the tokens for (t, v) that break no rule given the tokens already
     * in {@code score}; when every token breaks one, a fallback that relaxes the rules.
     */
    static double[] restrict(double[] q, int[][] score, int t, int v) {
        throw new UnsupportedOperationException("the voice-leading filter is not built yet");
    }
}
