package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.music.sound.MidiFiles;
import bachprop.music.sound.Synth;
import bachprop.util.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedExperimentCommandTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Tag("corpus")
    @Test
    @SuppressWarnings("unchecked")
    void aTinyRunWritesJsonFiguresMidiAndWav(@TempDir Path dir) throws Exception {
        RealData.assumeJsb(); // the real corpus, or a visible skip
        Run r = run(
                "chorale",
                "seed-experiment",
                "--hidden",
                "8",
                "--epochs",
                "2",
                "--dataset",
                "jsb",
                "--json",
                "--out",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        Map<String, Object> windows = (Map<String, Object>) json.get("windows");
        assertEquals(437.0, ((Number) windows.get("train")).doubleValue());
        assertEquals(561.0, ((Number) windows.get("concatenatedBlocksOf32")).doubleValue());
        List<Object> runs = (List<Object>) json.get("runs");
        assertEquals(2, runs.size(), "both initialisations");
        Map<String, Object> first = (Map<String, Object>) runs.get(0);
        assertNull(first.get("diverged"));
        Map<String, Object> before = (Map<String, Object>) first.get("before");
        Map<String, Object> after = (Map<String, Object>) first.get("after");
        for (String key : List.of(
                "cost",
                "exactNextPitchSampled",
                "scoreSampled",
                "highProbabilityPitches",
                "bitsPerNote",
                "intervalHistogramBach")) {
            assertTrue(before.containsKey(key) && after.containsKey(key), key);
        }
        assertTrue(
                ((Number) after.get("cost")).doubleValue() < ((Number) before.get("cost")).doubleValue(),
                "two epochs lower the cost");
        for (String f : List.of(
                "results.json",
                "figure9-cost.png",
                "figure10-output-bars.png",
                "figure11-samples.png",
                "intervals.png",
                "bach.mid",
                "bach.wav",
                "sample-before.mid",
                "sample-after-standard.mid",
                "sample-after-scaled.wav")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        assertEquals(2, MidiFiles.read(dir.resolve("bach.mid")).lines().size(), "opening and continuation tracks");
        assertTrue(Synth.rms(dir.resolve("sample-after-standard.wav")) > 0.05);
        assertTrue(r.err().contains("epoch 2/2"), "progress lines go to stderr with --json");
    }

    @Test
    void badOptionsAreOneLineErrorsWithExitCode2() {
        Run r = run("chorale", "seed-experiment", "--hidden", "500,x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--hidden takes sizes like 500,500,500"), r.err());
        assertEquals(2, run("chorale", "nonsense").code());
        assertEquals(2, run("chorale", "seed-experiment", "--eta", "-1").code());
    }
}
