package bachprop.seq.satb;

import bachprop.seq.Evaluation;
import bachprop.seq.IntervalCalibration;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rule-keeping sampler's last step: each voice's melodic intervals reweighted by an
 * {@link IntervalCalibration} fitted on the validation openings, so that the intervals of its
 * continuations match the training chorales' (the rules and the chord rule tilt them: issue 17's
 * interval KL). Only a move is reweighted — a token other than the voice's sounding one before —
 * and the moves keep their total probability, so how often a voice holds, rests or moves is the
 * model's. Teacher-forced scores never see it, nor do samples without the rules.
 */
public record FourVoiceCalibration(List<IntervalCalibration> voices) {
    public static final FourVoiceCalibration NONE = new FourVoiceCalibration(List.of(
            IntervalCalibration.NONE, IntervalCalibration.NONE, IntervalCalibration.NONE, IntervalCalibration.NONE));

    public FourVoiceCalibration {
        if (voices.size() != Tokens.VOICES) {
            throw new IllegalArgumentException("a four-voice calibration has 4 voices, not " + voices.size());
        }
        voices = List.copyOf(voices);
    }

    public boolean isNone() {
        return voices.stream().allMatch(IntervalCalibration::isNone);
    }

    /** q with voice v's moves from its token at t − 1 reweighted by e^β(interval), their total kept. */
    public double[] apply(double[] q, int[][] score, int t, int v) {
        IntervalCalibration c = voices.get(v);
        int last = t == 0 ? Tokens.REST : score[t - 1][v];
        if (c.isNone() || last == Tokens.REST) {
            return q;
        }
        double[] beta = c.beta();
        double[] out = q.clone();
        double before = 0;
        double after = 0;
        for (int k = 1; k < q.length; k++) {
            if (k != last) {
                before += q[k];
                out[k] = q[k] * Math.exp(beta[Evaluation.bin(Tokens.midi(k) - Tokens.midi(last))]); // p·e^β
                after += out[k];
            }
        }
        if (after <= 0) {
            return q;
        }
        for (int k = 1; k < q.length; k++) {
            if (k != last) {
                out[k] *= before / after; // the moves keep their total
            }
        }
        return out;
    }

    /** One moment-matching step per voice towards the target histograms ({@link IntervalCalibration#step}). */
    public FourVoiceCalibration step(RuleMeasures target, RuleMeasures sampled, double rate) {
        List<IntervalCalibration> next = new ArrayList<>();
        for (int v = 0; v < Tokens.VOICES; v++) {
            next.add(voices.get(v).step(target.intervalHistogram(v), sampled.intervalHistogram(v), rate));
        }
        return new FourVoiceCalibration(next);
    }

    public void write(DataOutputStream out) throws IOException {
        for (IntervalCalibration c : voices) {
            c.write(out);
        }
    }

    public static FourVoiceCalibration read(DataInputStream in) throws IOException {
        List<IntervalCalibration> v = new ArrayList<>();
        for (int i = 0; i < Tokens.VOICES; i++) {
            v.add(IntervalCalibration.read(in));
        }
        return new FourVoiceCalibration(v);
    }

    @Override
    public String toString() {
        if (isNone()) {
            return "no interval calibration";
        }
        StringBuilder s = new StringBuilder();
        for (int v = 0; v < Tokens.VOICES; v++) {
            s.append(v == 0 ? "" : "; ")
                    .append(Tokens.VOICE_NAMES[v])
                    .append(" ")
                    .append(voices.get(v));
        }
        return s.toString();
    }

    /** For tests: every β of every voice. */
    double[][] betas() {
        return voices.stream().map(IntervalCalibration::beta).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FourVoiceCalibration c && Arrays.deepEquals(betas(), c.betas());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(betas());
    }
}
