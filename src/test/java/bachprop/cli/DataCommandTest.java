package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.music.data.TinyData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {
            String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
        };
    }

    @Test
    @Tag("corpus")
    void verifyPassesOnTheRealDataAndNamesTheCounts() {
        String root = RealData.jsb().getParent().getParent().toString();
        String[] r = run("data", "verify", "--data", root);
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("229/76/77") && r[1].contains("UCI: 100 melodies ok, SHA-256 ok"), r[1]);
    }

    @Test
    void verifyFailsOnAFileThatIsNotThePublishedOne(@TempDir Path dir) throws Exception {
        Path uci = dir.resolve("uci-bach-chorales");
        Files.createDirectories(uci);
        Files.writeString(uci.resolve("chorales.lisp"), TinyData.uciLisp());
        String[] r = run("data", "verify", "--data", dir.toString());
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("MISMATCH"), r[1]);
    }

    @Test
    void pathWithADataOptionThatHoldsNothingIsAUsageError(@TempDir Path dir) {
        String[] r = run("data", "path", "--data", dir.resolve("none").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no chorale data at"), r[2]);
    }

    @Test
    void aMalformedCsvIsOneLineNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path jsb = dir.resolve("jsb-chorales/jsb_chorales");
        for (String s : new String[] {"train", "valid", "test"}) {
            Files.createDirectories(jsb.resolve(s));
            Files.writeString(jsb.resolve(s).resolve("chorale_x.csv"), "note0,note1,note2,note3\n60,55,50,40\n");
        }
        Files.writeString(jsb.resolve("valid/chorale_y.csv"), "note0,note1,note2,note3\n60,55,50,40\n60,55,50\n");
        String[] r = run("data", "verify", "--data", dir.toString());
        assertEquals("2", r[0]);
        assertTrue(
                r[2].strip().endsWith("chorale_y.csv:3: expected 4 values (soprano, alto, tenor, bass), found 3"),
                r[2]);
        assertEquals(1, r[2].strip().split("\n").length, "one line");
    }
}
