package bachprop.grade.ui;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * An exercise's markdown (its {@code .docs/instructions.md}) as a list of blocks, each a list of
 * styled runs, read with commonmark; {@link InstructionsView} turns them into JavaFX nodes.
 */
final class MarkdownBlocks {
    /** A piece of text in one style. */
    record Run(String text, boolean code, boolean bold, boolean italic) {}

    /** A heading (level 1–6), a paragraph (level 0, with its list bullet if any) or a code block (level -1). */
    record Block(int level, String bullet, List<Run> runs) {
        String text() {
            StringBuilder s = new StringBuilder(bullet);
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownBlocks() {}

    static List<Block> of(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (Node b = PARSER.parse(markdown).getFirstChild(); b != null; b = b.getNext()) {
            block(b, blocks, "");
        }
        return blocks;
    }

    private static void block(Node b, List<Block> blocks, String bullet) {
        if (b instanceof Heading h) {
            blocks.add(new Block(h.getLevel(), "", runs(h, true)));
        } else if (b instanceof IndentedCodeBlock c) {
            blocks.add(code(c.getLiteral()));
        } else if (b instanceof FencedCodeBlock c) {
            blocks.add(code(c.getLiteral()));
        } else if (b instanceof BulletList || b instanceof OrderedList) {
            int n = b instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (Node item = b.getFirstChild(); item != null; item = item.getNext()) {
                String mark = b instanceof OrderedList ? "  " + (n++) + ". " : "  • ";
                boolean first = true;
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    block(c, blocks, first ? mark : "     ");
                    first = false;
                }
            }
        } else if (!(b instanceof ListItem)) {
            blocks.add(new Block(0, bullet, runs(b, false)));
        }
    }

    private static Block code(String literal) {
        return new Block(-1, "", List.of(new Run(literal.stripTrailing(), true, false, false)));
    }

    private static List<Run> runs(Node parent, boolean heading) {
        List<Run> runs = new ArrayList<>();
        parent.accept(new AbstractVisitor() {
            boolean italic;
            boolean bold = heading;

            @Override
            public void visit(Text text) {
                runs.add(new Run(text.getLiteral(), false, bold, italic));
            }

            @Override
            public void visit(Code code) {
                runs.add(new Run(code.getLiteral(), true, bold, italic));
            }

            @Override
            public void visit(SoftLineBreak br) {
                runs.add(new Run(" ", false, bold, italic));
            }

            @Override
            public void visit(HardLineBreak br) {
                runs.add(new Run("\n", false, bold, italic));
            }

            @Override
            public void visit(Emphasis e) {
                italic = true;
                visitChildren(e);
                italic = false;
            }

            @Override
            public void visit(StrongEmphasis e) {
                bold = true;
                visitChildren(e);
                bold = heading;
            }
        });
        return runs;
    }
}
