package bachprop.chapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a chapter's prose states, and whether a cell prints them. A <b>figure</b> is a number
 * with a decimal point (0.2984), a percentage (52.6%) or a number with thousands separators
 * (3,794), outside code fences and inline code; section numbers ("section 6.4") are references, not
 * figures. Small whole numbers (counts, equation and chapter numbers) are not figures here. Every
 * figure must be given in a cell's source, printed by a cell (checked by {@code bachprop read
 * --check}, which runs the cells), or listed in {@code chapters/figures.tsv} with how it is checked
 * ({@link FigureTable}).
 */
public final class Figures {
    private Figures() {}

    /** One figure: where it stands and how it is written. */
    public record Figure(int chapter, int line, String text) {
        /** The number as written, without % or thousands separators. */
        public String plain() {
            return text.replace("%", "").replace(",", "").strip();
        }

        /** Decimals written (0.2984: 4); the figure stands for anything that rounds to it. */
        int decimals() {
            int dot = plain().indexOf('.');
            return dot < 0 ? 0 : plain().length() - dot - 1;
        }

        boolean percent() {
            return text.endsWith("%");
        }

        @Override
        public String toString() {
            return "chapter " + chapter + ", line " + line + ": " + text;
        }
    }

    private static final Pattern FIGURE =
            Pattern.compile("(?<![\\w.,−\\-/^_{])(\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+|\\d+(?:\\.\\d+)?\\s?%)(?![\\w^])");
    private static final Pattern SECTION =
            Pattern.compile("(?i)(sections?|§)\\s*((\\d+\\.\\d+)(,\\s*|\\s+and\\s+|\\s*[–-]\\s*)?)+$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    /** The figures of the chapter file's prose, in order. */
    public static List<Figure> of(Path file, int chapter) throws IOException {
        return of(Files.readString(file), chapter);
    }

    public static List<Figure> of(String markdown, int chapter) {
        List<Figure> found = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        int start = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            start = 1;
            while (start < lines.length && !lines[start].strip().equals("---")) {
                start++;
            }
            start++;
        }
        boolean fenced = false;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String prose = line.replaceAll("`[^`]*`", " ").replaceAll("\\]\\([^)]*\\)", "]");
            Matcher m = FIGURE.matcher(prose);
            while (m.find()) {
                if (!SECTION.matcher(prose.substring(0, m.start())).find()
                        && !SECTION.matcher(prose.substring(0, m.end())).find()) {
                    found.add(new Figure(chapter, i + 1, m.group(1)));
                }
            }
        }
        return found;
    }

    /** True if a cell's source writes the figure (an input the prose repeats, like x = (0.05, 0.10)). */
    public static boolean given(Figure f, List<CodeCell> cells) {
        for (CodeCell c : cells) {
            if (c.source().contains(f.plain())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code output} prints a number that rounds to the figure at the decimals it is written
     * with (a percentage may also be printed as a fraction: 52.6% as 0.526…).
     */
    public static boolean printed(Figure f, String output) {
        double x = Double.parseDouble(f.plain());
        double tolerance = 0.5 * Math.pow(10, -f.decimals()) + 1e-12;
        Matcher m = NUMBER.matcher(output.replaceAll("(\\d),(\\d{3})", "$1$2"));
        while (m.find()) {
            double v;
            try {
                v = Double.parseDouble(m.group());
            } catch (NumberFormatException e) {
                continue;
            }
            if (Math.abs(Math.abs(v) - x) <= tolerance || f.percent() && Math.abs(100 * v - x) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    /** "3 figures: chapter 8, line 312: 1.86; …" for a failure message. */
    public static String describe(List<Figure> figures) {
        StringBuilder sb = new StringBuilder(
                String.format(Locale.ROOT, "%d figure%s", figures.size(), figures.size() == 1 ? "" : "s"));
        for (Figure f : figures) {
            sb.append("\n  ").append(f);
        }
        return sb.toString();
    }
}
