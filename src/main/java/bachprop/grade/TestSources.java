package bachprop.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a test is written: from a JUnit unique id ({@code [class:OutputErrorTest]/[method:name()]})
 * to its file among an exercise's test sources, the line of its method, and the method's source
 * (annotations to closing brace, indentation removed), as the reports' {@code test_code} shows it.
 */
final class TestSources {
    /** A test's place: file as the grader names it (e.g. src/test/java/X.java), line (1-based), code. */
    record Place(String className, String file, int line, String code) {
        static final Place UNKNOWN = new Place("", "", 0, "");
    }

    private static final Pattern CLASS = Pattern.compile("\\[class:([^\\]]+)\\]");
    private static final Pattern METHOD = Pattern.compile("\\[(?:method|test-template|test-factory):([^(\\]]+)");

    private final Map<String, Path> sources;
    private final Map<String, List<String>> read = new HashMap<>();

    /** {@code sources}: relative path → file, as {@link Grader#sources} lists them. */
    TestSources(Map<String, Path> sources) {
        this.sources = sources;
    }

    /** The test class of a unique id ("pkg.Name"), or "" when it names none. */
    static String className(String uniqueId) {
        Matcher m = CLASS.matcher(uniqueId);
        return m.find() ? m.group(1) : "";
    }

    Place place(String uniqueId) {
        String cls = className(uniqueId);
        Matcher m = METHOD.matcher(uniqueId);
        if (cls.isEmpty()) {
            return Place.UNKNOWN;
        }
        String tail = "/" + cls.replace('.', '/') + ".java";
        for (Map.Entry<String, Path> e : sources.entrySet()) {
            if (("/" + e.getKey()).endsWith(tail)) {
                List<String> lines = lines(e.getKey(), e.getValue());
                return m.find() ? method(cls, e.getKey(), lines, m.group(1)) : new Place(cls, e.getKey(), 0, "");
            }
        }
        return new Place(cls, "", 0, "");
    }

    private List<String> lines(String key, Path file) {
        return read.computeIfAbsent(key, k -> {
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return List.of();
            }
        });
    }

    /** The method's declaration line and its source, from its first annotation to its closing brace. */
    static Place method(String cls, String file, List<String> lines, String name) {
        Pattern decl = Pattern.compile("\\bvoid\\s+" + Pattern.quote(name) + "\\s*\\(");
        for (int i = 0; i < lines.size(); i++) {
            if (!decl.matcher(lines.get(i)).find()) {
                continue;
            }
            int first = i;
            while (first > 0 && lines.get(first - 1).strip().startsWith("@")) {
                first--;
            }
            int last = closingBrace(lines, i);
            return new Place(cls, file, i + 1, dedent(lines.subList(first, last + 1)));
        }
        return new Place(cls, file, 0, "");
    }

    /** The line of the brace that closes the block opened at or after line {@code from}. */
    static int closingBrace(List<String> lines, int from) {
        int depth = 0;
        boolean opened = false;
        boolean blockComment = false;
        for (int i = from; i < lines.size(); i++) {
            String s = lines.get(i);
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (blockComment) {
                    if (c == '*' && k + 1 < s.length() && s.charAt(k + 1) == '/') {
                        blockComment = false;
                        k++;
                    }
                } else if (c == '/' && k + 1 < s.length() && s.charAt(k + 1) == '/') {
                    break;
                } else if (c == '/' && k + 1 < s.length() && s.charAt(k + 1) == '*') {
                    blockComment = true;
                    k++;
                } else if (c == '"' || c == '\'') {
                    k = endOfLiteral(s, k, c);
                } else if (c == '{') {
                    depth++;
                    opened = true;
                } else if (c == '}' && --depth == 0 && opened) {
                    return i;
                }
            }
        }
        return lines.size() - 1;
    }

    private static int endOfLiteral(String s, int start, char quote) {
        for (int k = start + 1; k < s.length(); k++) {
            if (s.charAt(k) == '\\') {
                k++;
            } else if (s.charAt(k) == quote) {
                return k;
            }
        }
        return s.length();
    }

    static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String l : lines) {
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l.isBlank() ? "" : l.substring(Math.min(indent, l.length())))
                    .append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
