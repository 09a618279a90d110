package bachprop.seq;

import java.util.Arrays;
import java.util.Random;

/**
 * A model's belief about the next note: a probability distribution over the
 * {@link Vocab#PITCHES} pitches and one over the {@link Vocab#DURATIONS} duration classes.
 * The two are independent factors: p(note) = p(pitch) · p(duration).
 */
public record NextNote(double[] pitch, double[] duration) {
    public NextNote {
        if (pitch.length != Vocab.PITCHES || duration.length != Vocab.DURATIONS) {
            throw new IllegalArgumentException("expected " + Vocab.PITCHES + " pitch and " + Vocab.DURATIONS
                    + " duration probabilities, got " + pitch.length + " and " + duration.length);
        }
    }

    /** p(pitch = midi); 0 outside the vocabulary. */
    public double pitchProbability(int midi) {
        return Vocab.inRange(midi) ? pitch[Vocab.pitchIndex(midi)] : 0.0;
    }

    public double durationProbability(int sixteenths) {
        return duration[Vocab.durationIndex(sixteenths)];
    }

    /** The most probable pitch (MIDI). */
    public int topPitch() {
        return Vocab.pitchOf(argmax(pitch));
    }

    /** The most probable duration (sixteenths). */
    public int topDuration() {
        return Vocab.durationOf(argmax(duration));
    }

    /**
     * Draws a note. Temperature T reshapes each distribution as p^(1/T) renormalised: T = 1 samples
     * the model as it is, T → 0 approaches the most probable note, T > 1 flattens.
     */
    public SeqNote sample(Random rng, double temperature) {
        return new SeqNote(
                Vocab.pitchOf(draw(pitch, temperature, rng)), Vocab.durationOf(draw(duration, temperature, rng)));
    }

    /**
     * Draws a note from each distribution's nucleus ("top-p sampling", Holtzman et al. 2019):
     * after the temperature, only the most probable values that together hold at least
     * {@code topP} of the probability are kept and renormalised; the unreliable tail of rare
     * values is never drawn. {@code topP} = 1 is {@link #sample(Random, double)}.
     */
    public SeqNote sample(Random rng, double temperature, double topP) {
        return new SeqNote(
                Vocab.pitchOf(draw(pitch, temperature, topP, rng)),
                Vocab.durationOf(draw(duration, temperature, topP, rng)));
    }

    static int draw(double[] p, double temperature, Random rng) {
        return draw(p, temperature, 1.0, rng);
    }

    static int draw(double[] p, double temperature, double topP, Random rng) {
        if (!(temperature > 0)) {
            return argmax(p);
        }
        double[] q = new double[p.length];
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            q[i] = temperature == 1.0 ? p[i] : Math.pow(p[i], 1.0 / temperature);
            total += q[i];
        }
        if (topP < 1.0 && total > 0) {
            total = nucleus(q, topP * total);
        }
        if (!(total > 0)) {
            return argmax(p);
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < q.length; i++) {
            u -= q[i];
            if (u < 0) {
                return i;
            }
        }
        for (int i = q.length - 1; i >= 0; i--) {
            if (q[i] > 0) {
                return i;
            }
        }
        return q.length - 1;
    }

    /** Zeroes every value outside the smallest set of the largest ones whose sum reaches {@code mass}; returns the kept sum. */
    static double nucleus(double[] q, double mass) {
        Integer[] order = new Integer[q.length];
        for (int i = 0; i < q.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(q[b], q[a])); // stable: ties keep the lower index first
        double kept = 0;
        int k = 0;
        while (k < order.length && (k == 0 || kept < mass)) {
            kept += q[order[k++]];
        }
        for (; k < order.length; k++) {
            q[order[k]] = 0.0;
        }
        return kept;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        int tp = argmax(pitch);
        int td = argmax(duration);
        return String.format(
                "NextNote[top pitch %s p=%.3f, top duration %d p=%.3f]",
                Vocab.pitchName(Vocab.pitchOf(tp)), pitch[tp], Vocab.durationOf(td), duration[td]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NextNote n && Arrays.equals(pitch, n.pitch) && Arrays.equals(duration, n.duration);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pitch) + Arrays.hashCode(duration);
    }
}
