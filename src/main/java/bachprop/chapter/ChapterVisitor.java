package bachprop.chapter;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;

/**
 * A commonmark visitor that also knows the chapter's own nodes. Like {@link AbstractVisitor}, every
 * method visits the node's children unless overridden; table nodes (also custom nodes) fall
 * through to {@link #visitOtherBlock} and {@link #visitOtherNode}.
 */
public abstract class ChapterVisitor extends AbstractVisitor {

    public void visit(DisplayMath math) {}

    public void visit(InlineMath math) {}

    public void visit(CodeCell cell) {}

    public void visit(VisualiserBlock visualiser) {}

    /** A custom block that is not a chapter node (e.g. a table). */
    protected void visitOtherBlock(CustomBlock block) {
        visitChildren(block);
    }

    /** A custom inline node that is not a chapter node (e.g. a table cell). */
    protected void visitOtherNode(CustomNode node) {
        visitChildren(node);
    }

    @Override
    public final void visit(CustomBlock block) {
        if (block instanceof DisplayMath m) {
            visit(m);
        } else if (block instanceof CodeCell c) {
            visit(c);
        } else if (block instanceof VisualiserBlock v) {
            visit(v);
        } else {
            visitOtherBlock(block);
        }
    }

    @Override
    public final void visit(CustomNode node) {
        if (node instanceof InlineMath m) {
            visit(m);
        } else {
            visitOtherNode(node);
        }
    }
}
