package bachprop.seq.stm;

import bachprop.seq.SeqNote;
import bachprop.seq.Vocab;
import java.util.Arrays;

/**
 * The short-term model of Conklin & Witten (1995) and IDyOM: a model of the one melody being
 * predicted, learned as it goes. After reading notes 0..t−1 it gives p(pitch of note t) from
 * those notes only, through a {@link Ppm} over a viewpoint of the melody: its pitches, its
 * intervals (so a phrase repeated in another key counts), or both (the two pitch distributions
 * combined entropy-weighted, geometric, bias 2: IDyOM's default between viewpoints). Before it has
 * read anything (t = 0) it is uniform. Durations are not modelled: the long-term model's duration
 * distribution is passed through.
 */
public final class ShortTermModel {
    /** What the STM counts. */
    public enum Viewpoint {
        PITCH,
        INTERVAL,
        BOTH,
        /**
         * Pitch, but backing off to the long-term model's distribution instead of the uniform one
         * (order −1 is p_LTM): what the melody has not shown, the LTM fills in, so the STM adds no
         * uniform tail of wild leaps.
         */
        PITCH_OVER_LTM
    }

    /** Intervals −45..45 semitones: every step between two pitches of the vocabulary. */
    static final int INTERVALS = 2 * (Vocab.PITCHES - 1) + 1;

    private static final Combination BETWEEN_VIEWPOINTS = new Combination(Combination.Rule.GEOMETRIC, 2);

    private final Viewpoint viewpoint;
    private final Ppm pitches;
    private final Ppm intervals;
    private int last = -1;

    public ShortTermModel(Viewpoint viewpoint, int order, Ppm.Escape escape) {
        this.viewpoint = viewpoint;
        this.pitches = new Ppm(Vocab.PITCHES, order, escape);
        this.intervals = new Ppm(INTERVALS, order, escape);
    }

    public ShortTermModel(StmSettings s) {
        this(s.viewpoint(), s.order(), s.escape());
    }

    /** Reads note t (after it has been predicted). */
    public void add(SeqNote note) {
        int x = note.pitchIndex();
        pitches.add(x);
        if (last >= 0) {
            intervals.add(x - last + Vocab.PITCHES - 1);
        }
        last = x;
    }

    /** How many notes it has read. */
    public int length() {
        return pitches.length();
    }

    /** p(pitch of the next note | the notes read), over {@link Vocab#PITCHES}. */
    public double[] pitch() {
        return pitch(null);
    }

    /** The same, given the long-term model's pitch distribution for this note (used by {@link Viewpoint#PITCH_OVER_LTM}). */
    public double[] pitch(double[] ltm) {
        return switch (viewpoint) {
            case PITCH -> pitches.predict();
            case PITCH_OVER_LTM -> pitches.predict(ltm);
            case INTERVAL -> fromIntervals();
            case BOTH -> BETWEEN_VIEWPOINTS.combine(pitches.predict(), fromIntervals());
        };
    }

    /** p(pitch j) ∝ p(interval j − last): the interval distribution carried onto the pitches. */
    private double[] fromIntervals() {
        double[] p = new double[Vocab.PITCHES];
        if (last < 0) {
            Arrays.fill(p, 1.0 / p.length); // no note yet, no interval to predict from
            return p;
        }
        double[] q = intervals.predict();
        for (int j = 0; j < p.length; j++) {
            p[j] = q[j - last + Vocab.PITCHES - 1];
        }
        return Combination.normalised(p);
    }

    @Override
    public String toString() {
        return "ShortTermModel[" + viewpoint.name().toLowerCase() + ", " + length() + " notes read]";
    }
}
