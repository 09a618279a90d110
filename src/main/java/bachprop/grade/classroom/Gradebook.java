package bachprop.grade.classroom;

import bachprop.util.AtomicFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The class's gradebook as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled): {@code student}, one column per
 * exercise (its points, as in every report format: each task's weight, shared among its tests), {@code total}, {@code hints used}, {@code wall time}
 * (seconds) and {@code error}; one row per submission, sorted by student name. A text field that
 * a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage
 * return) gets a leading {@code '}, as spreadsheets expect, so a student named
 * {@code =HYPERLINK(...)} stays text.
 */
public final class Gradebook {
    /**
     * One student's row. {@code points} maps each exercise handed in to its points (absent: not
     * handed in, shown as 0); {@code hintsUsed} is empty when the submission carries no progress
     * file; {@code error} is empty unless the submission could not be graded.
     */
    public record Row(String student, Map<String, Double> points, OptionalInt hintsUsed, double seconds, String error) {
        public double total() {
            return points.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        public boolean refused() {
            return !error.isEmpty();
        }

        @Override
        public String toString() {
            return student + ": " + (refused() ? "error: " + error : number(total()) + " points") + " ("
                    + String.format(Locale.ROOT, "%.1f s", seconds) + ")";
        }
    }

    private Gradebook() {}

    /** Points as a spreadsheet reads them: 3, or 1.25 (at most three decimals, no trailing zeros). */
    public static String number(double points) {
        BigDecimal d =
                BigDecimal.valueOf(points).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** The CSV text of {@code rows} (sorted here by student name) over the exercises {@code slugs}. */
    public static String csv(List<String> slugs, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("student");
        header.addAll(slugs);
        header.addAll(List.of("total", "hints used", "wall time", "error"));
        line(sb, header);
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::student));
        for (Row r : sorted) {
            List<String> cells = new ArrayList<>();
            cells.add(r.student());
            for (String slug : slugs) {
                cells.add(r.refused() ? "" : number(r.points().getOrDefault(slug, 0.0)));
            }
            cells.add(r.refused() ? "" : number(r.total()));
            cells.add(r.hintsUsed().isPresent() ? String.valueOf(r.hintsUsed().getAsInt()) : "");
            cells.add(String.format(Locale.ROOT, "%.1f", r.seconds()));
            cells.add(r.error());
            line(sb, cells);
        }
        return sb.toString();
    }

    /** Writes the CSV atomically (the old gradebook or the new one, whole, even after a crash). */
    public static void write(Path file, List<String> slugs, List<Row> rows) throws IOException {
        AtomicFiles.writeString(file, csv(slugs, rows));
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(field(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** One field: defused if a spreadsheet would read it as a formula, then quoted if RFC 4180 needs it. */
    static String field(String text) {
        String s = text;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
