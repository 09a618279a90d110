package bachprop.chapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.cli.ChaptersCommand;
import bachprop.chapter.cli.ReadCommand;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        write(dir, "01-first", "---\nid: 1\ntitle: First\nsections: 2.1\nexercises: a, b\n---\n$x$\n\n```jshell\n1\n```\n");
        write(dir, "02-broken", "---\nid: 2\ntitle: Broken\nsections: 2.3\n---\nthe error $\\delta of\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ChaptersCommand().run(List.of("--json", "--dir", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        List<?> list = (List<?>) Json.parse(out.toString(StandardCharsets.UTF_8));
        Map<?, ?> first = (Map<?, ?>) list.get(0);
        assertEquals(1.0, first.get("id"));
        assertEquals("First", first.get("title"));
        assertEquals(List.of("a", "b"), first.get("exercises"));
        assertEquals(1.0, first.get("cells"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("02-broken/chapter.md:6: unbalanced math"), e);
    }

    @Test
    void readNeedsAChapterThatExists(@TempDir Path dir) throws Exception {
        write(dir, "01-first", "---\nid: 1\ntitle: First\nsections: 2.1\n---\nText\n");
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        BadInputException none = assertThrows(BadInputException.class,
                () -> new ReadCommand().run(List.of("7", "--dir", dir.toString()), sink, sink));
        assertTrue(none.getMessage().contains("there is no chapter 7"), none.getMessage());
        BadInputException word = assertThrows(BadInputException.class,
                () -> new ReadCommand().run(List.of("five", "--dir", dir.toString()), sink, sink));
        assertTrue(word.getMessage().contains("not 'five'"), word.getMessage());
    }
}
