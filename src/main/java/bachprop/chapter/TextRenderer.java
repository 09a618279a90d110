package bachprop.chapter;

import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * A chapter as plain text for the terminal ({@code bachprop read}): math stays TeX between dollar
 * signs, each code cell is followed by whatever {@code cellOutput} returns for it.
 */
public final class TextRenderer extends ChapterVisitor {
    private static final int WIDTH = 96;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final Function<CodeCell, String> cellOutput;
    private String prefix = "";
    private int orderedNumber = -1;

    private TextRenderer(Function<CodeCell, String> cellOutput) {
        this.cellOutput = cellOutput;
    }

    /** Renders the chapter; {@code cellOutput} is asked once per cell, in order. */
    public static String render(Chapter chapter, Function<CodeCell, String> cellOutput) {
        TextRenderer r = new TextRenderer(cellOutput);
        FrontMatter f = chapter.front();
        r.out.append("Chapter ").append(f.id()).append(": ").append(f.title()).append('\n');
        r.out.append("Source sections: ").append(String.join(", ", f.sections()));
        if (!f.exercises().isEmpty()) {
            r.out.append(" · Exercises: ").append(String.join(", ", f.exercises()));
        }
        r.out.append("\n\n");
        chapter.document().accept(r);
        return r.out.toString().replaceAll("\n{3,}", "\n\n");
    }

    /** The text of an inline subtree with math as {@code $TeX$}. */
    public static String plain(Node node) {
        TextRenderer r = new TextRenderer(c -> "");
        r.visitChildren(node);
        return r.inline.toString().strip();
    }

    private void block(String text) {
        for (String line : text.split("\n", -1)) {
            out.append(prefix).append(line).append('\n');
        }
        out.append(prefix.isBlank() ? "\n" : prefix.stripTrailing() + "\n");
    }

    private String takeInline() {
        String s = inline.toString().strip();
        inline.setLength(0);
        return s;
    }

    private String wrap(String text, int width) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (col > 0 && col + 1 + word.length() > width) {
                sb.append('\n');
                col = 0;
            } else if (col > 0) {
                sb.append(' ');
                col++;
            }
            sb.append(word);
            col += word.length();
        }
        return sb.toString();
    }

    @Override
    public void visit(Heading heading) {
        visitChildren(heading);
        String title = takeInline();
        String mark = heading.getLevel() == 1 ? "=" : "-";
        block(title + "\n" + mark.repeat(Math.min(WIDTH, title.length())));
    }

    @Override
    public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        String text = takeInline();
        if (paragraph.getParent() instanceof ListItem) {
            out.append(wrap(text, WIDTH - prefix.length()).replace("\n", "\n" + prefix + "   "))
                    .append('\n');
            return;
        }
        block(wrap(text, WIDTH - prefix.length()));
    }

    @Override
    public void visit(Text text) {
        inline.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        inline.append('`').append(code.getLiteral()).append('`');
    }

    @Override
    public void visit(Emphasis emphasis) {
        inline.append('_');
        visitChildren(emphasis);
        inline.append('_');
    }

    @Override
    public void visit(StrongEmphasis strong) {
        inline.append("**");
        visitChildren(strong);
        inline.append("**");
    }

    @Override
    public void visit(Link link) {
        visitChildren(link);
        inline.append(" <").append(link.getDestination()).append('>');
    }

    @Override
    public void visit(SoftLineBreak b) {
        inline.append(' ');
    }

    @Override
    public void visit(HardLineBreak b) {
        inline.append('\n');
    }

    @Override
    public void visit(InlineMath math) {
        inline.append('$').append(math.tex()).append('$');
    }

    @Override
    public void visit(DisplayMath math) {
        String tag = math.number() == null ? "" : "        (" + math.number() + ")";
        block("    $$ " + math.tex().replace("\n", "\n       ") + " $$" + tag);
    }

    @Override
    public void visit(BlockQuote quote) {
        String saved = prefix;
        prefix = prefix + "│ ";
        visitChildren(quote);
        prefix = saved;
        out.append('\n');
    }

    @Override
    public void visit(BulletList list) {
        int saved = orderedNumber;
        orderedNumber = -1;
        visitChildren(list);
        orderedNumber = saved;
        out.append('\n');
    }

    @Override
    public void visit(OrderedList list) {
        int saved = orderedNumber;
        orderedNumber = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
        visitChildren(list);
        orderedNumber = saved;
        out.append('\n');
    }

    @Override
    public void visit(ListItem item) {
        out.append(prefix).append(orderedNumber >= 0 ? (orderedNumber++) + ". " : " • ");
        visitChildren(item);
    }

    @Override
    public void visit(FencedCodeBlock code) {
        block(indent(code.getLiteral().stripTrailing()));
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        block(indent(code.getLiteral().stripTrailing()));
    }

    @Override
    public void visit(ThematicBreak b) {
        block("-".repeat(40));
    }

    @Override
    public void visit(CodeCell cell) {
        out.append(prefix).append("[").append(cell.label()).append("]\n");
        block(indent(cell.source()));
        String result = cellOutput.apply(cell);
        if (result != null && !result.isEmpty()) {
            block(result.stripTrailing());
        }
    }

    @Override
    public void visit(VisualiserBlock v) {
        StringBuilder sb = new StringBuilder("[visualiser " + v.name());
        v.options().forEach((k, val) -> sb.append("; ").append(k).append(": ").append(val));
        block(sb.append("] (open the window to see it: bachprop)").toString());
    }

    @Override
    protected void visitOtherBlock(CustomBlock block) {
        if (block instanceof TableBlock) {
            StringBuilder sb = new StringBuilder();
            table(block, sb);
            block(sb.toString().stripTrailing());
        } else {
            visitChildren(block);
        }
    }

    private void table(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableRow) {
                StringBuilder row = new StringBuilder("|");
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    row.append(' ').append(plain(c)).append(" |");
                }
                sb.append(row).append('\n');
                if (n.getParent() instanceof TableHead) {
                    sb.append(row.toString().replaceAll("[^|]", "-")).append('\n');
                }
            } else {
                table(n, sb);
            }
        }
    }

    @Override
    protected void visitOtherNode(CustomNode node) {
        if (!(node instanceof TableCell)) {
            visitChildren(node);
        }
    }

    private static String indent(String code) {
        return "    " + code.replace("\n", "\n    ");
    }
}
