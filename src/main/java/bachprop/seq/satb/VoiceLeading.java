package bachprop.seq.satb;

/**
 * The voice-leading rules of four-part writing, as measures of a score and as a filter while
 * sampling. (Being built for issue 17: the measures and the filter come with the rules branch.)
 */
public final class VoiceLeading {
    private VoiceLeading() {}

    /**
     * {@code q} renormalised over the tokens for (t, v) that break no rule given the tokens already
     * in {@code score}; when every token breaks one, a fallback that relaxes the rules.
     */
    static double[] restrict(double[] q, int[][] score, int t, int v) {
        throw new UnsupportedOperationException("the voice-leading filter is not built yet");
    }
}
