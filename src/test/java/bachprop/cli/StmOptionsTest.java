package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.ModelFile;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.ngram.NgramKind;
import bachprop.seq.stm.LongShortTerm;
import bachprop.util.Json;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --stm} on train (the n-gram's option) and on evaluate; reads the real JSB chorales (tagged corpus). */
@Tag("corpus")
class StmOptionsTest {
    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb();
    }

    @TempDir
    static Path dir;

    static Path alone;
    static Path withStm;

    @BeforeAll
    static void smallModels() throws Exception {
        if (!RealData.hasJsb()) {
            return;
        }
        Corpus jsb = Corpora.load("jsb");
        TrainingData data =
                new TrainingData("jsb", jsb.train().subList(0, 30), jsb.valid().subList(0, 10));
        SequenceModel a =
                new NgramKind().train(data, new TrainingOptions(Map.of("max-order", "3")), TrainingListener.NONE);
        SequenceModel b = new NgramKind()
                .train(data, new TrainingOptions(Map.of("max-order", "3", "stm", "1")), TrainingListener.NONE);
        alone = dir.resolve("alone.bpm");
        withStm = dir.resolve("stm.bpm");
        ModelFile.save(a, alone);
        ModelFile.save(b, withStm);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> evaluate(Path file, String... more) {
        String[] base = {
            "chorale",
            "evaluate",
            "--model",
            "ngram",
            "--file",
            file.toString(),
            "--split",
            "valid",
            "--samples",
            "1",
            "--notes",
            "4",
            "--json"
        };
        String[] args = Stream.concat(Arrays.stream(base), Arrays.stream(more)).toArray(String[]::new);
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
        return Json.read(r.out(), "evaluate --json", Map.class);
    }

    @SuppressWarnings("unchecked")
    static double bits(Map<String, Object> r) {
        return ((Number) ((Map<String, Object>) r.get("teacherForced")).get("pitchBitsPerNote")).doubleValue();
    }

    @Test
    void aFileTrainedWithStmSaysSoAndEvaluateSwitchesItOnAndOff() throws Exception {
        assertTrue(ModelFile.load(withStm) instanceof LongShortTerm);
        assertFalse(ModelFile.load(alone) instanceof LongShortTerm);
        Map<String, Object> on = evaluate(withStm);
        Map<String, Object> off = evaluate(withStm, "--stm", "0");
        assertTrue(((String) on.get("describe")).contains("+ STM pitch over ltm PPM-C orders 0..8"), (String)
                on.get("describe"));
        assertFalse(((String) off.get("describe")).contains("STM"), (String) off.get("describe"));
        assertEquals(bits(off), bits(evaluate(alone)), 0.0);
        assertEquals(bits(on), bits(evaluate(alone, "--stm", "1")), 0.0);
        assertNotEquals(bits(on), bits(off));
        assertNotEquals(bits(on), bits(evaluate(alone, "--stm-bias", "0.5")));
    }

    @Test
    void aBadStmValueIsOneLineAndExit2() {
        Cli r = Cli.run("chorale", "evaluate", "--model", "ngram", "--file", alone.toString(), "--stm", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--stm is 0 or 1, not 2"), r.err());
        Cli b = Cli.run("chorale", "evaluate", "--model", "ngram", "--file", alone.toString(), "--stm-bias", "3");
        assertEquals(2, b.code());
        assertTrue(b.err().contains("--stm-bias"), b.err());
    }
}
