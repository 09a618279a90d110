package bachprop.chapter;

import org.commonmark.node.CustomBlock;

/**
 * A {@code $$ … $$} block. The TeX arrives exactly as written; a {@code \tag{16}} in it becomes
 * the equation number ({@link #number()}) and is removed from {@link #tex()}.
 */
public final class DisplayMath extends CustomBlock {
    private String tex = "";
    private String number;
    private boolean closed;
    private int line;

    public String tex() {
        return tex;
    }

    /** The equation number from {@code \tag{…}}, or null when the equation is unnumbered. */
    public String number() {
        return number;
    }

    public boolean closed() {
        return closed;
    }

    /** 1-based line of the opening {@code $$} in the chapter file. */
    public int line() {
        return line;
    }

    void setTex(String tex) {
        this.tex = tex;
    }

    void setNumber(String number) {
        this.number = number;
    }

    void setClosed(boolean closed) {
        this.closed = closed;
    }

    void setLine(int line) {
        this.line = line;
    }

    @Override
    protected String toStringAttributes() {
        return "tex=" + tex + (number == null ? "" : ", number=" + number);
    }
}
