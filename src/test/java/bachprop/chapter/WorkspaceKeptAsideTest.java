package bachprop.chapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace file that cannot be read is kept aside and said, never run over or ignored in silence. */
class WorkspaceKeptAsideTest {
    @TempDir
    Path tmp;

    static Path onlyAside(Path dir, String name) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + ".unreadable-"))
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one file aside: " + a + ", " + b);
                    })
                    .orElseThrow(() -> new AssertionError("nothing moved aside in " + dir));
        }
    }

    @Test
    void aCorruptWorkspaceIsMovedAsideNamedAndTheChaptersOwnCellApplies() throws Exception {
        Chapter c = WorkspaceTest.chapter(tmp, "1 + 1");
        Workspace w = new Workspace(tmp.resolve("ws"));
        Files.createDirectories(w.dir());
        String corrupt = "{\"chapter\": \"02-sigmoid\", \"cells\": {\"0\": {\"edited\": \"my wo";
        Files.writeString(w.file(c), corrupt);
        Workspace.UnreadableException e = assertThrows(
                Workspace.UnreadableException.class,
                () -> w.current(c, c.cells().get(0)));
        Path aside = onlyAside(w.dir(), w.file(c).getFileName().toString());
        assertEquals(aside, e.aside());
        assertEquals(corrupt, Files.readString(aside), "kept byte for byte");
        assertTrue(
                e.getMessage().startsWith(w.file(c) + ": ") && e.getMessage().contains(aside.toString()),
                e.getMessage());
        assertEquals("1 + 1", w.current(c, c.cells().get(0)), "then the chapter's own cell");
        w.save(c, c.cells().get(0), "2 + 2");
        assertEquals(corrupt, Files.readString(aside), "a later save does not touch what was kept");
    }

    @Test
    void readMineWithACorruptWorkspaceRunsNothingAndExits2NamingTheFile() throws Exception {
        Chapter c = WorkspaceTest.chapter(tmp, "1 + 1");
        Path user = tmp.resolve("user");
        Path file = user.resolve("workspace").resolve(c.slug() + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"cells\": [");
        String before = System.getProperty("bachprop.userDir");
        System.setProperty("bachprop.userDir", user.toString());
        try {
            Cli r = Cli.run(
                    "read", "2", "--mine", "--dir", tmp.resolve("chapters").toString());
            assertEquals(2, r.code(), r.err());
            assertEquals("", r.out(), "the chapter's own cell is not run in place of the edit");
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("bachprop read: " + file + ": "), r.err());
            Path aside = onlyAside(file.getParent(), file.getFileName().toString());
            assertTrue(r.err().contains("moved aside to " + aside), r.err());
        } finally {
            if (before == null) {
                System.clearProperty("bachprop.userDir");
            } else {
                System.setProperty("bachprop.userDir", before);
            }
        }
    }
}
