package bachprop.seq.satb;

import java.util.Arrays;
import java.util.List;

/**
 * The sampler's filter: the model's distribution q for token (t, v) renormalised over the tokens
 * that break no rule given the steps before t and the voices above v at t —
 *
 * <ul>
 *   <li>no parallel fifth or octave with any voice above v (from step t − 1 to t);
 *   <li>no crossing with the voice just above (v − 1);
 *   <li>for alto and tenor, no more than an octave below the voice just above;
 *   <li>within v's range ({@link VoiceLeading#LOW}..{@link VoiceLeading#HIGH}).
 * </ul>
 *
 * The rest token breaks no rule. When no token with q > 0 keeps every rule, the rules are dropped
 * one at a time in the order of {@link #RELAXED} (spacing first, the parallels last, as the issue
 * is about the parallels) and finally q itself is returned, renormalised; if q has no mass at all,
 * the uniform distribution. So the result is never all zeros.
 *
 * <p>Then the chord rule ({@link #preferCompleteChords}): the alto, tenor and bass tokens that keep
 * a complete triad or dominant seventh within reach get {@link #CHORD_WEIGHT} times their share.
 */
public final class RuleFilter {
    /** The rules in the order the fallback drops them. */
    public static final List<String> RELAXED = List.of("spacing", "crossing", "range", "parallels");

    /**
     * How much the rule-keeping sampler prefers a token that keeps a complete chord within reach
     * ({@link #preferCompleteChords}): the smallest weight tried (2.5, 3, 3.5) whose continuations,
     * with the model's interval calibration fitted for it, reach the 66 % complete chords on
     * the validation split's openings (docs/voice-leading.md).
     */
    public static final double CHORD_WEIGHT = 3.0;

    /** The first voice the chord rule weighs (1 alto, 2 tenor, 3 the bass only). */
    public static final int CHORD_FROM = Tokens.ALTO;

    /** The filtered distribution, and how many rules of {@link #RELAXED} had to be dropped (0 = none). */
    public record Restricted(double[] q, int dropped) {
        /** The rules that were dropped, in order. */
        public List<String> droppedRules() {
            return RELAXED.subList(0, Math.min(dropped, RELAXED.size()));
        }

        @Override
        public String toString() {
            return "Restricted(dropped " + droppedRules() + ", "
                    + Arrays.stream(q).filter(x -> x > 0).count() + " tokens allowed)";
        }
    }

    private RuleFilter() {}

    /** q over the tokens for (t, v) that keep the rules, relaxing them in order until some mass is left. */
    public static Restricted restrict(double[] q, int[][] score, int t, int v) {
        for (int dropped = 0; dropped < RELAXED.size(); dropped++) {
            double[] r = new double[q.length];
            double sum = 0;
            for (int x = 0; x < q.length; x++) {
                if (q[x] > 0 && keeps(x, score, t, v, dropped)) {
                    r[x] = q[x];
                    sum += q[x];
                }
            }
            if (sum > 0 && Double.isFinite(sum)) {
                return new Restricted(divide(r, sum), dropped);
            }
        }
        return new Restricted(ownDistribution(q), RELAXED.size());
    }

    /** Token x for (t, v) keeps every rule not among the first {@code dropped} of {@link #RELAXED}. */
    static boolean keeps(int x, int[][] score, int t, int v, int dropped) {
        if (dropped < 1 && spacingBroken(x, score, t, v)) {
            return false;
        }
        if (dropped < 2 && crossingBroken(x, score, t, v)) {
            return false;
        }
        if (dropped < 3 && VoiceLeading.outOfRange(x, v)) {
            return false;
        }
        return dropped >= 4 || !parallelBroken(x, score, t, v);
    }

    /** A parallel fifth or octave from step t − 1 to t between x and a voice above v. */
    static boolean parallelBroken(int x, int[][] score, int t, int v) {
        if (t < 1) {
            return false;
        }
        for (int u = 0; u < v; u++) {
            if (VoiceLeading.parallel(score[t - 1][u], score[t - 1][v], score[t][u], x) != null) {
                return true;
            }
        }
        return false;
    }

    /** x (voice v) above the voice just above it. */
    static boolean crossingBroken(int x, int[][] score, int t, int v) {
        return v >= 1 && VoiceLeading.crossing(score[t][v - 1], x);
    }

    /** x (alto or tenor) more than an octave below the voice just above it. */
    static boolean spacingBroken(int x, int[][] score, int t, int v) {
        return v >= 1 && VoiceLeading.spacingApplies(v - 1) && VoiceLeading.spacing(score[t][v - 1], x);
    }

    /**
     * The chord rule: r (already restricted by the hard rules) with the mass of every token that
     * keeps a complete chord within reach ({@link #keepsChordPossible}) multiplied by
     * {@code weight}, renormalised; for voices from {@link #CHORD_FROM} down to the bass, the last
     * voice of a step (whose token must then complete the chord). {@code weight} 1 leaves r as it
     * is, {@link Double#POSITIVE_INFINITY} keeps only such tokens. Only tokens r already allows are
     * weighted, so the hard rules stay kept. Its fallback: when no token with r > 0 keeps a chord
     * within reach, r is returned unchanged — never all zeros.
     */
    public static double[] preferCompleteChords(double[] r, int[][] score, int t, int v, double weight) {
        if (v < CHORD_FROM || weight == 1.0) {
            return r;
        }
        double keeping = 0;
        double rest = 0;
        boolean[] keeps = new boolean[r.length];
        for (int x = 0; x < r.length; x++) {
            if (r[x] > 0) {
                keeps[x] = keepsChordPossible(x, score, t, v);
                if (keeps[x]) {
                    keeping += r[x];
                } else {
                    rest += r[x];
                }
            }
        }
        if (!(keeping > 0)) {
            return r;
        }
        boolean only = Double.isInfinite(weight);
        double sum = only ? keeping : weight * keeping + rest;
        double[] w = new double[r.length];
        for (int x = 0; x < r.length; x++) {
            if (r[x] > 0) {
                w[x] = keeps[x] ? (only ? r[x] : weight * r[x]) / sum : only ? 0 : r[x] / sum;
            }
        }
        return w;
    }

    /**
     * Token x for voice v at step t, with the voices above it, all sounding, leaves a complete triad
     * or dominant seventh ({@link Chords#completable}) within reach of the voices below v — for the
     * bass, makes one.
     */
    static boolean keepsChordPossible(int x, int[][] score, int t, int v) {
        if (!Tokens.sounding(x)) {
            return false;
        }
        int pcs = 1 << (Tokens.midi(x) % 12);
        for (int u = 0; u < v; u++) {
            if (!Tokens.sounding(score[t][u])) {
                return false;
            }
            pcs |= 1 << (Tokens.midi(score[t][u]) % 12);
        }
        return Chords.completable(pcs, Tokens.VOICES - 1 - v);
    }

    /** The last fallback: q renormalised, or uniform when q has no mass. */
    static double[] ownDistribution(double[] q) {
        double sum = 0;
        for (double x : q) {
            sum += x > 0 ? x : 0;
        }
        double[] r = new double[q.length];
        for (int x = 0; x < q.length; x++) {
            r[x] = sum > 0 && Double.isFinite(sum) ? Math.max(q[x], 0) / sum : 1.0 / q.length;
        }
        return r;
    }

    private static double[] divide(double[] r, double sum) {
        for (int x = 0; x < r.length; x++) {
            r[x] /= sum;
        }
        return r;
    }
}
