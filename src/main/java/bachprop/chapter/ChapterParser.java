package bachprop.chapter;

import bachprop.util.BadInputException;
import bachprop.viz.VisualiserRegistry;
import bachprop.viz.VisualiserType;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a chapter file: the front matter, then the markdown body with math, code cells and
 * visualiser blocks as nodes of their own. Every problem is a {@link ChapterException} naming the
 * file and line.
 */
public final class ChapterParser {
    /** The largest chapter file read (a chapter is tens of kB). */
    static final long MAX_FILE_BYTES = 8L << 20;

    private static final Set<String> KEYS = Set.of("id", "title", "sections", "exercises");
    private static final Pattern TAG = Pattern.compile("\\\\tag\\s*\\{([^}]*)}");
    private static final Pattern OPTION = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:\\s*(.*)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Predicate<String> knownVisualiser;

    private ChapterParser(Predicate<String> knownVisualiser) {
        this.knownVisualiser = knownVisualiser;
    }

    /** A parser for which a visualiser not in {@link VisualiserRegistry} is an error. */
    public static ChapterParser strict() {
        return new ChapterParser(VisualiserRegistry::has);
    }

    /** A parser that accepts any visualiser name (the window shows a placeholder for unknown ones). */
    public static ChapterParser lenient() {
        return new ChapterParser(name -> true);
    }

    /** A parser that knows exactly these visualisers (for tests). */
    public static ChapterParser knowing(Set<String> visualisers) {
        return new ChapterParser(visualisers::contains);
    }

