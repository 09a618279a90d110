package bachprop.chorale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.Chapter;
import bachprop.chapter.ChapterParser;
import bachprop.chapter.CodeCell;
import bachprop.jshell.CellEvaluator;
import bachprop.jshell.CellResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChapterSevenTest {
    static final Path FILE = Path.of("chapters/07-chorales/chapter.md");

    @Test
    void everyCellOfChapterSevenRunsAndItsVisualisersAreKnown() throws Exception {
        Chapter chapter = ChapterParser.strict().parse(FILE);
        assertEquals(4, chapter.visualisers().size(), "piano-roll twice, cost-curve, output-bars");
        try (CellEvaluator eval = new CellEvaluator(CellEvaluator.projectClasspath(), Duration.ofSeconds(60))) {
            for (CodeCell cell : chapter.cells()) {
                CellResult r = eval.evaluate(cell.label(), cell.source());
                assertTrue(r.ok(), "chapter 7, " + cell.label() + " (line " + cell.line() + "): " + r.describe());
                System.out.println("--- " + cell.label() + "\n" + r.describe());
            }
        }
    }
}
