package bachprop.grade.format;

import bachprop.grade.GradeTable;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The terminal table (exercise, task, result, hint), as {@code bachprop grade} has always printed it. */
final class TextFormat implements ReportFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String description() {
        return "the table (default); exit 0 when every exercise passes, else 1";
    }

    @Override
    public void write(GradeRun run, OutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        GradeTable.print(run.reports(), print);
        print.flush();
    }

    @Override
    public boolean forPeople() {
        return true;
    }
}
