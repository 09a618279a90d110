package bachprop.chapter;

import bachprop.chapter.Figures.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code chapters/figures.tsv}: for every figure of a chapter's prose that no cell's source gives,
 * how it is checked — one line {@code chapter<TAB>figure<TAB>how}, where how is
 * <ul>
 *   <li>{@code cell N}: cell N of the chapter prints it ({@code bachprop read N --check} runs the
 *       cells and fails if it does not);
 *   <li>{@code test PATH}: the test file PATH asserts it (it must contain the figure);
 *   <li>{@code quote WHO}: a figure quoted from the text or another source, not a measurement here;
 *   <li>{@code pending HOW}: a measurement not yet checked by a cell or a test (HOW says how it was
 *       measured); a known gap, counted by {@code ChapterFiguresTest}.
 * </ul>
 * Lines starting with # are comments.
 */
public final class FigureTable {
    /** One line of the table. */
    public record Row(int chapter, String figure, String kind, String detail, int line) {
        /** The cell that prints the figure, for a {@code cell N} row; else -1. */
        public int cell() {
            return kind.equals("cell") ? Integer.parseInt(detail.strip()) : -1;
        }

        @Override
        public String toString() {
            return "figures.tsv line " + line + ": chapter " + chapter + ", " + figure + ", " + kind + " " + detail;
        }
    }

    public static final List<String> KINDS = List.of("cell", "test", "quote", "pending");

    /**
     * What a chapter's cell prints when the chorale data is not on this machine: its figures cannot
     * be checked here (they are not wrong), so a {@code cell N} row of such a cell is passed over.
     */
    public static final String NO_DATA = "no JSB data here";

    private final List<Row> rows;

    private FigureTable(List<Row> rows) {
        this.rows = rows;
    }

    /** The table beside the chapters' folders ({@code chapters/figures.tsv}); empty if there is none. */
    public static FigureTable beside(Path chapterFile) throws IOException {
        Path table = chapterFile.toAbsolutePath().getParent().resolveSibling("figures.tsv");
        return Files.exists(table) ? parse(Files.readString(table)) : new FigureTable(List.of());
    }

    public static FigureTable parse(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] p = l.split("\t", 3);
            String[] how = p.length < 3 ? new String[0] : p[2].strip().split(" ", 2);
            if (how.length < 2 || !KINDS.contains(how[0]) || !p[0].strip().matches("\\d+")) {
                throw new IllegalArgumentException("figures.tsv line " + (i + 1)
                        + ": want chapter<TAB>figure<TAB>(cell N|test PATH|quote WHO|pending HOW), not '" + l + "'");
            }
            rows.add(new Row(Integer.parseInt(p[0].strip()), p[1].strip(), how[0], how[1].strip(), i + 1));
        }
        return new FigureTable(rows);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The row for this figure of this chapter, or null. */
    public Row row(Figure f) {
        for (Row r : rows) {
            if (r.chapter() == f.chapter() && r.figure().equals(f.text())) {
                return r;
            }
        }
        return null;
    }

    /**
     * After a chapter's cells ran ({@code outputs}: each cell's printed text by its index): the
     * figures of its prose that no cell gives, no listed cell prints and the table does not list
     * as checked elsewhere.
     */
    public List<Figure> unchecked(Chapter chapter, Map<Integer, String> outputs) throws IOException {
        List<Figure> bad = new ArrayList<>();
        for (Figure f : Figures.of(chapter.file(), chapter.id())) {
            if (Figures.given(f, chapter.cells())) {
                continue;
            }
            Row r = row(f);
            if (r == null) {
                bad.add(f);
            } else if (r.kind().equals("cell")) {
                String printed = new TreeMap<>(outputs).getOrDefault(r.cell(), "");
                if (!printed.contains(NO_DATA) && !Figures.printed(f, printed)) {
                    bad.add(f);
                }
            }
        }
        return bad;
    }
}
