package bachprop.seq.satb;

import bachprop.util.Json;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bench (a measurement, not a test): the rule-keeping sampler's continuations of the shipped
 * {@code satb} model on a split's openings for several chord weights ({@link RuleFilter#CHORD_WEIGHT})
 * and temperatures, with the protocol of {@link Continuations} (the same seeds). The chord weight is
 * chosen with it on the validation split. Run (data from {@code $BACHPROP_DATA}):
 * {@code java -cp target/classes:… bachprop.seq.satb.ChordRuleTuning valid 10 1 1,2,4,inf 1,2}
 * (split, samples per opening, temperatures, chord weights — "inf" keeps only the tokens that keep
 * a complete chord within reach — and seeds; the voices weighed are {@link RuleFilter#CHORD_FROM}
 * down to the bass). {@code BACHPROP_HISTOGRAMS=1} also prints the interval histograms.
 */
public final class ChordRuleTuning {
    private ChordRuleTuning() {}

    public static void main(String[] args) throws Exception {
        String split = args.length > 0 ? args[0] : "valid";
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Double> temperatures = numbers(args.length > 2 ? args[2] : "1");
        List<Double> weights = numbers(args.length > 3 ? args[3] : "1");
        List<Double> seeds = numbers(args.length > 4 ? args[4] : "1");
        List<SatbScore> scores = SatbCorpus.load(SatbCorpus.NAME).split(split);
        FourVoiceModel model;
        String res = FourVoiceStore.resourceName("satb");
        try (InputStream in = ChordRuleTuning.class.getResourceAsStream(res)) {
            model = FourVoiceFile.load(in, Path.of("classpath:" + res));
        }
        Continuations.Options d = Continuations.Options.defaults();
        for (double seed : seeds) {
            for (double temperature : temperatures) {
                for (double weight : weights) {
                    long start = System.nanoTime();
                    Continuations.Options o =
                            new Continuations.Options(d.opening(), d.steps(), samples, temperature, (long) seed);
                    RuleMeasures bach = new RuleMeasures();
                    RuleMeasures ruled = new RuleMeasures();
                    List<SatbScore> used =
                            scores.stream().filter(c -> c.steps() > o.opening()).toList();
                    int end = o.opening() + o.steps();
                    for (int i = 0; i < used.size(); i++) {
                        int[][] tokens = used.get(i).tokens();
                        bach.add(tokens, o.opening(), end);
                        int[][] opening = used.get(i).opening(o.opening()).tokens();
                        for (int k = 0; k < o.samples(); k++) {
                            var so = new FourVoiceSampler.Options(temperature, true, o.sampleSeed(i, k), weight);
                            ruled.add(FourVoiceSampler.extend(model, opening, o.steps(), so), o.opening(), end);
                        }
                    }
                    double[] kl = ruled.intervalKlBits(bach);
                    double mean = (kl[0] + kl[1] + kl[2] + kl[3]) / 4;
                    System.out.printf(
                            Locale.ROOT,
                            "%s seed %d T=%.2f w=%s: chords %.2f %% (Bach %.2f), KL %.4f [S %.4f A %.4f T %.4f B %.4f];"
                                    + " %s (%.0f s)%n",
                            split,
                            (long) seed,
                            temperature,
                            weight,
                            ruled.completeChordPercent(),
                            bach.completeChordPercent(),
                            mean,
                            kl[0],
                            kl[1],
                            kl[2],
                            kl[3],
                            ruled,
                            (System.nanoTime() - start) / 1e9);
                    if (System.getenv("BACHPROP_HISTOGRAMS") != null) {
                        System.out.println("  histograms (Bach, then the samples, S A T B): "
                                + Json.write(List.of(histograms(bach), histograms(ruled))));
                    }
                }
            }
        }
    }

    private static List<double[]> histograms(RuleMeasures m) {
        List<double[]> out = new ArrayList<>();
        for (int v = 0; v < Tokens.VOICES; v++) {
            out.add(m.intervalHistogram(v));
        }
        return out;
    }

    private static List<Double> numbers(String list) {
        List<Double> out = new ArrayList<>();
        for (String s : list.split(",")) {
            out.add(s.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(s));
        }
        return out;
    }
}
