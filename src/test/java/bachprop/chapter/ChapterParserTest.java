package bachprop.chapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChapterParserTest {
    static final Path FILE = Path.of("/tmp/book/chapters/05-backpropagation/chapter.md");
    static final String FRONT =
            "---\nid: 5\ntitle: The four equations\nsections: 4.1, 4.2\nexercises: bp1-output-error\n---\n";
    static final ChapterParser PARSER = ChapterParser.knowing(Set.of("delta-flow"));

    static Chapter parse(String body) {
        return PARSER.parse(FILE, FRONT + body);
    }

    static List<InlineMath> inlineMath(Chapter c) {
        List<InlineMath> out = new ArrayList<>();
        c.document().accept(new ChapterVisitor() {
            @Override
            public void visit(InlineMath m) {
                out.add(m);
            }
        });
        return out;
    }

    @Test
    void frontMatterGivesIdTitleSectionsAndExercises() {
        Chapter c = parse("# Hi\n");
        assertEquals(
                new FrontMatter(5, "The four equations", List.of("4.1", "4.2"), List.of("bp1-output-error")),
                c.front());
        assertEquals("05-backpropagation", c.slug());
    }

    @Test
    void htmlCommentsAreNotesForAuthorsAndLeaveNothingToShowButOtherHtmlStays() {
        Chapter c = parse("A sentence. <!-- check: stm -->\n\n<!-- folds table: issue 15 -->\n\n<div>kept</div>\n");
        List<String> html = new ArrayList<>();
        c.document().accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock b) {
                html.add(b.getLiteral().strip());
            }

            @Override
            public void visit(HtmlInline i) {
                html.add(i.getLiteral());
            }
        });
        assertEquals(List.of("<div>kept</div>"), html, "both comments are gone; other HTML is kept as it was");
        assertTrue(ChapterParser.authorsNote("<!-- a -->") && !ChapterParser.authorsNote("<!-- a --> <b>x</b>"));
    }

    @Test
    void texArrivesIntactDespiteMarkdownSpecialCharacters() {
        Chapter c = parse("Error $\\delta^l_j = a_1 * b_2 \\, \\{x\\}$ and $w^{l+1}_{k,j}$.\n\n"
                + "$$\n\\delta^L_j = (a^L_j - y_j)\\,\\sigma'(z^L_j) \\tag{16}\n$$\n");
        List<InlineMath> inline = inlineMath(c);
        assertEquals("\\delta^l_j = a_1 * b_2 \\, \\{x\\}", inline.get(0).tex());
        assertEquals("w^{l+1}_{k,j}", inline.get(1).tex());
        DisplayMath d = c.equations().get(0);
        assertEquals("\\delta^L_j = (a^L_j - y_j)\\,\\sigma'(z^L_j)", d.tex());
        assertEquals("16", d.number());
        assertEquals(9, d.line(), "the opening $$ is on file line 9");
    }

    @Test
    void oneLineDisplayMathIsABlockAndUnnumberedWithoutTag() {
        DisplayMath d = parse("$$ \\sigma'(x) = \\sigma(x)(1 - \\sigma(x)) $$\n")
                .equations()
                .get(0);
        assertEquals("\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))", d.tex());
        assertNull(d.number());
    }

    @Test
    void dollarBeforeASpaceAndEscapedDollarAreText() {
        Chapter c = parse("It costs $ 5 or \\$6, not $x$.\n");
        assertEquals(1, inlineMath(c).size());
        assertTrue(TextRenderer.plain(c.document().getFirstChild()).startsWith("It costs $ 5 or $6, not $x$"));
    }

    @Test
    void cellsAreNumberedInOrderWithTheirSourceAndLine() {
        Chapter c =
                parse("Text\n\n```jshell\nint a = 1;\na\n```\n\n```java\nnot a cell\n```\n\n```jshell\na + 1\n```\n");
        assertEquals(2, c.cells().size());
        assertEquals(1, c.cells().get(0).index());
        assertEquals("int a = 1;\na", c.cells().get(0).source());
        assertEquals(9, c.cells().get(0).line());
        assertEquals("a + 1", c.cells().get(1).source());
        assertEquals("cell 2 (line 18)", c.cells().get(1).label());
    }

    @Test
    void visualiserBlockCarriesNameAndOptions() {
        VisualiserBlock v = parse("```visualiser delta-flow\npreset: mazur\ngranularity: equation\n```\n")
                .visualisers()
                .get(0);
        assertEquals("delta-flow", v.name());
        assertEquals("mazur", v.options().get("preset"));
        assertEquals("equation", v.options().get("granularity"));
        assertEquals(7, v.line());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("no front matter", "# Title\n", 1, "starts with a front matter block"),
                Arguments.of("front matter never closed", "---\nid: 5\ntitle: x\n", 1, "never closed"),
                Arguments.of(
                        "front matter line without colon",
                        "---\nid: 5\ntitle x\nsections: 4.1\n---\n",
                        3,
                        "'key: value'"),
                Arguments.of(
                        "unknown front matter key",
                        "---\nid: 5\ntitel: x\nsections: 4.1\n---\n",
                        3,
                        "unknown front matter key 'titel'"),
                Arguments.of("id not a number", "---\nid: five\ntitle: x\nsections: 4.1\n---\n", 2, "whole number"),
                Arguments.of("missing title", "---\nid: 5\nsections: 4.1\n---\n", 4, "lacks 'title:'"),
                Arguments.of(
                        "id differs from folder",
                        "---\nid: 6\ntitle: x\nsections: 4.1\n---\n",
                        2,
                        "does not match the folder"),
                Arguments.of(
                        "unknown visualiser",
                        FRONT + "Text\n\n```visualiser delta-flwo\n```\n",
                        9,
                        "unknown visualiser 'delta-flwo'"),
                Arguments.of(
                        "visualiser option without colon",
                        FRONT + "```visualiser delta-flow\npreset mazur\n```\n",
                        8,
                        "'key: value'"),
                Arguments.of(
                        "unclosed inline math",
                        FRONT + "Para\n\nthe error $\\delta^l_j of a neuron\n",
                        9,
                        "never closed in its paragraph"),
                Arguments.of(
                        "unclosed display math", FRONT + "Para\n\n$$\n\\delta = 1\n\nmore text\n", 9, "never closed"),
                Arguments.of(
                        "unbalanced braces", FRONT + "Para\n\n$$\n\\frac{1}{2 \\tag{7}\n$$\n", 9, "'{' never closed"),
                Arguments.of("brace closing nothing", FRONT + "x $a}$ y\n", 7, "closes nothing"),
                Arguments.of("left without right", FRONT + "$$ \\left( x $$\n", 7, "\\left"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedChapterIsAnErrorNamingFileAndLine(String what, String text, int line, String says) {
        ChapterException e = assertThrows(ChapterException.class, () -> PARSER.parse(FILE, text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ": "), e.getMessage());
        assertTrue(e.problem().contains(says), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void lenientParserAcceptsUnknownVisualisersForThePlaceholder() {
        Chapter c = ChapterParser.lenient().parse(FILE, FRONT + "```visualiser not-built-yet\n```\n");
        assertEquals("not-built-yet", c.visualisers().get(0).name());
    }

    @Test
    void terminalTextShowsMathAsTexAndCellOutputAfterItsCell() {
        Chapter c = parse("# Error $\\delta$\n\n$$ x^2 \\tag{3} $$\n\n```jshell\n1 + 1\n```\n");
        String text = TextRenderer.render(c, cell -> "OUT" + cell.index());
        assertTrue(text.contains("Error $\\delta$"), text);
        assertTrue(text.contains("$$ x^2 $$        (3)"), text);
        assertTrue(text.indexOf("1 + 1") < text.indexOf("OUT1"), text);
    }
}
