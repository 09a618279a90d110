package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChaptersCommandTest {
    static void write(Path dir, String folder, String text) throws Exception {
        Files.createDirectories(dir.resolve(folder));
        Files.writeString(dir.resolve(folder).resolve("chapter.md"), text);
    }

    @Test
    void listsChaptersAsJsonAndNamesABrokenOneWithItsLine(@TempDir Path dir) throws Exception {
        write(
                dir,
                "01-first",
                "---\nid: 1\ntitle: First\nsections: 2.1\nexercises: a, b\n---\n$x$\n\n```jshell\n1\n```\n");
        write(dir, "02-broken", "---\nid: 2\ntitle: Broken\nsections: 2.3\n---\nthe error $\\delta of\n");
        Cli r = Cli.run("chapters", "--json", "--dir", dir.toString());
        assertEquals(1, r.code());
        List<?> list = (List<?>) Json.parse(r.out());
        Map<?, ?> first = (Map<?, ?>) list.get(0);
        assertEquals(1.0, first.get("id"));
        assertEquals("First", first.get("title"));
        assertEquals(List.of("a", "b"), first.get("exercises"));
        assertEquals(1.0, first.get("cells"));
        String e = r.err();
        assertTrue(e.contains("02-broken/chapter.md:6: unbalanced math"), e);
    }

    @Test
    void readNeedsAChapterThatExists(@TempDir Path dir) throws Exception {
        write(dir, "01-first", "---\nid: 1\ntitle: First\nsections: 2.1\n---\nText\n");
        Cli none = Cli.run("read", "7", "--dir", dir.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("bachprop read: there is no chapter 7"), none.err());
        Cli word = Cli.run("read", "five", "--dir", dir.toString());
        assertEquals(2, word.code());
        assertTrue(word.err().contains("not 'five'"), word.err());
    }
}
