package bachprop.seq.satb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token metric on a hand-made chorale of three steps under a model of known probabilities:
 * every voice at every step gets p(token 10) = 1/2, p(9) = 1/4, p(5) = 1/8 and 1/352 for each of
 * the other 44 tokens. The expected figures below are worked out by hand (L = log₂ 352).
 */
class TokenMetricTest {
    static final double L = Math.log(352) / Math.log(2);
    static final double TOLERANCE = 1e-12;

    /** S 10 10 12, A 8 9 9, T 5 5 5, B 1 rest rest. */
    static final SatbScore CHORALE = new SatbScore("test:1", new int[][] {{10, 8, 5, 1}, {10, 9, 5, 0}, {12, 9, 5, 0}});

    /** The fixed distribution, through the predictor (the interface's default teacher forcing). */
    static final class Fixed implements FourVoiceModel {
        @Override
        public String kind() {
            return "fixed";
        }

        @Override
        public String describe() {
            return "fixed distribution";
        }

        @Override
        public FourVoicePredictor start() {
            return new FourVoicePredictor() {
                int i;

                @Override
                public int step() {
                    return i / 4;
                }

                @Override
                public int voice() {
                    return i % 4;
                }

                @Override
                public double[] next() {
                    double[] p = new double[Tokens.COUNT];
                    Arrays.fill(p, 1.0 / 352);
                    p[10] = 0.5;
                    p[9] = 0.25;
                    p[5] = 0.125;
                    return p;
                }

                @Override
                public void choose(int token) {
                    i++;
                }
            };
        }

        @Override
        public void writePayload(DataOutputStream out) {}
    }

    @Test
    void bitsAccuracyPerVoiceAndOnsetsAreTheHandWorkedFigures() {
        TokenMetric.Figures f = TokenMetric.of(new Fixed(), List.of(CHORALE), null);
        assertEquals(12, f.tokens());
        assertEquals((15 + 5 * L) / 12, f.bitsPerToken(), TOLERANCE);
        assertEquals(2.0 / 12, f.accuracy(), TOLERANCE); // only the soprano's 10s are the most probable token
        assertEquals((2 + L) / 3, f.bitsPerTokenByVoice()[Tokens.SOPRANO], TOLERANCE);
        assertEquals((4 + L) / 3, f.bitsPerTokenByVoice()[Tokens.ALTO], TOLERANCE);
        assertEquals(3, f.bitsPerTokenByVoice()[Tokens.TENOR], TOLERANCE);
        assertEquals(L, f.bitsPerTokenByVoice()[Tokens.BASS], TOLERANCE);
        assertEquals(2.0 / 3, f.accuracyByVoice()[Tokens.SOPRANO], TOLERANCE);
        assertEquals(0, f.accuracyByVoice()[Tokens.BASS], TOLERANCE);
        // onsets: all four at step 0; alto 8→9 and bass 1→rest at step 1; soprano 10→12 at step 2
        assertEquals(7, f.onsets());
        assertEquals((1 + L + 3 + L + 2 + L + L) / 7, f.onsetBitsPerToken(), TOLERANCE);
        assertEquals(1.0 / 7, f.onsetAccuracy(), TOLERANCE);
    }

    @Test
    void theTokenLogHoldsOneLinePerTokenFromWhichTheFiguresAreRecomputed(@TempDir Path dir) throws Exception {
        TokenLog log = new TokenLog();
        TokenMetric.Figures f = TokenMetric.of(new Fixed(), List.of(CHORALE), log);
        Path file = dir.resolve("tokens.csv");
        log.save(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(TokenLog.HEADER, lines.get(0));
        assertEquals(13, lines.size());
        assertEquals("test:1,1,3,0," + (1.0 / 352), lines.get(8)); // step 1, bass, the rest
        double bits = 0;
        for (String line : lines.subList(1, lines.size())) {
            bits -= Math.log(Double.parseDouble(line.split(",")[4])) / Math.log(2);
        }
        assertEquals(f.bitsPerToken(), bits / 12, TOLERANCE);
    }

    @Test
    void theJsonHasTheDocumentedKeysWithVoicesByName() {
        var json = TokenMetric.of(new Fixed(), List.of(CHORALE), null).toJson();
        assertEquals(12L, json.get("tokens"));
        assertEquals((15 + 5 * L) / 12, (Double) json.get("bitsPerToken"), TOLERANCE);
        var byVoice = (Map<?, ?>) json.get("bitsPerTokenByVoice");
        assertEquals(List.of("soprano", "alto", "tenor", "bass"), List.copyOf(byVoice.keySet()));
        assertEquals(3.0, (Double) byVoice.get("tenor"), TOLERANCE);
        assertEquals((6 + 4 * L) / 7, (Double) json.get("onsetBitsPerToken"), TOLERANCE);
    }
}
