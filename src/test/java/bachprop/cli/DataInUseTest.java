package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.DataLocator;
import bachprop.music.data.Fetcher;
import bachprop.music.data.RealData;
import bachprop.music.data.TinyData;
import bachprop.music.data.UciChorales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data verify} checks the files in use; {@code --data DIR} uses only what is in DIR. */
class DataInUseTest {
    @TempDir
    Path tmp;

    @Test
    @Tag("corpus")
    void verifyFailsOnAnEditedCsvAndNamesIt() throws Exception {
        Path real = RealData.jsb(); // …/jsb-chorales/jsb_chorales
        Path tree = tmp.resolve(DataLocator.JSB_DIR).resolve("jsb_chorales");
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.toList()) {
                Path to = tree.resolve(real.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Files.copy(RealData.jsbArchive(), tree.resolveSibling(Fetcher.JSB_FILE));
        Cli clean = Cli.run("data", "verify", "--data", tmp.toString());
        assertEquals(0, clean.code(), clean.out() + clean.err());
        assertTrue(clean.out().contains("382 CSV files as published"), clean.out());

        Path edited;
        try (Stream<Path> csvs = Files.list(tree.resolve("train"))) {
            edited = csvs.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(edited).stripTrailing();
        String last = text.substring(text.lastIndexOf('\n') + 1);
        Files.writeString(edited, text + "\n" + last + "\n"); // the last chord held a sixteenth longer: still valid
        Cli r = Cli.run("data", "verify", "--data", tmp.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("changed: " + edited), r.out());
        assertTrue(r.out().contains("data check FAILED"), r.out());
    }

    @Test
    void aDataFolderWithOnlyUciIsNeverToppedUpWithJsbFromElsewhere() throws Exception {
        Path elsewhere = TinyData.writeRoot(tmp.resolve("elsewhere")); // JSB and UCI
        Path onlyUci = tmp.resolve("only-uci");
        Files.createDirectories(onlyUci.resolve(DataLocator.UCI_DIR));
        Files.writeString(onlyUci.resolve(DataLocator.UCI_DIR).resolve(UciChorales.FILE), TinyData.uciLisp());
        DataLocator withOption = new DataLocator(
                onlyUci.toString(), Map.of(DataLocator.ENV, elsewhere.toString()), elsewhere, tmp.resolve("home"));
        assertTrue(withOption.jsb().isEmpty(), "no JSB taken from $BACHPROP_DATA when --data is given");
        assertEquals(
                onlyUci.resolve(DataLocator.UCI_DIR).resolve(UciChorales.FILE),
                withOption.uci().orElseThrow().file());
        String missing = withOption.missingJsb();
        assertTrue(missing.startsWith("no JSB chorales in " + onlyUci + " (from the --data option)"), missing);
        assertTrue(missing.contains(DataLocator.JSB_DIR), missing);

        DataLocator envOnly = new DataLocator(null, Map.of(DataLocator.ENV, onlyUci.toString()), elsewhere, tmp);
        assertTrue(envOnly.jsb().isEmpty(), "nor from the cache when $BACHPROP_DATA is set");
        DataLocator neither =
                new DataLocator(null, Map.of(), elsewhere.getParent().resolve("no-cache"), tmp);
        assertEquals(List.of(), neither.jsb().stream().toList());
        assertTrue(neither.missingJsb().contains("bachprop data fetch"), neither.missingJsb());
    }

    @Test
    void trainingWithAUciOnlyFolderTrainsOnThatFolder() throws Exception {
        Path onlyUci = tmp.resolve("only-uci");
        Files.createDirectories(onlyUci.resolve(DataLocator.UCI_DIR));
        Files.writeString(onlyUci.resolve(DataLocator.UCI_DIR).resolve(UciChorales.FILE), TinyData.uciLisp());
        Cli r = Cli.run(
                "chorale",
                "train",
                "--model",
                "ngram",
                "--data",
                onlyUci.toString(),
                "--max-order",
                "2",
                "--max-shift",
                "0",
                "--out",
                tmp.resolve("m.bpm").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("data: uci from " + onlyUci), r.out());
        assertFalse(r.out().contains("jsb"), r.out());
    }
}
