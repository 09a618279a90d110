package bachprop.chapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.cli.Main;
import bachprop.music.data.RealData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bachprop read N --check} over every chapter in {@code chapters/}: every cell of every
 * chapter runs, in order, in one session per chapter; a failure names the chapter and the cell.
 */
class ChaptersCheckTest {

    static String[] check(Path dir, String id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(
                new String[] {"read", id, "--check", "--quiet", "--dir", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {
            Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
        };
    }

    @Test
    void thereAreChapters() throws Exception {
        assertFalse(Chapters.files(Chapters.dir()).isEmpty(), "no chapters under " + Chapters.dir());
    }

    /**
     * One test per chapter. The chapters are checked two at a time (each in its own JShell JVM, so
     * they cannot disturb one another): most of a check is waiting for a JVM to start.
     */
    @TestFactory
    Stream<DynamicTest> everyCellOfEveryChapterRuns() throws Exception {
        List<Path> files = Chapters.files(Chapters.dir());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String[]>> results = new ArrayList<>();
        List<Boolean> needsCorpus = new ArrayList<>(); // a chapter whose cells load the real JSB chorales
        for (Path file : files) {
            String id = Integer.toString(Chapters.number(file));
            needsCorpus.add(Files.readString(file).contains("Corpora.load(\"jsb\")"));
            boolean skip = needsCorpus.get(needsCorpus.size() - 1) && !RealData.hasJsb();
            results.add(skip ? null : pool.submit(() -> check(file.getParent().getParent(), id)));
        }
        pool.shutdown();
        return IntStream.range(0, files.size())
                .mapToObj(i -> DynamicTest.dynamicTest(
                        files.get(i).getParent().getFileName().toString(), () -> {
                            if (needsCorpus.get(i)) {
                                RealData.assumeJsb(); // the real corpus, or a visible skip
                            }
                            String[] r = results.get(i).get(10, TimeUnit.MINUTES);
                            assertEquals("0", r[0], r[2].strip());
                            assertTrue(r[1].contains("cells ran"), r[1]);
                        }));
    }

    @Test
    void aFailingCellIsNamedWithItsChapter(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("03-broken");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("chapter.md"),
                "---\nid: 3\ntitle: Broken\nsections: 2.4\n---\n"
                        + "```jshell\nint a = 1;\n```\n\n```jshell\nint b = a / 0;\n```\n\n```jshell\nb\n```\n");
        String[] r = check(tmp, "3");
        assertEquals("1", r[0]);
        assertTrue(
                r[2].contains("chapter 3") && r[2].contains("cell 2 (line 10) failed: java.lang.ArithmeticException"),
                r[2]);
    }
}
