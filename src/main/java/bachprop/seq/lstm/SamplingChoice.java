package bachprop.seq.lstm;

import bachprop.seq.Evaluation;
import bachprop.seq.IntervalCalibration;
import bachprop.seq.NoteSequence;
import bachprop.seq.SequenceModel;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How the LSTM samples, chosen on the validation split (issue 15: the interval KL of its
 * continuations): the nucleus top-p and whether to draw from the networks alone or from the
 * LTM + STM mixture. Each candidate extends the validation melodies' openings as {@code evaluate}
 * does (opening 8, 32 notes, T = 1) with the network trained on the train split alone (the scout,
 * or member 1 without a refit) and its STM; the one kept has the lowest interval KL from Bach's
 * continuations among those that leap beyond an octave no more often than Bach does there (if none
 * does: the fewest leaps, then the KL). The test split is never read.
 */
public final class SamplingChoice {
    /** The nuclei tried. */
    public static final double[] TOP_P = {1.0, 0.99, 0.98, 0.97, 0.95};
    /** At least this many continuations per candidate (samples per opening = this / melodies, at least 4). */
    public static final int CONTINUATIONS = 300;

    /** One candidate and what it gave on the validation split. */
    public record Candidate(double topP, boolean alone, double klBits, double leapShare) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topP", topP);
            m.put("samplesAlone", alone);
            m.put("intervalKlBits", klBits);
            m.put("leapShare", leapShare);
            return m;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "top-p %.2f from the %s: KL %.4f bits, leaps %.4f",
                    topP,
                    alone ? "LSTM alone" : "mixture",
                    klBits,
                    leapShare);
        }
    }

    /** The candidates measured, Bach's leap share on the same openings, and the one chosen. */
    public record Result(List<Candidate> candidates, double bachLeapShare, Candidate chosen, int samples) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("chosenOn", "validation split, network of the first seed trained on the train split alone");
            m.put("samplesPerOpening", samples);
            m.put("bachLeapShare", bachLeapShare);
            m.put("chosen", chosen.toJson());
            m.put("candidates", candidates.stream().map(Candidate::toJson).toList());
            return m;
        }
    }

    private SamplingChoice() {}

    /** Measures every candidate with {@code network} and {@code stm} on {@code valid}; {@code threads} at once. */
    public static Result choose(Lstm network, StmSettings stm, List<NoteSequence> valid, long seed, int threads) {
        return choose(new LstmModel(List.of(network), Map.of()), stm, valid, seed, threads);
    }

    /** The evaluate defaults (opening 8, 32 notes, T = 1) with enough samples per opening for {@link #CONTINUATIONS}. */
    static Evaluation.Options options(List<NoteSequence> valid, long seed) {
        int samples = Math.max(4, (CONTINUATIONS + valid.size() - 1) / Math.max(1, valid.size()));
        return new Evaluation.Options(8, 32, samples, 1.0, seed);
    }

    /** Measures every candidate with the train-only model {@code base} (networks, n-gram) and {@code stm}. */
    public static Result choose(LstmModel base, StmSettings stm, List<NoteSequence> valid, long seed, int threads) {
        Evaluation.Options o = options(valid, seed);
        int samples = o.samples();
        List<double[]> grid = new ArrayList<>();
        for (boolean alone : new boolean[] {false, true}) {
            for (double p : TOP_P) {
                grid.add(new double[] {p, alone ? 1 : 0});
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Evaluation.Generated>> runs = new ArrayList<>();
            for (double[] g : grid) {
                SequenceModel m = LongShortTerm.of(base.withSampling(g[0], g[1] != 0), stm);
                runs.add(pool.submit(() -> Evaluation.sample(m, valid, o)));
            }
            List<Candidate> out = new ArrayList<>();
            double bachLeaps = 0;
            for (int i = 0; i < grid.size(); i++) {
                Evaluation.Generated s = runs.get(i).get();
                bachLeaps = s.bach().leapShare();
                out.add(new Candidate(
                        grid.get(i)[0],
                        grid.get(i)[1] != 0,
                        Evaluation.klBits(s.bach().histogram(), s.model().histogram()),
                        s.model().leapShare()));
            }
            return new Result(out, bachLeaps, pick(out, bachLeaps), samples);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while choosing how to sample", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("choosing how to sample failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The calibration fitted, the target's and each round's interval KL, and the round kept. */
    public record Calibration(IntervalCalibration chosen, List<Double> klBits, int round) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(
                    "chosenOn",
                    "validation openings, sampled as chosen, against Bach's continuations in train + validation");
            m.put("klBitsPerRound", klBits);
            m.put("roundKept", round);
            m.put("beta", chosen.toJson());
            return m;
        }
    }

    /** Rounds of the calibration fit (round 0 is no calibration). */
    public static final int ROUNDS = 4;

    /** The step size of each round's moment matching ({@link IntervalCalibration#step}). */
    public static final double RATE = 0.8;

    /**
     * Fits the interval calibration of {@code sampler} (the train-only model, sampling as chosen):
     * each round extends the validation openings as {@link #choose} does, measures the interval KL
     * of Bach's continuations in {@code target} (train + validation melodies, after the same
     * opening length) from the sampled ones, and moves β one {@link IntervalCalibration#step}; the
     * round with the lowest KL is kept (round 0: none). The test split is never read.
     */
    public static Calibration calibrate(
            LstmModel sampler, StmSettings stm, List<NoteSequence> valid, List<NoteSequence> target, long seed) {
        Evaluation.Options o = options(valid, seed);
        double[] bach = bachHistogram(target, o);
        IntervalCalibration beta = IntervalCalibration.NONE;
        IntervalCalibration best = beta;
        List<Double> kls = new ArrayList<>();
        int kept = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            SequenceModel m = LongShortTerm.of(sampler.withCalibration(beta), stm);
            double[] sampled = Evaluation.sample(m, valid, o).model().histogram();
            double kl = Evaluation.klBits(bach, sampled);
            kls.add(kl);
            if (kl < kls.get(kept)) {
                kept = round;
                best = beta;
            }
            beta = beta.step(bach, sampled, RATE);
        }
        return new Calibration(best, kls, kept);
    }

    /** Bach's interval counts after each melody's opening, as {@link Evaluation#sample} counts them. */
    static double[] bachHistogram(List<NoteSequence> melodies, Evaluation.Options o) {
        Evaluation.Continuations c = new Evaluation.Continuations();
        for (NoteSequence m : melodies) {
            if (m.notes().size() < o.opening() + 1) {
                continue;
            }
            int n = Math.min(o.notes(), m.notes().size() - o.opening());
            c.add(m.notes().get(o.opening() - 1), m.notes().subList(o.opening(), o.opening() + n), m.key());
        }
        return c.histogram();
    }

    /** The rule: lowest KL among those leaping no more often than Bach; else fewest leaps, then KL; ties: the earlier. */
    static Candidate pick(List<Candidate> candidates, double bachLeapShare) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.leapShare() <= bachLeapShare && (best == null || c.klBits() < best.klBits())) {
                best = c;
            }
        }
        if (best != null) {
            return best;
        }
        for (Candidate c : candidates) {
            if (best == null
                    || c.leapShare() < best.leapShare()
                    || (c.leapShare() == best.leapShare() && c.klBits() < best.klBits())) {
                best = c;
            }
        }
        return best;
    }
}
