package bachprop.chapter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Document;

/**
 * One parsed chapter: its front matter and its body as a commonmark tree in which math, code
 * cells and visualiser blocks are nodes of their own (see {@link ChapterVisitor}).
 */
public final class Chapter {
    private final Path file;
    private final FrontMatter front;
    private final Document document;
    private final List<CodeCell> cells = new ArrayList<>();
    private final List<VisualiserBlock> visualisers = new ArrayList<>();
    private final List<DisplayMath> equations = new ArrayList<>();

    Chapter(Path file, FrontMatter front, Document document) {
        this.file = file;
        this.front = front;
        this.document = document;
        document.accept(new ChapterVisitor() {
            @Override
            public void visit(CodeCell cell) {
                cells.add(cell);
            }

            @Override
            public void visit(VisualiserBlock v) {
                visualisers.add(v);
            }

            @Override
            public void visit(DisplayMath m) {
                equations.add(m);
            }
        });
    }

    public Path file() {
        return file;
    }

    /** The folder name, e.g. {@code 05-backpropagation}: the key of the student's workspace. */
    public String slug() {
        Path dir = file.toAbsolutePath().getParent();
        return dir == null ? file.getFileName().toString() : dir.getFileName().toString();
    }

    public FrontMatter front() {
        return front;
    }

    public int id() {
        return front.id();
    }

    public String title() {
        return front.title();
    }

    public Document document() {
        return document;
    }

    /** The code cells in order (cell i is {@code cells().get(i - 1)}). */
    public List<CodeCell> cells() {
        return List.copyOf(cells);
    }

    public List<VisualiserBlock> visualisers() {
        return List.copyOf(visualisers);
    }

    /** The display equations in order. */
    public List<DisplayMath> equations() {
        return List.copyOf(equations);
    }

    @Override
    public String toString() {
        return String.format(
                "%02d %s (%d cells, %d equations, %d visualisers)",
                id(), title(), cells.size(), equations.size(), visualisers.size());
    }
}
