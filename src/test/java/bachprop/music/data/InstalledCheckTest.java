package bachprop.music.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data verify} must check the files in use, not only the archive kept beside them. */
class InstalledCheckTest {
    static Path tree(Path root) throws IOException {
        Path csv = root.resolve("jsb-chorales/jsb_chorales");
        TinyData.writeJsb(csv);
        Files.write(csv.resolveSibling(Fetcher.JSB_FILE), TinyData.tgz(csv));
        return csv;
    }

    static String sha(Path csv) throws IOException {
        return Fetcher.sha256(csv.resolveSibling(Fetcher.JSB_FILE));
    }

    @Test
    void aTreeAsPublishedPassesWithEveryFileCompared(@TempDir Path root) throws IOException {
        Path csv = tree(root);
        InstalledCheck.Result r = InstalledCheck.jsb(csv, sha(csv));
        assertTrue(r.ok(), r.toString());
        assertEquals(7, r.compared());
    }

    @Test
    void anEditedMissingOrExtraCsvIsNamedAlthoughTheArchiveIsIntact(@TempDir Path root) throws IOException {
        Path csv = tree(root);
        String sum = sha(csv);
        Files.writeString(csv.resolve("train/chorale_000.csv"), TinyData.jsbCsv(99));
        Files.delete(csv.resolve("test/chorale_006.csv"));
        Files.writeString(csv.resolve("valid/chorale_999.csv"), TinyData.jsbCsv(5));
        InstalledCheck.Result r = InstalledCheck.jsb(csv, sum);
        assertFalse(r.ok());
        assertEquals(3, r.differences().size(), r.toString());
        assertTrue(r.differences().contains("changed: " + csv.resolve("train/chorale_000.csv")), r.toString());
        assertTrue(r.differences().contains("missing: " + csv.resolve("test/chorale_006.csv")), r.toString());
        assertTrue(
                r.differences().contains("not in the archive: " + csv.resolve("valid/chorale_999.csv")), r.toString());
    }

    @Test
    void anArchiveThatIsNotThePublishedOneIsSaid(@TempDir Path root) throws IOException {
        InstalledCheck.Result r = InstalledCheck.jsb(tree(root));
        assertTrue(r.differences().get(0).contains("SHA-256 mismatch"), r.toString());
    }

    @Test
    @Tag("corpus")
    void theRealCorpusIsAsPublished() throws IOException {
        InstalledCheck.Result r = InstalledCheck.jsb(RealData.jsb());
        assertTrue(r.ok(), r.toString());
        assertEquals(382, r.compared());
    }
}
