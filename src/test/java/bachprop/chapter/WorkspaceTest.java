package bachprop.chapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    static Chapter chapter(Path root, String cell) throws Exception {
        Path file = root.resolve("chapters/02-sigmoid/chapter.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nid: 2\ntitle: S\nsections: 2.3\n---\n```jshell\n" + cell + "\n```\n");
        return ChapterParser.lenient().parse(file);
    }

    @Test
    void editIsKeptOutsideTheChapterAndRevertForgetsIt(@TempDir Path tmp) throws Exception {
        Chapter c = chapter(tmp, "1 + 1");
        byte[] before = Files.readAllBytes(c.file());
        Workspace w = new Workspace(tmp.resolve("user/workspace"));
        CodeCell cell = c.cells().get(0);
        assertNull(w.edited(c, cell));
        w.save(c, cell, "2 + 2");
        assertEquals("2 + 2", w.current(c, cell));
        assertTrue(Files.readString(w.file(c)).contains("2 + 2"));
        assertEquals(tmp.resolve("user/workspace/02-sigmoid.json"), w.file(c));
        w.revert(c, cell);
        assertEquals("1 + 1", w.current(c, cell));
        assertArrayEquals(before, Files.readAllBytes(c.file()));
        try (var s = Files.list(w.dir())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }

    @Test
    void editSurvivesAChangeInTheChapterAndIsFlaggedStale(@TempDir Path tmp) throws Exception {
        Chapter c = chapter(tmp, "1 + 1");
        Workspace w = new Workspace(tmp.resolve("ws"));
        w.save(c, c.cells().get(0), "mine");
        assertFalse(w.stale(c, c.cells().get(0)));
        Chapter changed = chapter(tmp, "1 + 2");
        assertEquals("mine", w.current(changed, changed.cells().get(0)), "the student's work is never overwritten");
        assertTrue(w.stale(changed, changed.cells().get(0)));
    }

    @Test
    void editGivesTheStudentsTextAndWhetherItIsStale(@TempDir Path tmp) throws Exception {
        Chapter c = chapter(tmp, "1 + 1");
        Workspace w = new Workspace(tmp.resolve("ws"));
        assertNull(w.edit(c, c.cells().get(0)), "not edited yet");
        w.save(c, c.cells().get(0), "mine");
        assertEquals(new Workspace.Edit("mine", false), w.edit(c, c.cells().get(0)));
        Chapter changed = chapter(tmp, "1 + 2");
        assertEquals(
                new Workspace.Edit("mine", true),
                w.edit(changed, changed.cells().get(0)));
    }

    static void assertArrayEquals(byte[] a, byte[] b) {
        Assertions.assertArrayEquals(a, b, "the chapter file is never written");
    }
}
