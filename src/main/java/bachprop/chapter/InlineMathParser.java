package bachprop.chapter;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code $…$} inside prose into {@link InlineMath} with its TeX untouched. As in Pandoc, a
 * {@code $} followed by a space is a plain dollar sign; {@code \$} is always one. A {@code $} that
 * opens math but is never closed in its paragraph yields an unclosed node, reported by the parser.
 */
final class InlineMathParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next(); // the opening $
        boolean display = scanner.next('$');
        char first = scanner.peek();
        if (first == Scanner.END || Character.isWhitespace(first)) {
            return ParsedInline.none();
        }
        Position contentStart = scanner.position();
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                if (scanner.hasNext()) {
                    scanner.next();
                }
                continue;
            }
            if (c == '$') {
                Position contentEnd = scanner.position();
                scanner.next();
                if (display && !scanner.next('$')) {
                    continue;
                }
                String tex = scanner.getSource(contentStart, contentEnd).getContent();
                return ParsedInline.of(new InlineMath(tex, true), scanner.position());
            }
            scanner.next();
        }
        String tex = scanner.getSource(contentStart, scanner.position()).getContent();
        return ParsedInline.of(new InlineMath(tex, false), scanner.position());
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new InlineMathParser();
        }
    }
}