    public Chapter parse(Path file) throws IOException {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ChapterException(
                        file, 1, "larger than " + (MAX_FILE_BYTES >> 20) + " MB (a chapter is tens of kB)");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ChapterException(file, 1, "not a UTF-8 text file (save it as UTF-8)");
        }
        return parse(file, text);
    }

    public Chapter parse(Path file, String text) {
        text = text.replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        int end = frontMatterEnd(file, lines);
        FrontMatter front = frontMatter(file, lines, end);
        checkFolder(file, front);
        String body = String.join("\n", Arrays.asList(lines).subList(end + 1, lines.length));
        int offset = end + 1; // file line (1-based) of body line index 0 is offset + 1
        Parser parser = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .customBlockParserFactory(new MathBlockParser.Factory())
                .customInlineContentParserFactory(new InlineMathParser.Factory())
                .build();
        Document doc = (Document) parser.parse(body);
        new Blocks(file, offset).convert(doc);
        return new Chapter(file, front, doc);
    }

    // ---- front matter ----

    private static int frontMatterEnd(Path file, String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new ChapterException(
                    file,
                    1,
                    "a chapter starts with a front matter block: a line '---', "
                            + "then id, title, sections, exercises, then '---'");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        throw new ChapterException(file, 1, "the front matter opened here is never closed with a line '---'");
    }

    private static FrontMatter frontMatter(Path file, String[] lines, int end) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 1; i < end; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = OPTION.matcher(line.strip());
            if (!m.matches()) {
                throw new ChapterException(
                        file, i + 1, "front matter lines read 'key: value', not '" + line.strip() + "'");
            }
            String key = m.group(1);
            if (!KEYS.contains(key)) {
                throw new ChapterException(
                        file, i + 1, "unknown front matter key '" + key + "' (known: id, title, sections, exercises)");
            }
            if (values.containsKey(key)) {
                throw new ChapterException(file, i + 1, "front matter key '" + key + "' given twice");
            }
            values.put(key, m.group(2).strip());
            lineOf.put(key, i + 1);
        }
        for (String required : List.of("id", "title", "sections")) {
            if (!values.containsKey(required) || values.get(required).isEmpty()) {
                throw new ChapterException(file, end + 1, "front matter lacks '" + required + ":'");
            }
        }
        int id;
        try {
            id = Integer.parseInt(values.get("id"));
        } catch (NumberFormatException e) {
            throw new ChapterException(
                    file, lineOf.get("id"), "id must be a whole number, not '" + values.get("id") + "'");
        }
        if (id < 1 || id > 99) {
            throw new ChapterException(file, lineOf.get("id"), "id must be between 1 and 99, not " + id);
        }
        return new FrontMatter(
                id,
                unquote(values.get("title")),
                list(values.get("sections")),
                list(values.getOrDefault("exercises", "")));
    }

    private static void checkFolder(Path file, FrontMatter front) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        Matcher m = Chapters.FOLDER.matcher(dir.getFileName().toString());
        if (m.matches() && Integer.parseInt(m.group(1)) != front.id()) {
            throw new ChapterException(
                    file,
                    2,
                    "id " + front.id() + " does not match the folder " + dir.getFileName() + " (expected id "
                            + Integer.parseInt(m.group(1)) + ")");
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static List<String> list(String s) {
        s = s.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(unquote(part.strip()));
            }
        }
        return out;
    }

    /** An HTML comment alone, {@code <!-- … -->}: the chapter-format's notes for authors. */
    static boolean authorsNote(String literal) {
        String s = literal.strip();
        return s.startsWith("<!--") && s.indexOf("-->") == s.length() - 3;
    }

    // ---- body: turn fenced blocks into cells and visualisers, check the math ----

    private final class Blocks extends ChapterVisitor {
        private final Path file;
        private final int offset;
        private int cellIndex;
        private int lastLine;

        Blocks(Path file, int offset) {
            this.file = file;
            this.offset = offset;
        }

        void convert(Document doc) {
            doc.accept(this);
        }

        @Override
        public void visit(HtmlBlock html) {
            if (authorsNote(html.getLiteral())) { // <!-- … -->: a note for the chapter's authors, never shown
                html.unlink();
            }
        }

        @Override
        public void visit(HtmlInline html) {
            if (authorsNote(html.getLiteral())) {
                html.unlink();
            }
        }

        private int lineOf(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans == null || spans.isEmpty()) {
                return lastLine;
            }
            lastLine = offset + spans.get(0).getLineIndex() + 1;
            return lastLine;
        }

        @Override
        public void visit(FencedCodeBlock block) {
            int line = lineOf(block);
            String info = block.getInfo() == null ? "" : block.getInfo().strip();
            String[] words = info.isEmpty() ? new String[0] : info.split("\\s+");
            if (words.length == 0) {
                return;
            }
            Node replacement;
            if (words[0].equals("jshell")) {
                replacement = new CodeCell(++cellIndex, stripFinalNewline(block.getLiteral()), line);
            } else if (words[0].equals("visualiser") || words[0].equals("visualizer")) {
                replacement = visualiser(block, words, line);
            } else {
                return;
            }
            replacement.setSourceSpans(block.getSourceSpans());
            block.insertAfter(replacement);
            block.unlink();
        }

        private VisualiserBlock visualiser(FencedCodeBlock block, String[] words, int line) {
            if (words.length != 2) {
                throw new ChapterException(file, line, "a visualiser block opens with '```visualiser NAME' (one name)");
            }
            String name = words[1];
            if (!NAME.matcher(name).matches()) {
                throw new ChapterException(
                        file, line, "visualiser names are lower-case words joined by '-', not '" + name + "'");
            }
            if (!knownVisualiser.test(name)) {
                String known = String.join(", ", VisualiserRegistry.names());
                throw new ChapterException(
                        file,
                        line,
                        "unknown visualiser '" + name + "' (known: " + (known.isEmpty() ? "none in this build" : known)
                                + ")");
            }
            Map<String, String> options = new LinkedHashMap<>();
            Map<String, Integer> optionLine = new LinkedHashMap<>();
            String[] optionLines = block.getLiteral().split("\n", -1);
            for (int i = 0; i < optionLines.length; i++) {
                String opt = optionLines[i].strip();
                if (opt.isEmpty() || opt.startsWith("#")) {
                    continue;
                }
                Matcher m = OPTION.matcher(opt);
                if (!m.matches()) {
                    throw new ChapterException(
                            file, line + 1 + i, "visualiser options read 'key: value', not '" + opt + "'");
                }
                if (options.put(m.group(1), m.group(2).strip()) != null) {
                    throw new ChapterException(
                            file, line + 1 + i, "visualiser option '" + m.group(1) + "' given twice");
                }
                optionLine.put(m.group(1), line + 1 + i);
            }
            checkOptions(name, options, optionLine);
            return new VisualiserBlock(name, options, line);
        }

        /** Options a built visualiser does not read are an error at the first such line (a visualiser not built is not checked). */
        private void checkOptions(String name, Map<String, String> options, Map<String, Integer> optionLine) {
            if (!VisualiserRegistry.has(name)) {
                return;
            }
            VisualiserType type = VisualiserRegistry.type(name);
            try {
                type.check(options);
            } catch (BadInputException e) {
                int at = optionLine.keySet().stream()
                        .filter(k -> !type.accepts(k))
                        .findFirst()
                        .map(optionLine::get)
                        .orElseThrow();
                throw new ChapterException(file, at, e.getMessage());
            }
        }

        @Override
        public void visit(DisplayMath math) {
            int line = lineOf(math);
            math.setLine(line);
            if (!math.closed()) {
                throw new ChapterException(
                        file, line, "unbalanced math: the display math opened here with $$ is never closed");
            }
            String tex = math.tex();
            Matcher tag = TAG.matcher(tex);
            if (tag.find()) {
                math.setNumber(tag.group(1).strip());
                tex = (tex.substring(0, tag.start()) + tex.substring(tag.end())).strip();
                math.setTex(tex);
            }
            if (tex.isEmpty()) {
                throw new ChapterException(file, line, "empty display math");
            }
            String problem = TexCheck.problem(tex);
            if (problem != null) {
                throw new ChapterException(file, line, problem);
            }
        }

        @Override
        public void visit(InlineMath math) {
            int line = lineOf(math);
            if (!math.closed()) {
                throw new ChapterException(
                        file,
                        line,
                        "unbalanced math: a '$' opens math that is never closed in its paragraph "
                                + "(write \\$ for a dollar sign)");
            }
            String problem = TexCheck.problem(math.tex());
            if (problem != null) {
                throw new ChapterException(file, line, problem);
            }
        }

        @Override
        protected void visitChildren(Node parent) {
            Node node = parent.getFirstChild();
            while (node != null) {
                Node next = node.getNext(); // the node may be replaced while visited
                lineOf(node);
                node.accept(this);
                node = next;
            }
        }
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
