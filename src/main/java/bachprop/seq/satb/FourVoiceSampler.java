package bachprop.seq.satb;

import java.util.Random;

/**
 * Sampling four voices from a {@link FourVoiceModel}: continuing Bach's opening, or harmonising a
 * given soprano (the text's simplification run backwards: the soprano is chosen, not sampled).
 * With {@code enforceRules} each token is drawn from the model's distribution renormalised over
 * the tokens that break no voice-leading rule ({@link VoiceLeading}), then tilted towards complete
 * chords ({@link RuleFilter#preferCompleteChords}, weight {@link Options#chordWeight()}).
 */
public final class FourVoiceSampler {
    /**
     * Temperature (1 = the model's own distribution), the rules on or off, the seed, and with the
     * rules the chord rule's weight (1 = off).
     */
    public record Options(
            double temperature, boolean enforceRules, long seed, double chordWeight, FourVoiceCalibration calibration) {
        /** The rules on or off; with them, the chord rule at {@link RuleFilter#CHORD_WEIGHT}. */
        public Options(double temperature, boolean enforceRules, long seed) {
            this(temperature, enforceRules, seed, RuleFilter.CHORD_WEIGHT);
        }

        /** With the rules, the model's own interval calibration ({@link FourVoiceModel#calibration()}). */
        public Options(double temperature, boolean enforceRules, long seed, double chordWeight) {
            this(temperature, enforceRules, seed, chordWeight, null);
        }

        /** The calibration to use with the rules: the one given, else the model's. */
        FourVoiceCalibration calibrationOf(FourVoiceModel model) {
            return calibration != null ? calibration : model.calibration();
        }

        public static Options plain(long seed) {
            return new Options(1.0, false, seed);
        }
    }

    private FourVoiceSampler() {}

    /** Bach's {@code opening} (teacher-forced), then {@code n} sampled steps: the whole score, opening first. */
    public static int[][] extend(FourVoiceModel model, int[][] opening, int n, Options o) {
        Random rng = new Random(o.seed());
        FourVoicePredictor p = model.start();
        FourVoiceCalibration c = o.calibrationOf(model);
        int[][] out = new int[opening.length + n][Tokens.VOICES];
        for (int t = 0; t < out.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                int token = t < opening.length ? opening[t][v] : draw(p.next(), out, t, v, o, c, rng);
                out[t][v] = token;
                p.choose(token);
            }
        }
        return out;
    }

    /** Alto, tenor and bass under the given soprano tokens (one per step): the whole score. */
    public static int[][] harmonise(FourVoiceModel model, int[] soprano, Options o) {
        Random rng = new Random(o.seed());
        FourVoicePredictor p = model.start();
        FourVoiceCalibration c = o.calibrationOf(model);
        int[][] out = new int[soprano.length][Tokens.VOICES];
        for (int t = 0; t < out.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                double[] dist = p.next();
                int token = v == Tokens.SOPRANO ? soprano[t] : draw(dist, out, t, v, o, c, rng);
                out[t][v] = token;
                p.choose(token);
            }
        }
        return out;
    }

    /** One token for (t, v) given the tokens already chosen in {@code score} (steps before t, voices above v at t). */
    static int draw(double[] p, int[][] score, int t, int v, Options o, FourVoiceCalibration c, Random rng) {
        double[] q = tempered(p, o.temperature());
        if (o.enforceRules()) {
            q = RuleFilter.preferCompleteChords(VoiceLeading.restrict(q, score, t, v), score, t, v, o.chordWeight());
            q = c.apply(q, score, t, v); // the intervals calibrated last (it keeps the zeros of the rules)
        }
        return sample(q, rng);
    }

    /** p^(1/T), renormalised. */
    static double[] tempered(double[] p, double temperature) {
        double[] q = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            q[i] = temperature == 1.0 ? p[i] : Math.pow(p[i], 1.0 / temperature);
            sum += q[i];
        }
        for (int i = 0; i < q.length; i++) {
            q[i] /= sum;
        }
        return q;
    }

    static int sample(double[] q, Random rng) {
        double u = rng.nextDouble();
        double c = 0;
        for (int i = 0; i < q.length; i++) {
            c += q[i];
            if (u < c) {
                return i;
            }
        }
        for (int i = q.length - 1; i >= 0; i--) {
            if (q[i] > 0) {
                return i;
            }
        }
        return 0;
    }
}
