package bachprop.chapter;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses a {@code $$ … $$} display-math block (one line or many) so that its TeX reaches the
 * chapter untouched: commonmark would otherwise eat backslashes and read {@code _} as emphasis.
 */
final class MathBlockParser extends AbstractBlockParser {
    private final DisplayMath block = new DisplayMath();
    private final StringBuilder tex = new StringBuilder();
    private boolean closed;

    private MathBlockParser(String firstLine, boolean closedOnFirstLine) {
        tex.append(firstLine);
        this.closed = closedOnFirstLine;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        String line = state.getLine().getContent().toString();
        String trimmed = line.stripTrailing();
        if (trimmed.endsWith("$$")) {
            appendLine(trimmed.substring(0, trimmed.length() - 2));
            closed = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        appendLine(line.getContent().toString());
    }

    private void appendLine(String s) {
        if (tex.length() > 0) {
            tex.append('\n');
        }
        tex.append(s);
    }

    @Override
    public void closeBlock() {
        block.setTex(tex.toString().strip());
        block.setClosed(closed);
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            String rest = line.subSequence(start, line.length()).toString();
            if (!rest.startsWith("$$")) {
                return BlockStart.none();
            }
            String after = rest.substring(2).stripTrailing();
            boolean oneLine = after.endsWith("$$") && after.length() >= 2;
            String first = oneLine ? after.substring(0, after.length() - 2) : after;
            return BlockStart.of(new MathBlockParser(first, oneLine)).atIndex(line.length());
        }
    }
}
