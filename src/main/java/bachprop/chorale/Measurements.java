package bachprop.chorale;

import bachprop.chorale.Windows.Window;
import bachprop.chorale.mlp.Mlp;
import bachprop.music.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The text's measurements (section 6.3) with its definitions, plus two of ours.
 * <ul>
 *   <li><b>cost</b>: eq. 7 summed over the 32 × 62 outputs of a window, averaged over windows;</li>
 *   <li><b>exact next-pitch match</b>: the share of windows whose first predicted pitch equals the
 *       first target pitch (and, beside it, the share over all 32 outputs);</li>
 *   <li><b>score</b>: Σ over the 32 outputs of |predicted MIDI − target MIDI| per window, averaged
 *       over windows — the scale of the text's "500 → 440" (a per-note mean is given too);</li>
 *   <li><b>high-probability count</b>: pitch probabilities at least half the largest, averaged
 *       over outputs (the text's "around 30" before training, "only 4" after);</li>
 *   <li><b>bits per note</b> (ours): −log₂ of the probability given to the target pitch (and
 *       duration), averaged over all outputs; a probability below 1e-12 counts as 1e-12;</li>
 *   <li><b>interval histogram</b> (ours): |semitones| between consecutive generated notes
 *       against the same for Bach's continuations.</li>
 * </ul>
 * Each prediction is made two ways: the most likely value, and a draw with a seeded generator
 * (what the text did: "a single pitch/duration was sampled").
 */
public final class Measurements {
    /** Histogram bins for |interval|: 0, 1, …, 12 semitones, then "more than an octave". */
    public static final int INTERVAL_BINS = 14;

    static final double FLOOR = 1e-12;

    private Measurements() {}

    /** Every number for one network on one set of windows. */
    public static Map<String, Object> measure(Mlp net, List<Window> windows, long seed) {
        int n = windows.size();
        Random random = new Random(seed);
        double cost = 0;
        int nextArgmax = 0;
        int nextSampled = 0;
        int allArgmax = 0;
        int allSampled = 0;
        double scoreArgmax = 0;
        double scoreSampled = 0;
        double high = 0;
        double pitchBits = 0;
        double durationBits = 0;
        long[] sampledIntervals = new long[INTERVAL_BINS];
        long[] bachIntervals = new long[INTERVAL_BINS];
        int outputs = 0;
        double[] intervalSums = new double[2]; // exact Σ|interval| for sampled, Bach
        for (Window w : windows) {
            double[] a = net.feedforward(w.x());
            cost += Mlp.cost(a, w.y());
            List<Note> argmax = NoteEmbedding.decode(a, null);
            List<Note> sampled = NoteEmbedding.decode(a, random);
            for (int i = 0; i < w.target().size(); i++) {
                Note t = w.target().get(i);
                if (argmax.get(i).pitch() == t.pitch()) {
                    allArgmax++;
                    if (i == 0) {
                        nextArgmax++;
                    }
                }
                if (sampled.get(i).pitch() == t.pitch()) {
                    allSampled++;
                    if (i == 0) {
                        nextSampled++;
                    }
                }
                scoreArgmax += Math.abs(argmax.get(i).pitch() - t.pitch());
                scoreSampled += Math.abs(sampled.get(i).pitch() - t.pitch());
                double[] p = NoteEmbedding.pitchProbabilities(a, i);
                double[] d = NoteEmbedding.durationProbabilities(a, i);
                high += Sampling.countHigh(p, 0.5);
                pitchBits += -log2(p[NoteEmbedding.pitchIndex(t.pitch())]);
                durationBits += -log2(d[NoteEmbedding.durationIndex(t.duration())]);
                outputs++;
            }
            intervalSums[0] += addIntervals(sampledIntervals, sampled);
            intervalSums[1] += addIntervals(bachIntervals, w.target());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windows", n);
        m.put("cost", cost / n);
        m.put("exactNextPitchArgmax", (double) nextArgmax / n);
        m.put("exactNextPitchSampled", (double) nextSampled / n);
        m.put("exactAllPitchesArgmax", (double) allArgmax / outputs);
        m.put("exactAllPitchesSampled", (double) allSampled / outputs);
        m.put("scoreArgmax", scoreArgmax / n);
        m.put("scoreSampled", scoreSampled / n);
        m.put("meanAbsMidiDifferenceArgmax", scoreArgmax / outputs);
        m.put("meanAbsMidiDifferenceSampled", scoreSampled / outputs);
        m.put("highProbabilityPitches", high / outputs);
        m.put("bitsPerNotePitch", pitchBits / outputs);
        m.put("bitsPerNoteDuration", durationBits / outputs);
        m.put("bitsPerNote", (pitchBits + durationBits) / outputs);
        m.put("intervalHistogramSampled", toList(sampledIntervals));
        m.put("intervalHistogramBach", toList(bachIntervals));
        m.put("meanAbsIntervalSampled", intervalSums[0] / total(sampledIntervals));
        m.put("meanAbsIntervalBach", intervalSums[1] / total(bachIntervals));
        m.put("leapsBeyondOctaveSampled", share(sampledIntervals, INTERVAL_BINS - 1));
        m.put("leapsBeyondOctaveBach", share(bachIntervals, INTERVAL_BINS - 1));
        return m;
    }

    /**
     * Adds |pitch step| of consecutive notes to a histogram (last bin: more than 12) and returns
     * the sum of the steps.
     */
    public static long addIntervals(long[] histogram, List<Note> notes) {
        long sum = 0;
        for (int i = 1; i < notes.size(); i++) {
            int step = Math.abs(notes.get(i).pitch() - notes.get(i - 1).pitch());
            histogram[Math.min(step, INTERVAL_BINS - 1)]++;
            sum += step;
        }
        return sum;
    }

    /** The number of counts, at least 1 (it is a divisor). */
    static long total(long[] h) {
        long n = 0;
        for (long v : h) {
            n += v;
        }
        return Math.max(1, n);
    }

    static double share(long[] h, int bin) {
        return (double) h[bin] / total(h); // an empty histogram gives 0 / 1
    }

    static List<Long> toList(long[] h) {
        List<Long> l = new ArrayList<>();
        for (long v : h) {
            l.add(v);
        }
        return l;
    }

    static double log2(double p) {
        return Math.log(Math.max(p, FLOOR)) / Math.log(2);
    }

    /**
     * A continuation of {@code opening} (its last 32 notes are the first input): each pass decodes
     * 32 notes (sampled with {@code random}, or most likely when null) and feeds them back as the
     * next input, as the text describes, until {@code length} notes are made.
     */
    public static List<Note> extend(Mlp net, List<Note> opening, int length, Random random) {
        List<Note> all = new ArrayList<>(opening);
        List<Note> made = new ArrayList<>();
        while (made.size() < length) {
            List<Note> input = all.subList(all.size() - Windows.IN, all.size());
            List<Note> next = NoteEmbedding.decode(net.feedforward(NoteEmbedding.encode(input)), random);
            all.addAll(next);
            made.addAll(next);
        }
        return made.subList(0, length);
    }
}
