package bachprop.chapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.Figures.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure a chapter's prose states is given by a cell's source, printed by a cell, or listed in
 * chapters/figures.tsv with how it is checked (see {@link FigureTable}). The cells' outputs are
 * checked by {@code bachprop read N --check}, which runs them; this test checks the rest without
 * running anything.
 */
class ChapterFiguresTest {
    /** Measurements stated in the prose that no cell or test checks yet; this number may only fall. */
    static final int PENDING_AT_MOST = 0;

    static final Path CHAPTERS = Path.of("chapters");

    @Test
    void findsDecimalsPercentagesAndThousandsButNotSectionNumbersCodeOrSmallCounts() {
        String md = """
                ---
                id: 3
                title: T
                sections: 4.1
                ---
                The cost falls from 0.2984 to 0.2805 (a 6% drop) over 3,794 notes in 32 steps.
                Section 4.1 and sections 6.1, 6.2 say so; so does `--eta 0.5`.

                ```jshell
                double eta = 0.75;
                ```
                """;
        List<String> found = Figures.of(md, 3).stream().map(Figure::text).toList();
        assertEquals(List.of("0.2984", "0.2805", "6%", "3,794"), found);
        assertEquals(6, Figures.of(md, 3).get(0).line());
    }

    @Test
    void aFigureIsPrintedWhenAPrintedNumberRoundsToItAtItsDecimals() {
        Figure cost = new Figure(5, 1, "0.2984");
        assertTrue(Figures.printed(cost, "C = 0.2983711087600027"));
        assertFalse(Figures.printed(cost, "C = 0.2980"));
        Figure share = new Figure(9, 1, "61.8%");
        assertTrue(Figures.printed(share, "pitch accuracy 61.8%"));
        assertTrue(Figures.printed(share, "\"pitchAccuracy\": 0.6183447548761202"), "as a fraction");
        assertFalse(Figures.printed(share, "pitch accuracy 56.6%"));
        assertTrue(Figures.printed(new Figure(8, 1, "3,794"), "on 3794 test notes"));
    }

    @Test
    void theCheckAfterRunningTheCellsFailsOnAFigureNoCellPrintsAndNoRowLists(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("chapters/01-x");
        Files.createDirectories(dir);
        Path file = dir.resolve("chapter.md");
        Files.writeString(file, """
                ---
                id: 1
                title: X
                sections: 1.1
                ---
                # X

                With η = 0.5 the cost falls to 0.2805, and the text says 0.31.

                ```jshell
                double eta = 0.5;
                System.out.println(0.280471447);
                ```
                """);
        Files.writeString(tmp.resolve("chapters/figures.tsv"), "1\t0.2805\tcell 1\n1\t0.31\tquote the text\n");
        Chapter chapter = ChapterParser.lenient().parse(file);
        FigureTable table = FigureTable.beside(file);
        assertEquals(List.of(), table.unchecked(chapter, Map.of(1, "0.280471447")));
        List<Figure> bad = table.unchecked(chapter, Map.of(1, "0.291027774"));
        assertEquals(List.of("0.2805"), bad.stream().map(Figure::text).toList(), "cell 1 printed something else");
        assertEquals(
                List.of(),
                table.unchecked(chapter, Map.of(1, FigureTable.NO_DATA)),
                "without the data the cell cannot print it: not checked here, not wrong");
        Files.writeString(tmp.resolve("chapters/figures.tsv"), "1\t0.2805\tcell 1\n");
        assertEquals(
                List.of("0.31"),
                FigureTable.beside(file).unchecked(chapter, Map.of(1, "0.280471447")).stream()
                        .map(Figure::text)
                        .toList(),
                "an unlisted figure that no cell prints");
    }

    @Test
    void everyFigureOfEveryChapterIsGivenByACellOrListedWithHowItIsChecked() throws Exception {
        FigureTable table = FigureTable.beside(Chapters.files(CHAPTERS).get(0));
        List<String> problems = new ArrayList<>();
        List<FigureTable.Row> used = new ArrayList<>();
        for (Path file : Chapters.files(CHAPTERS)) {
            Chapter chapter = ChapterParser.lenient().parse(file);
            for (Figure f : Figures.of(file, chapter.id())) {
                if (Figures.given(f, chapter.cells())) {
                    continue;
                }
                FigureTable.Row r = table.row(f);
                if (r == null) {
                    problems.add(f + " is neither given by a cell nor listed in chapters/figures.tsv");
                    continue;
                }
                used.add(r);
                String why = check(r, chapter);
                if (why != null) {
                    problems.add(f + ": " + why);
                }
            }
        }
        for (FigureTable.Row r : table.rows()) {
            if (!used.contains(r)) {
                problems.add(r + ": no such figure in the chapter's prose any more (a stale row)");
            }
        }
        assertEquals(List.of(), problems);
        long pending =
                table.rows().stream().filter(r -> r.kind().equals("pending")).count();
        assertTrue(pending <= PENDING_AT_MOST, pending + " pending figures; at most " + PENDING_AT_MOST);
    }

    /** Why a row does not check its figure, or null. */
    static String check(FigureTable.Row r, Chapter chapter) throws Exception {
        return switch (r.kind()) {
            case "cell" ->
                r.cell() >= 1 && r.cell() <= chapter.cells().size()
                        ? null
                        : "cell " + r.cell() + " does not exist (the chapter has "
                                + chapter.cells().size() + ")";
            case "test" -> {
                Path test = Path.of(r.detail());
                String plain = r.figure().replace("%", "").replace(",", "").strip();
                yield Files.exists(test) && Files.readString(test).contains(plain)
                        ? null
                        : r.detail() + " does not exist or does not assert " + plain;
            }
            default -> r.detail().isBlank() ? "say who is quoted or how it was measured" : null;
        };
    }
}
