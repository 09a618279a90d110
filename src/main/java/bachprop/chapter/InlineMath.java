package bachprop.chapter;

import org.commonmark.node.CustomNode;

/** A {@code $…$} span inside prose; the TeX arrives exactly as written. */
public final class InlineMath extends CustomNode {
    private final String tex;
    private final boolean closed;

    public InlineMath(String tex, boolean closed) {
        this.tex = tex;
        this.closed = closed;
    }

    public String tex() {
        return tex;
    }

    /** False when no closing {@code $} was found in the paragraph (a parse error). */
    public boolean closed() {
        return closed;
    }

    @Override
    protected String toStringAttributes() {
        return "tex=" + tex;
    }
}
