package bachprop.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.ChapterException;
import bachprop.chapter.ChapterParser;
import bachprop.cli.Main;
import bachprop.util.BadInputException;
import bachprop.visualisers.BuiltinVisualisers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reader for visualiser options: a name the visualiser does not read is an error, from render and from a chapter. */
class VisualiserOptionsTest {
    static final String FRONT =
            "---\nid: 5\ntitle: The four equations\nsections: 4.1, 4.2\nexercises: bp1-output-error\n---\n";
    static final String KNOWN_DELTA_FLOW =
            "known: biases, eta, granularity, presenter, preset, pulse-ms, quiz, seed, sizes, theme, update-biases";

    @Test
    void renderWithMisspeltOptionsExits2NamingEachAndItsNearestName() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"render", "delta-flow", "--options", "granulatity=neuron,sizez=9-9", "--out", "unused.png"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertTrue(
                message.contains(
                        "unknown options 'granulatity' (did you mean granularity?), 'sizez' (did you mean sizes?)"),
                message);
        assertTrue(message.contains(KNOWN_DELTA_FLOW), message);
        assertTrue(Files.notExists(Path.of("unused.png")));
    }

    @Test
    void aChapterBlockWithAMisspeltOptionFailsAtThatLine() {
        String body = "Text\n\n```visualiser delta-flow\npreset: mazur\ngranulatity: neuron\n```\n";
        ChapterException e = assertThrows(
                ChapterException.class,
                () -> ChapterParser.strict()
                        .parse(Path.of("/tmp/book/chapters/05-backpropagation/chapter.md"), FRONT + body));
        assertEquals(11, e.line());
        assertEquals(
                "visualiser delta-flow: unknown option 'granulatity' (did you mean granularity?); " + KNOWN_DELTA_FLOW,
                e.problem());
    }

    @Test
    void readingAChapterWithAMisspeltOptionExits2(@TempDir Path dir) throws IOException {
        Path chapter = dir.resolve("chapters/05-backpropagation/chapter.md");
        Files.createDirectories(chapter.getParent());
        Files.writeString(chapter, FRONT + "```visualiser delta-flow\ngranulatity: neuron\n```\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"read", "5", "--dir", dir.resolve("chapters").toString()},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertTrue(
                message.contains(
                        "chapter.md:8: visualiser delta-flow: unknown option 'granulatity' (did you mean granularity?)"),
                message);
    }

    @Test
    void aNameFarFromEveryKnownOneGetsNoSuggestionButTheList() {
        BadInputException e = assertThrows(
                BadInputException.class,
                () -> VisualiserRegistry.type("sigmoid").check(Map.of("colour", "red")));
        assertEquals("visualiser sigmoid: unknown option 'colour'; known: biases, theme, weight", e.getMessage());
    }

    @Test
    void everyVisualiserTakesTheThemeAndDeclaresItsOptions() {
        for (VisualiserType t :
                new BuiltinVisualisers().visualisers()) { // not the registry: other tests add stand-ins to it
            assertTrue(t.accepts("theme"), t.name());
            assertTrue(t.known().contains("theme"), t.name() + " declares its options");
            assertEquals(t.known(), VisualiserRegistry.type(t.name()).known(), t.name() + " is registered");
        }
    }

    /** The product's visualisers, in the chapters' order; a catalogue missing from META-INF/services leaves this empty. */
    @Test
    void theRegistryFindsTheBuiltinVisualisersThroughTheCatalogue() {
        assertEquals(
                List.of(
                        "neuron",
                        "feedforward",
                        "sigmoid",
                        "linear-collapse",
                        "quadratic-cost",
                        "cost-surface",
                        "minibatch",
                        "algorithm",
                        "delta-flow",
                        "bptt",
                        "gradient-norms",
                        "piano-roll",
                        "cost-curve",
                        "output-bars",
                        "chorale-experiment",
                        "extender",
                        "train-live",
                        "four-voices"),
                List.copyOf(VisualiserRegistry.names()).subList(0, 18));
    }

    /** Every shipped chapter's visualiser blocks use only names their visualisers read. */
    @Test
    void everyShippedChapterPassesTheStrictParser() throws IOException {
        Path chapters = Path.of("chapters");
        try (Stream<Path> files = Files.walk(chapters)) {
            List<Path> all = files.filter(f -> f.getFileName().toString().equals("chapter.md"))
                    .toList();
            assertEquals(10, all.size());
            int blocks = 0;
            for (Path f : all) {
                blocks +=
                        ChapterParser.strict().parse(f).visualisers().size(); // throws ChapterException at a bad option
            }
            assertEquals(22, blocks, "visualiser blocks in chapters 1-10 (chapter 9 has two extender blocks)");
        }
    }
}
