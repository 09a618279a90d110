package bachprop.seq.satb;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Fits a model's {@link FourVoiceCalibration} on the validation chorales: the rule-keeping sampler
 * continues each validation opening (the protocol of {@link Continuations}: steps 0–31, then 64),
 * the sampled intervals are compared per voice with the training chorales' intervals over the same
 * steps, and each β moves by one moment-matching step; {@link #ROUNDS} rounds.
 */
public final class CalibrationFit {
    public static final int ROUNDS = 4;
    public static final int SAMPLES = 2;
    public static final double RATE = 0.8;

    private CalibrationFit() {}

    /** The training chorales' intervals over the continuation's steps (the target). */
    public static RuleMeasures target(List<SatbScore> train, Continuations.Options o) {
        RuleMeasures m = new RuleMeasures();
        for (SatbScore s : train) {
            if (s.steps() > o.opening()) {
                m.add(s.tokens(), o.opening(), o.opening() + o.steps());
            }
        }
        return m;
    }

    /** The rule-keeping sampler's continuations of the {@code valid} openings with calibration {@code c}. */
    public static RuleMeasures sampled(
            FourVoiceModel model, List<SatbScore> valid, Continuations.Options o, FourVoiceCalibration c) {
        return sampled(model, valid, o, c, RuleFilter.CHORD_WEIGHT);
    }

    public static RuleMeasures sampled(
            FourVoiceModel model,
            List<SatbScore> valid,
            Continuations.Options o,
            FourVoiceCalibration c,
            double chordWeight) {
        RuleMeasures m = new RuleMeasures();
        List<SatbScore> used =
                valid.stream().filter(s -> s.steps() > o.opening()).toList();
        for (int i = 0; i < used.size(); i++) {
            int[][] opening = used.get(i).opening(o.opening()).tokens();
            for (int k = 0; k < o.samples(); k++) {
                var so = new FourVoiceSampler.Options(o.temperature(), true, o.sampleSeed(i, k), chordWeight, c);
                m.add(FourVoiceSampler.extend(model, opening, o.steps(), so), o.opening(), o.opening() + o.steps());
            }
        }
        return m;
    }

    public static FourVoiceCalibration fit(
            FourVoiceModel model, List<SatbScore> train, List<SatbScore> valid, Consumer<String> say) {
        return fit(model, train, valid, RuleFilter.CHORD_WEIGHT, say);
    }

    public static FourVoiceCalibration fit(
            FourVoiceModel model,
            List<SatbScore> train,
            List<SatbScore> valid,
            double chordWeight,
            Consumer<String> say) {
        Continuations.Options d = Continuations.Options.defaults();
        Continuations.Options o = new Continuations.Options(d.opening(), d.steps(), SAMPLES, 1.0, d.seed());
        RuleMeasures target = target(train, o);
        FourVoiceCalibration c = FourVoiceCalibration.NONE;
        for (int round = 1; round <= ROUNDS; round++) {
            RuleMeasures s = sampled(model, valid, o, c, chordWeight);
            double[] kl = s.intervalKlBits(target);
            say.accept(String.format(
                    Locale.ROOT,
                    "calibration round %d: valid samples' interval KL to the training chorales %.4f (S %.4f A %.4f T %.4f B %.4f),"
                            + " complete chords %.1f %%",
                    round,
                    (kl[0] + kl[1] + kl[2] + kl[3]) / 4,
                    kl[0],
                    kl[1],
                    kl[2],
                    kl[3],
                    s.completeChordPercent()));
            c = c.step(target, s, RATE);
        }
        return c;
    }
}
