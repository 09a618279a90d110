package bachprop.seq;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A sampling-side calibration of melodic intervals (issue 15: the interval KL of sampled
 * continuations): before a note is drawn, the pitch distribution is reweighted by one factor per
 * interval class from the previous note,
 *
 * <pre>p′(q) ∝ p(q) · exp(β_bin(q − last))</pre>
 *
 * with the bins of {@link Evaluation#bin} (−12..+12 semitones, beyond an octave down, up). β is
 * fitted so that the sampled intervals match a target histogram (Bach's, from the training and
 * validation melodies) by repeated moment matching, {@link #step}; a leap beyond an octave is never
 * made more likely than the model makes it. It only changes how notes are
 * drawn: what the model scores (teacher forcing, surprise) never sees it. β = 0 everywhere is
 * {@link #NONE}, the distribution as it is.
 */
public record IntervalCalibration(double[] beta) {
    /** No reweighting. */
    public static final IntervalCalibration NONE = new IntervalCalibration(new double[Evaluation.BINS]);

    /** The bins of leaps beyond an octave (down, up): a step never raises their factor above 1. */
    static final int[] BEYOND_OCTAVE = {Evaluation.bin(-13), Evaluation.bin(13)};

    /** The largest |β| a step may reach (a factor of e⁴ ≈ 55 either way). */
    public static final double LIMIT = 4;

    public IntervalCalibration {
        if (beta.length != Evaluation.BINS) {
            throw new IllegalArgumentException(
                    "an interval calibration has " + Evaluation.BINS + " factors, not " + beta.length);
        }
        for (double b : beta) {
            if (!Double.isFinite(b) || Math.abs(b) > LIMIT) {
                throw new IllegalArgumentException("an interval calibration factor β = " + b + " is not in ±" + LIMIT);
            }
        }
        beta = beta.clone();
    }

    @Override
    public double[] beta() {
        return beta.clone();
    }

    /** Whether it leaves every distribution as it is. */
    public boolean isNone() {
        return Arrays.stream(beta).allMatch(b -> b == 0);
    }

    /** The distribution to draw the note after {@code melody} from: the pitch part reweighted (the first note: as it is). */
    public NextNote apply(NextNote p, List<SeqNote> melody) {
        if (isNone() || melody.isEmpty()) {
            return p;
        }
        return new NextNote(reweighted(p.pitch(), melody.get(melody.size() - 1).pitch()), p.duration());
    }

    /** p′(q) ∝ p(q) · exp(β_bin(q − last)), over the {@link Vocab#PITCHES} pitches. */
    public double[] reweighted(double[] pitch, int lastMidi) {
        double[] q = new double[pitch.length];
        double total = 0;
        for (int x = 0; x < q.length; x++) {
            q[x] = pitch[x] * Math.exp(beta[Evaluation.bin(Vocab.pitchOf(x) - lastMidi)]); // p(q)·e^β
            total += q[x];
        }
        for (int x = 0; x < q.length; x++) {
            q[x] /= total; // renormalised
        }
        return q;
    }

    /**
     * One moment-matching step: β_k ← β_k + rate · (ln t_k − ln s_k), t and s the target's and the
     * sample's shares per bin (each count plus {@link Evaluation#PSEUDO_COUNT}), clipped to ±{@link #LIMIT}.
     * A bin sampled too often is made less likely, one sampled too rarely more likely.
     */
    public IntervalCalibration step(double[] target, double[] sampled, double rate) {
        double tTotal = Arrays.stream(target).sum() + Evaluation.PSEUDO_COUNT * target.length;
        double sTotal = Arrays.stream(sampled).sum() + Evaluation.PSEUDO_COUNT * sampled.length;
        double[] next = beta.clone();
        for (int k = 0; k < next.length; k++) {
            double t = (target[k] + Evaluation.PSEUDO_COUNT) / tTotal;
            double s = (sampled[k] + Evaluation.PSEUDO_COUNT) / sTotal;
            next[k] = (float) Math.max(-LIMIT, Math.min(LIMIT, beta[k] + rate * Math.log(t / s))); // β + η(ln t − ln s)
            // (as a float: what the model file stores)
        }
        for (int k : BEYOND_OCTAVE) {
            next[k] =
                    Math.min(next[k], 0); // never more leaps beyond an octave (the target: no more than Bach's)
        }
        return new IntervalCalibration(next);
    }

    public void write(DataOutputStream out) throws IOException {
        for (double b : beta) {
            out.writeFloat((float) b);
        }
    }

    public static IntervalCalibration read(DataInputStream in) throws IOException {
        double[] b = new double[Evaluation.BINS];
        for (int k = 0; k < b.length; k++) {
            b[k] = in.readFloat();
        }
        return new IntervalCalibration(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalCalibration c && Arrays.equals(beta, c.beta);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(beta);
    }

    /** The factors as numbers for a file header (by bin label). */
    public List<Double> toJson() {
        List<Double> out = new ArrayList<>();
        for (double b : beta) {
            out.add(Math.round(b * 1e4) / 1e4);
        }
        return out;
    }

    @Override
    public String toString() {
        if (isNone()) {
            return "no interval calibration";
        }
        List<String> labels = Evaluation.binLabels();
        StringBuilder s = new StringBuilder("interval calibration β:");
        for (int k = 0; k < beta.length; k++) {
            if (beta[k] != 0) {
                s.append(String.format(Locale.ROOT, " %s %+.2f", labels.get(k), beta[k]));
            }
        }
        return s.toString();
    }
}
