package bachprop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the source tree that the compiler and the formatter do not check. */
class SourceRulesTest {
    /** The longest a source file may be: past this a file has more than one job. */
    static final int MAX_LINES = 400;

    private static final Pattern IMPORT = Pattern.compile("import\\s+([\\w.]+)\\.(\\w+);\\s*");
    private static final Pattern QUALIFIED =
            Pattern.compile("\\b(?:java|javax|javafx|bachprop|org|com|jdk)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    @Test
    void noSourceFileIsLongerThanFourHundredLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : javaFiles()) {
            long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
            if (lines > MAX_LINES) {
                tooLong.add(file + " (" + lines + " lines)");
            }
        }
        assertEquals(List.of(), tooLong);
    }

    /**
     * Imports name the classes a file uses; code names them by their simple names. The one
     * exception is Java's own: a second class of the same simple name as an imported one (JavaFX's
     * and commonmark's {@code Node}, JavaFX's and AWT's {@code Color}) is written in full.
     */
    @Test
    void codeUsesImportsNotInlineQualifiedNames() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Set<String> imported = new HashSet<>();
            for (String line : lines) {
                Matcher m = IMPORT.matcher(line);
                if (m.matches()) {
                    imported.add(m.group(2));
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = QUALIFIED.matcher(codeOf(lines.get(i)));
                while (m.find()) {
                    String simple = m.group().substring(m.group().lastIndexOf('.') + 1);
                    if (!imported.contains(simple)) {
                        inline.add(file + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), inline);
    }

    /** Code, tests and docs cite files of this repository only. */
    @Test
    void nothingCitesTheDesignNotesOutsideTheRepository() throws IOException {
        List<String> citing = new ArrayList<>();
        List<Path> files = new ArrayList<>(javaFiles());
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(Files::isRegularFile).forEach(files::add);
        }
        files.add(Path.of("pom.xml"));
        files.add(Path.of("README.md"));
        for (Path file : files) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains("design" + ".md")) {
                citing.add(file.toString());
            }
        }
        assertEquals(List.of(), citing);
    }

    /** A line without its comment and string literals; import and package lines count as none. */
    static String codeOf(String line) {
        String t = line.strip();
        if (t.startsWith("import ")
                || t.startsWith("package ")
                || t.startsWith("*")
                || t.startsWith("/*")
                || t.startsWith("//")) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            } else {
                code.append(c);
            }
        }
        return code.toString();
    }

    private static List<Path> javaFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }
}
