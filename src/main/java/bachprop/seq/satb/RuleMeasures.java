package bachprop.seq.satb;

import bachprop.seq.Evaluation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The voice-leading measures of scores, as counts (so that spans and samples can be pooled), with
 * the rates the issue asks for. Definitions: docs/voice-leading.md and {@link VoiceLeading}.
 *
 * <ul>
 *   <li>parallels per 100 <b>transitions</b>: a transition is a pair of voices (all six pairs) from
 *       step t − 1 to t where both voices sound at both steps (moving or not — with the issue's
 *       figures for Bach, 0.03 + 0.01, this is the denominator that reproduces them); the
 *       numerator needs both voices to move;
 *   <li>crossing: per cent of sounding adjacent pairs (S–A, A–T, T–B) per step;
 *   <li>spacing: per cent of sounding S–A and A–T pairs per step;
 *   <li>range: per cent of sounding notes;
 *   <li>complete chords: per cent of complete verticalities (steps where all four sound) that are
 *       complete triads or dominant sevenths ({@link Chords});
 *   <li>per voice, the histogram of melodic intervals where the voice moves, in the bins of
 *       {@link Evaluation#bin} (−12..+12, beyond an octave down, beyond up).
 * </ul>
 */
public final class RuleMeasures {
    long transitions;
    long movingTransitions;
    long parallelFifths;
    long parallelOctaves;
    long adjacentPairs;
    long crossings;
    long spacingPairs;
    long spacings;
    long notes;
    long outOfRange;
    long completeVerticalities;
    long triadsAndSevenths;
    final double[][] intervals = new double[Tokens.VOICES][Evaluation.BINS];

    /** The measures of a whole score. */
    public static RuleMeasures of(int[][] score) {
        RuleMeasures m = new RuleMeasures();
        m.add(score, 0, score.length);
        return m;
    }

    /** Adds steps from ≤ t < to of {@code score} (the transitions into those steps, from t − 1). */
    public RuleMeasures add(int[][] score, int from, int to) {
        for (int t = from; t < Math.min(to, score.length); t++) {
            if (t >= 1) {
                transitionsInto(score, t);
            }
            verticality(score[t]);
        }
        return this;
    }

    /** Adds every count of {@code o}. */
    public RuleMeasures addAll(RuleMeasures o) {
        transitions += o.transitions;
        movingTransitions += o.movingTransitions;
        parallelFifths += o.parallelFifths;
        parallelOctaves += o.parallelOctaves;
        adjacentPairs += o.adjacentPairs;
        crossings += o.crossings;
        spacingPairs += o.spacingPairs;
        spacings += o.spacings;
        notes += o.notes;
        outOfRange += o.outOfRange;
        completeVerticalities += o.completeVerticalities;
        triadsAndSevenths += o.triadsAndSevenths;
        for (int v = 0; v < Tokens.VOICES; v++) {
            for (int b = 0; b < Evaluation.BINS; b++) {
                intervals[v][b] += o.intervals[v][b];
            }
        }
        return this;
    }

    /** The six voice pairs from t − 1 to t, and each voice's melodic interval. */
    private void transitionsInto(int[][] s, int t) {
        for (int u = 0; u < Tokens.VOICES; u++) {
            for (int l = u + 1; l < Tokens.VOICES; l++) {
                if (!allSound(s[t - 1][u], s[t - 1][l], s[t][u], s[t][l])) {
                    continue;
                }
                transitions++;
                if (VoiceLeading.moves(s, t, u) && VoiceLeading.moves(s, t, l)) {
                    movingTransitions++;
                }
                VoiceLeading.Kind k = VoiceLeading.parallel(s[t - 1][u], s[t - 1][l], s[t][u], s[t][l]);
                parallelFifths += k == VoiceLeading.Kind.PARALLEL_FIFTH ? 1 : 0;
                parallelOctaves += k == VoiceLeading.Kind.PARALLEL_OCTAVE ? 1 : 0;
            }
        }
        for (int v = 0; v < Tokens.VOICES; v++) {
            if (VoiceLeading.moves(s, t, v)) {
                intervals[v][Evaluation.bin(Tokens.midi(s[t][v]) - Tokens.midi(s[t - 1][v]))]++;
            }
        }
    }

    /** Crossing, spacing, range and chord quality at one step. */
    private void verticality(int[] step) {
        for (int u = 0; u + 1 < Tokens.VOICES; u++) {
            if (allSound(step[u], step[u + 1])) {
                adjacentPairs++;
                crossings += VoiceLeading.crossing(step[u], step[u + 1]) ? 1 : 0;
                if (VoiceLeading.spacingApplies(u)) {
                    spacingPairs++;
                    spacings += VoiceLeading.spacing(step[u], step[u + 1]) ? 1 : 0;
                }
            }
        }
        for (int v = 0; v < Tokens.VOICES; v++) {
            if (Tokens.sounding(step[v])) {
                notes++;
                outOfRange += VoiceLeading.outOfRange(step[v], v) ? 1 : 0;
            }
        }
        if (Chords.complete(step)) {
            completeVerticalities++;
            triadsAndSevenths += Chords.quality(step).counts() ? 1 : 0;
        }
    }

    private static boolean allSound(int... tokens) {
        for (int x : tokens) {
            if (!Tokens.sounding(x)) {
                return false;
            }
        }
        return true;
    }

    public double parallelFifthsPer100() {
        return rate(parallelFifths, transitions);
    }

    public double parallelOctavesPer100() {
        return rate(parallelOctaves, transitions);
    }

    public double crossingPercent() {
        return rate(crossings, adjacentPairs);
    }

    public double spacingPercent() {
        return rate(spacings, spacingPairs);
    }

    public double rangePercent() {
        return rate(outOfRange, notes);
    }

    public double completeChordPercent() {
        return rate(triadsAndSevenths, completeVerticalities);
    }

    /** Voice v's interval counts (a copy), in the bins of {@link Evaluation#bin}. */
    public double[] intervalHistogram(int v) {
        return intervals[v].clone();
    }

    /**
     * KL(P‖Q) in bits per voice, P from {@code reference}'s interval counts (Bach's), Q from this
     * one's (the samples'), each with {@link #PSEUDO_COUNT} added to every bin. Departs from
     * {@link Evaluation#klBits}, which smooths Q only: smoothing both makes identical histograms
     * exactly 0 bits and keeps a bin Bach never used from counting.
     */
    public double[] intervalKlBits(RuleMeasures reference) {
        double[] kl = new double[Tokens.VOICES];
        for (int v = 0; v < Tokens.VOICES; v++) {
            kl[v] = klBits(reference.intervals[v], intervals[v]);
        }
        return kl;
    }

    /** Pseudo-count added to every interval bin of both histograms before the KL divergence. */
    public static final double PSEUDO_COUNT = 0.5;

    /** KL(P‖Q) = Σ P(i) log₂(P(i)/Q(i)), both from counts plus {@link #PSEUDO_COUNT} per bin. */
    static double klBits(double[] p, double[] q) {
        double pTotal = 0;
        double qTotal = 0;
        for (int i = 0; i < p.length; i++) {
            pTotal += p[i] + PSEUDO_COUNT;
            qTotal += q[i] + PSEUDO_COUNT;
        }
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = (p[i] + PSEUDO_COUNT) / pTotal;
            double qi = (q[i] + PSEUDO_COUNT) / qTotal;
            kl += pi * Math.log(pi / qi) / Math.log(2);
        }
        return kl;
    }

    /** 100 · count / of, NaN when there is nothing to count. */
    static double rate(long count, long of) {
        return of == 0 ? Double.NaN : 100.0 * count / of;
    }

    /** The rates and the counts behind them (JSON-writable; a rate with nothing to count is null). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parallelFifthsPer100", finite(parallelFifthsPer100()));
        m.put("parallelOctavesPer100", finite(parallelOctavesPer100()));
        m.put("parallelsPer100", finite(rate(parallelFifths + parallelOctaves, transitions)));
        m.put("crossingPercent", finite(crossingPercent()));
        m.put("spacingPercent", finite(spacingPercent()));
        m.put("rangePercent", finite(rangePercent()));
        m.put("completeChordPercent", finite(completeChordPercent()));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("transitions", transitions);
        c.put("movingTransitions", movingTransitions);
        c.put("parallelFifths", parallelFifths);
        c.put("parallelOctaves", parallelOctaves);
        c.put("adjacentPairs", adjacentPairs);
        c.put("crossings", crossings);
        c.put("spacingPairs", spacingPairs);
        c.put("spacings", spacings);
        c.put("notes", notes);
        c.put("outOfRange", outOfRange);
        c.put("completeVerticalities", completeVerticalities);
        c.put("triadsAndSevenths", triadsAndSevenths);
        m.put("counts", c);
        return m;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "parallels %.3f + %.3f per 100 of %d transitions, crossing %.2f %%, spacing %.2f %%, range %.2f %%,"
                        + " complete chords %.1f %% of %d",
                parallelFifthsPer100(),
                parallelOctavesPer100(),
                transitions,
                crossingPercent(),
                spacingPercent(),
                rangePercent(),
                completeChordPercent(),
                completeVerticalities);
    }
}
