package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.satb.FourVoiceFile;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoiceModels;
import bachprop.seq.satb.SatbCorpus;
import bachprop.seq.satb.SatbData;
import bachprop.seq.satb.TokenLog;
import bachprop.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chorale evaluate --voices 4} on the real JSB chorales (tagged corpus: skipped when absent),
 * with a small satb-ngram (30 training chorales, 8 validation) saved to a file.
 */
@Tag("corpus")
class FourVoiceEvaluateTest {
    static final double TOLERANCE = 1e-9;

    @TempDir
    static Path dir;

    static Path model;

    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb();
    }

    @BeforeAll
    static void smallModel() throws Exception {
        if (!RealData.hasJsb()) {
            return;
        }
        SatbCorpus jsb = SatbCorpus.load("jsb");
        FourVoiceModel m = FourVoiceModels.kind("satb-ngram")
                .train(
                        new SatbData(
                                "jsb", jsb.train().subList(0, 30), jsb.valid().subList(0, 8)),
                        TrainingOptions.defaults(),
                        TrainingListener.NONE);
        model = dir.resolve("small-satb-ngram.bpm");
        FourVoiceFile.save(m, model);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonFiguresAreTheOnesTheTokenLogRecomputes() throws Exception {
        Path log = dir.resolve("tokens.csv");
        Cli r = Cli.run(
                "chorale",
                "evaluate",
                "--voices",
                "4",
                "--model",
                "satb-ngram",
                "--file",
                model.toString(),
                "--split",
                "test",
                "--json",
                "--token-log",
                log.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        Map<String, Object> f = (Map<String, Object>) json.get("fourVoice");
        assertEquals("jsb:test", json.get("data"));
        assertEquals(77, ((Number) f.get("chorales")).intValue());
        assertEquals(75_600, ((Number) f.get("tokens")).intValue()); // the count for the test split
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(TokenLog.HEADER, lines.get(0));
        assertEquals(75_600 + 1, lines.size());
        double bits = 0;
        double onsetBits = 0;
        int onsets = 0;
        double[] byVoice = new double[4];
        Map<String, Integer> previous = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double b = -Math.log(Double.parseDouble(c[4])) / Math.log(2);
            int voice = Integer.parseInt(c[2]);
            bits += b;
            byVoice[voice] += b;
            Integer before = previous.put(c[0] + "/" + voice, Integer.parseInt(c[3]));
            if (before == null || before != Integer.parseInt(c[3])) { // step 0 counts as an onset
                onsetBits += b;
                onsets++;
            }
        }
        assertEquals(bits / 75_600, ((Number) f.get("bitsPerToken")).doubleValue(), TOLERANCE);
        assertEquals(onsets, ((Number) f.get("onsets")).intValue());
        assertEquals(onsetBits / onsets, ((Number) f.get("onsetBitsPerToken")).doubleValue(), TOLERANCE);
        Map<String, Object> v = (Map<String, Object>) f.get("bitsPerTokenByVoice");
        assertEquals(byVoice[0] / 18_900, ((Number) v.get("soprano")).doubleValue(), TOLERANCE);
        assertEquals(byVoice[3] / 18_900, ((Number) v.get("bass")).doubleValue(), TOLERANCE);
        double accuracy = ((Number) f.get("accuracy")).doubleValue();
        assertTrue(accuracy > 0.5 && accuracy < 1, "accuracy " + accuracy);
    }

    @Test
    void theTextFormNamesTheFigures() {
        Cli r = Cli.run(
                "chorale",
                "evaluate",
                "--voices",
                "4",
                "--model",
                "satb-ngram",
                "--file",
                model.toString(),
                "--split",
                "valid");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("satb-ngram on jsb:valid (76 chorales, 73632 tokens), teacher-forced:"), r.out());
        assertTrue(r.out().contains("bits per token, top-1 accuracy"), r.out());
    }

    @Test
    void aCorruptModelFileIsOneLineNamingItExitTwo() throws Exception {
        byte[] bytes = Files.readAllBytes(model);
        Path cut = dir.resolve("cut.bpm");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Cli r = Cli.run("chorale", "evaluate", "--voices", "4", "--model", "satb-ngram", "--file", cut.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(cut + ": corrupt"), r.err());
        assertFalse(r.out().contains("bitsPerToken"));
    }
}
