package bachprop.chapter;

import org.commonmark.node.CustomBlock;

/**
 * A fenced {@code jshell} block: a code cell. Cells are numbered 1, 2, … in the order they appear;
 * the cells of one chapter run in that order in one JShell session.
 */
public final class CodeCell extends CustomBlock {
    private final int index;
    private final String source;
    private final int line;

    public CodeCell(int index, String source, int line) {
        this.index = index;
        this.source = source;
        this.line = line;
    }

    /** 1-based position among the chapter's cells. */
    public int index() {
        return index;
    }

    /** The code as the chapter gives it (never the student's edit). */
    public String source() {
        return source;
    }

    /** 1-based line of the opening fence in the chapter file. */
    public int line() {
        return line;
    }

    /** How errors and the terminal name this cell: {@code cell 3 (line 57)}. */
    public String label() {
        return "cell " + index + " (line " + line + ")";
    }

    @Override
    protected String toStringAttributes() {
        return "index=" + index + ", line=" + line;
    }
}
