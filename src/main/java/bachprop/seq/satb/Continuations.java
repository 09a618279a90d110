package bachprop.seq.satb;

import bachprop.seq.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sampled-continuation measures of {@code evaluate --voices 4} (issue 17, item 3): from each
 * chorale's first {@code opening} steps (Bach's, teacher-forced), {@code samples} continuations of
 * {@code steps} steps, with the rules off and on ({@link FourVoiceSampler#extend}), each measured by
 * {@link RuleMeasures} over the sampled steps, beside Bach's own steps over the same span. See
 * docs/voice-leading.md for every definition and the JSON keys.
 */
public final class Continuations {
    /** Bach's steps given, steps sampled, samples per opening, temperature, and the seed. */
    public record Options(int opening, int steps, int samples, double temperature, long seed) {
        public Options {
            if (opening < 1 || steps < 1 || samples < 1) {
                throw new IllegalArgumentException("opening, steps and samples must be at least 1: " + this);
            }
        }

        /** The issue's: steps 0–31 given, 64 sampled, 10 samples each, temperature 1, seed 1. */
        public static Options defaults() {
            return new Options(32, 64, 10, 1.0, 1);
        }

        /**
         * The seed of sample k of opening i: the same with the rules on and off, so the two differ
         * only by the filter.
         */
        public long sampleSeed(int i, int k) {
            return seed * 1_000_003L + 1000L * i + k;
        }
    }

    /** Told after each sampled continuation (it can take minutes): {@code done} of {@code total}. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    /** The measures: Bach's spans, the model's samples without and with the rules. */
    public record Result(
            Options options,
            int openings,
            int skipped,
            RuleMeasures bach,
            RuleMeasures model,
            RuleMeasures withRules,
            RuleMeasures bachEven,
            RuleMeasures bachOdd) {

        /**
         * JSON-writable, the lead's {@code fourVoice.samples}: the options, then {@code bach},
         * {@code model} and {@code modelWithRules}, each {@link RuleMeasures#toJson()} with the
         * interval KL (samples: KL(Bach ‖ samples); Bach: KL(even-numbered openings ‖ odd), the
         * difference between two halves of Bach, as a floor).
         */
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("openings", openings);
            m.put("skipped", skipped);
            m.put("openingSteps", options.opening());
            m.put("steps", options.steps());
            m.put("samples", options.samples());
            m.put("temperature", options.temperature());
            m.put("seed", options.seed());
            m.put(
                    "chordWeight",
                    RuleFilter.CHORD_WEIGHT); // the rule-keeping samples' chord rule (docs/voice-leading.md)
            m.put("intervalBins", Evaluation.binLabels());
            m.put("bach", measures(bach, bachOdd.intervalKlBits(bachEven)));
            m.put("model", measures(model, model.intervalKlBits(bach)));
            m.put("modelWithRules", measures(withRules, withRules.intervalKlBits(bach)));
            return m;
        }

        private static Map<String, Object> measures(RuleMeasures r, double[] kl) {
            Map<String, Object> m = r.toJson();
            double mean = 0;
            List<Double> byVoice = new ArrayList<>();
            List<List<Double>> histograms = new ArrayList<>();
            for (int v = 0; v < Tokens.VOICES; v++) {
                mean += kl[v] / Tokens.VOICES;
                byVoice.add(kl[v]);
                List<Double> h = new ArrayList<>();
                for (double c : r.intervalHistogram(v)) {
                    h.add(c);
                }
                histograms.add(h);
            }
            m.put("intervalKlBits", mean);
            m.put("intervalKlBitsByVoice", byVoice);
            m.put("intervalHistogramByVoice", histograms);
            return m;
        }

        @Override
        public String toString() {
            return "Continuations of " + openings + " openings (" + options + ")\n  bach:       " + bach
                    + "\n  model:      " + model + "\n  with rules: " + withRules;
        }
    }

    private Continuations() {}

    /**
     * Samples and measures. A chorale with no step after the opening is skipped (counted); Bach's
     * span is the steps {@code opening ≤ t < opening + steps} that the chorale has.
     */
    public static Result measure(FourVoiceModel model, List<SatbScore> chorales, Options o, Progress progress) {
        RuleMeasures bach = new RuleMeasures();
        RuleMeasures even = new RuleMeasures();
        RuleMeasures odd = new RuleMeasures();
        RuleMeasures plain = new RuleMeasures();
        RuleMeasures ruled = new RuleMeasures();
        List<SatbScore> used =
                chorales.stream().filter(c -> c.steps() > o.opening()).toList();
        int total = used.size() * o.samples() * 2;
        int done = 0;
        for (int i = 0; i < used.size(); i++) {
            int[][] tokens = used.get(i).tokens();
            int end = o.opening() + o.steps();
            bach.add(tokens, o.opening(), end);
            (i % 2 == 0 ? even : odd).add(tokens, o.opening(), end);
            int[][] opening = used.get(i).opening(o.opening()).tokens();
            for (int k = 0; k < o.samples(); k++) {
                for (boolean rules : new boolean[] {false, true}) {
                    FourVoiceSampler.Options so =
                            new FourVoiceSampler.Options(o.temperature(), rules, o.sampleSeed(i, k));
                    int[][] sampled = FourVoiceSampler.extend(model, opening, o.steps(), so);
                    (rules ? ruled : plain).add(sampled, o.opening(), end);
                    progress.update(++done, total);
                }
            }
        }
        return new Result(o, used.size(), chorales.size() - used.size(), bach, plain, ruled, even, odd);
    }
}
