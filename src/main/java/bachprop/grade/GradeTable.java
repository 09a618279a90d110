package bachprop.grade;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import java.io.PrintStream;
import java.util.List;

/** The grade as a terminal table, and hints on one line as the table and the window show them. */
public final class GradeTable {
    private GradeTable() {}

    /** The table: exercise, task, result, hint; failing tests' messages indented below their row. */
    public static void print(List<ExerciseReport> reports, PrintStream out) {
        int w = Math.max(
                8,
                reports.stream()
                        .mapToInt(r -> r.exercise().slug().length())
                        .max()
                        .orElse(8));
        String fmt = "%-" + w + "s  %-4s  %-9s  %s%n";
        for (ExerciseReport r : reports) {
            if (!r.compileErrors().isEmpty()) {
                out.println(r.exercise().slug() + " does not compile:");
                r.compileErrors().forEach(e -> out.println("  " + r.exercise().slug() + "/" + e));
            }
            r.notes().forEach(n -> out.println(r.exercise().slug() + ": " + n));
        }
        out.printf(fmt, "exercise", "task", "result", "hint");
        for (ExerciseReport r : reports) {
            for (TaskRow row : r.rows()) {
                out.printf(fmt, row.slug(), row.task(), row.shown(), oneLine(row.hint()));
                for (String d : row.details().stream().limit(3).toList()) {
                    out.printf(fmt, "", "", "", "  ↳ " + oneLine(d));
                }
            }
        }
    }

    /** A hint or message on one line, as the table and the window show it. */
    public static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
