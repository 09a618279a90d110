package bachprop.seq.satb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four-voice task's figure (docs/four-voices.md): over every token of some scores, teacher-forced,
 * the mean −log₂ p of Bach's token, top-1 accuracy, the same per voice and over onsets. An
 * <em>onset</em> is a token that differs from the same voice's token at the step before (a rest
 * beginning or ending counts); step 0 has no step before and counts as an onset.
 *
 * <p>Feed it with {@link #add} token by token (or use {@link #of}); {@link #figures()} reads the sums.
 */
public final class TokenMetric {
    private final double[] bits = new double[Tokens.VOICES];
    private final long[] correct = new long[Tokens.VOICES];
    private final long[] count = new long[Tokens.VOICES];
    private double onsetBits;
    private long onsetCorrect;
    private long onsets;
    private int scores;

    /** The figures of {@code model} over {@code scores}, each token also written to {@code log} (may be null). */
    public static Figures of(FourVoiceModel model, List<SatbScore> scores, TokenLog log) {
        TokenMetric m = new TokenMetric();
        for (SatbScore s : scores) {
            double[][][] p = model.teacherForced(s.tokens());
            m.addScore(s, p, log);
        }
        return m.figures();
    }

    /** Every token of one score with the model's teacher-forced distributions {@code p[t][v]}. */
    public void addScore(SatbScore s, double[][][] p, TokenLog log) {
        int[][] x = s.tokens();
        for (int t = 0; t < x.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                boolean onset = t == 0 || x[t][v] != x[t - 1][v];
                add(v, x[t][v], p[t][v], onset);
                if (log != null) {
                    log.add(s.id(), t, v, x[t][v], p[t][v][x[t][v]]);
                }
            }
        }
        scores++;
    }

    /** One token: voice v, Bach's token x, the model's distribution p, whether it is an onset. */
    public void add(int v, int x, double[] p, boolean onset) {
        double b = informationContent(p[x]);
        boolean hit = argmax(p) == x;
        bits[v] += b;
        count[v]++;
        if (hit) {
            correct[v]++;
        }
        if (onset) {
            onsetBits += b;
            onsets++;
            if (hit) {
                onsetCorrect++;
            }
        }
    }

    /** −log₂ p: the information content of a token the model gave probability p. */
    static double informationContent(double p) {
        return -Math.log(p) / Math.log(2);
    }

    /** The most probable token; a tie goes to the lowest token. */
    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    public Figures figures() {
        long n = 0;
        long hits = 0;
        double b = 0;
        double[] byVoice = new double[Tokens.VOICES];
        double[] accByVoice = new double[Tokens.VOICES];
        for (int v = 0; v < Tokens.VOICES; v++) {
            n += count[v];
            hits += correct[v];
            b += bits[v];
            byVoice[v] = bits[v] / count[v];
            accByVoice[v] = (double) correct[v] / count[v];
        }
        return new Figures(
                scores,
                n,
                b / n,
                (double) hits / n,
                byVoice,
                accByVoice,
                onsets,
                onsetBits / onsets,
                (double) onsetCorrect / onsets);
    }

    /** The figures; a mean over no tokens is NaN (null in JSON). */
    public record Figures(
            int scores,
            long tokens,
            double bitsPerToken,
            double accuracy,
            double[] bitsPerTokenByVoice,
            double[] accuracyByVoice,
            long onsets,
            double onsetBitsPerToken,
            double onsetAccuracy) {
        /** The documented JSON object (the value of the key {@code fourVoice}). */
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("chorales", scores);
            m.put("tokens", tokens);
            m.put("bitsPerToken", finite(bitsPerToken));
            m.put("accuracy", finite(accuracy));
            m.put("bitsPerTokenByVoice", byVoice(bitsPerTokenByVoice));
            m.put("accuracyByVoice", byVoice(accuracyByVoice));
            m.put("onsets", onsets);
            m.put("onsetBitsPerToken", finite(onsetBitsPerToken));
            m.put("onsetAccuracy", finite(onsetAccuracy));
            return m;
        }

        private static Map<String, Object> byVoice(double[] x) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int v = 0; v < Tokens.VOICES; v++) {
                m.put(Tokens.VOICE_NAMES[v], finite(x[v]));
            }
            return m;
        }

        private static Double finite(double x) {
            return Double.isFinite(x) ? x : null;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d chorales, %d tokens: %.4f bits/token, %.2f%% top-1; S %.4f A %.4f T %.4f B %.4f; onsets %d: %.4f bits",
                    scores,
                    tokens,
                    bitsPerToken,
                    100 * accuracy,
                    bitsPerTokenByVoice[0],
                    bitsPerTokenByVoice[1],
                    bitsPerTokenByVoice[2],
                    bitsPerTokenByVoice[3],
                    onsets,
                    onsetBitsPerToken);
        }
    }
}
