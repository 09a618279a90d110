package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.DataLocator;
import bachprop.music.data.TinyData;
import bachprop.music.data.UciChorales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorale train} never leaves a diverged model behind and never replaces a model unasked. */
class TrainSafetyTest {
    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void tinyData() throws Exception {
        data = TinyData.writeRoot(tmp.resolve("data"));
    }

    @Test
    void anRnnAtEta1e9StopsInEpoch1SavesNothingAndExits1() throws Exception {
        Path out = tmp.resolve("rnn-mine.bpm");
        Files.writeString(out, "the person's own model");
        Cli r = Cli.run(
                "chorale",
                "train",
                "--model",
                "rnn",
                "--data",
                data.toString(),
                "--eta",
                "1e9",
                "--epochs",
                "3",
                "--out",
                out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("diverged in epoch 1"), r.err());
        assertTrue(r.err().contains("nothing was saved") && r.err().contains("smaller"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("the person's own model", Files.readString(out), "the existing model is untouched");
        assertFalse(Files.exists(tmp.resolve("rnn-mine-2.bpm")), "no versioned file either");
    }

    /** A data root with only a UCI file of {@code melodies} walks of 80 notes each, long enough for the MLP's 32 + 32 windows. */
    static Path longUci(Path root, int melodies) throws Exception {
        StringBuilder b = new StringBuilder();
        Random r = new Random(7);
        for (int m = 1; m <= melodies; m++) {
            b.append('(').append(m).append(' ');
            int pitch = 67;
            for (int i = 0; i < 80; i++) {
                pitch = Math.max(60, Math.min(76, pitch + r.nextInt(5) - 2));
                b.append(String.format(
                        "((st %d) (pitch %d) (dur 4) (keysig 0) (timesig 16) (fermata %d))",
                        4 * i, pitch, i == 79 ? 1 : 0));
            }
            b.append(")\n");
        }
        Path dir = root.resolve(DataLocator.UCI_DIR);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(UciChorales.FILE), b.toString());
        return root;
    }

    @Test
    void anMlpWhoseOutputsOverflowAtEta1e300StopsInEpoch1AndSavesNothing() throws Exception {
        Path root = longUci(tmp.resolve("long"), 10);
        Path out = tmp.resolve("mlp-overflow.bpm");
        Cli r = Cli.run(
                "chorale",
                "train",
                "--model",
                "mlp",
                "--data",
                root.toString(),
                "--eta",
                "1e300",
                "--epochs",
                "3",
                "--hidden",
                "8",
                "--out",
                out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("diverged in epoch 1") && r.err().contains("NaN"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anLstmAtEta1e9StopsAtTheFirstNonFiniteLossAndSavesNothing() {
        Path out = tmp.resolve("lstm.bpm");
        Cli r = Cli.run(
                "chorale",
                "train",
                "--model",
                "lstm",
                "--data",
                data.toString(),
                "--eta",
                "1e9",
                "--epochs",
                "3",
                "--hidden",
                "8",
                "--members",
                "1",
                "--refit",
                "0",
                "--threads",
                "1",
                "--max-shift",
                "0",
                "--out",
                out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(
                r.err().matches("(?s).*diverged in epoch \\d+: the training loss is .*nothing was saved.*"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSecondTrainingSavesANewVersionAndForceReplaces() throws Exception {
        Path out = tmp.resolve("ngram-v.bpm");
        String[] train = {
            "chorale",
            "train",
            "--model",
            "ngram",
            "--data",
            data.toString(),
            "--max-order",
            "2",
            "--max-shift",
            "0",
            "--out",
            out.toString()
        };
        assertEquals(0, Cli.run(train).code());
        byte[] first = Files.readAllBytes(out);
        Cli again = Cli.run(train);
        assertEquals(0, again.code(), again.err());
        Path second = tmp.resolve("ngram-v-2.bpm");
        assertTrue(Files.exists(second), again.err());
        assertTrue(again.err().contains(out + " exists; saving as " + second), again.err());
        assertTrue(again.out().contains("saved: " + second), again.out());
        assertTrue(Arrays.equals(first, Files.readAllBytes(out)), "the first model is kept");
        String[] forced = Arrays.copyOf(train, train.length + 1);
        forced[train.length] = "--force";
        Cli replaced = Cli.run(forced);
        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(replaced.err().contains("replacing " + out + " (--force)"), replaced.err());
        assertFalse(Files.exists(tmp.resolve("ngram-v-3.bpm")));
    }
}
