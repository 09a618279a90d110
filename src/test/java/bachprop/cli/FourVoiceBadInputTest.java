package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --voices}'s bad input: one line, exit 2, before any data is read (no corpus needed). */
class FourVoiceBadInputTest {
    static void oneLineExitTwo(Cli r, String expected) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void anUnknownFourVoiceKindIsNamedWithTheKnownOnes() {
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--voices", "4", "--model", "satb-nope"),
                "unknown four-voice model 'satb-nope' (known: satb, satb-ngram)");
    }

    @Test
    void aSequenceKindWithFourVoicesAndAFourVoiceKindWithOneAreErrors() {
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--voices", "4", "--model", "ngram"),
                "model 'ngram' is a one-voice sequence model; --voices 4 needs a four-voice kind");
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--model", "satb-ngram"),
                "model 'satb-ngram' is a four-voice model: add --voices 4");
    }

    @Test
    void onlyOneOrFourVoices() {
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--voices", "3", "--model", "satb-ngram"),
                "--voices takes 1 or 4, not 3");
    }

    @Test
    void aTokenLogIntoAMissingFolderIsRefusedBeforeAnyWork(@TempDir Path dir) {
        Path log = dir.resolve("no-such-folder").resolve("tokens.csv");
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--voices", "4", "--model", "satb-ngram", "--token-log", log.toString()),
                "--token-log " + log + ": the folder " + log.getParent() + " does not exist");
        assertTrue(!Files.exists(log.getParent()));
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--model", "ngram", "--token-log", log.toString()),
                "--token-log needs --voices 4");
    }

    @Test
    void aMissingModelFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("gone.bpm");
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--voices", "4", "--model", "satb-ngram", "--file", missing.toString()),
                missing + ": no such model file");
    }

    @Test
    void sequenceOnlyOptionsAreNotSilentlyIgnoredAndANegativeSampleCountIsRefused() {
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--voices", "4", "--model", "satb-ngram", "--per-note"),
                "--per-note is not used with --voices 4");
        oneLineExitTwo(
                Cli.run("chorale", "evaluate", "--voices", "4", "--model", "satb-ngram", "--samples", "-1"),
                "--samples at least 0");
    }
}
