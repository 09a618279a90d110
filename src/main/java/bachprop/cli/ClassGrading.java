package bachprop.cli;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.classroom.ClassRun;
import bachprop.grade.classroom.Gradebook.Row;
import bachprop.grade.classroom.ReportWriter;
import bachprop.grade.format.GradeRun;
import bachprop.grade.format.ReportFormat;
import bachprop.grade.format.ReportFormats;
import bachprop.util.AtomicFiles;
import bachprop.util.ProgressPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code bachprop grade --class DIR --gradebook FILE.csv [--reports DIR] [--jobs N]}: runs
 * {@link ClassRun} with its progress on the terminal ("graded 37/100", a bar on a TTY, a plain
 * line every 10 s otherwise) and a closing summary. Exit code 0 once the gradebook is written
 * (a submission that could not be graded is a row with an error, listed here too).
 */
final class ClassGrading {
    private ClassGrading() {}

    static int run(ClassRun.Options options, Path classDir, PrintStream out) throws IOException, InterruptedException {
        ClassRun run = new ClassRun(options);
        out.println("class: grading " + classDir + " (" + run.exercises().size() + " exercises) with " + options.jobs()
                + (options.jobs() == 1 ? " worker" : " workers"));
        ProgressPrinter printer = ProgressPrinter.forStream(out);
        ClassRun.Result r = run.run(
                classDir,
                (done, total, row) -> printer.progress(
                        (double) done / total,
                        "graded " + done + "/" + total,
                        "graded " + done + "/" + total + " (last: " + row + ")"),
                line -> printer.line("class: " + line));
        printer.finish();
        long errors = r.rows().stream().filter(Row::refused).count();
        for (Row row : r.rows()) {
            if (row.refused()) {
                out.println("class: " + row.student() + ": " + row.error());
            }
        }
        out.printf(
                Locale.ROOT,
                "class: graded %d submissions in %.1f s (%.1f per minute), %d with an error; "
                        + "%d compilations, %d shared; gradebook written to %s%n",
                r.rows().size(),
                r.seconds(),
                r.perMinute(),
                errors,
                r.compilations(),
                r.shared(),
                options.gradebook());
        if (options.reports() != null) {
            out.println("class: one report per student in " + options.reports());
        }
        return 0;
    }

    /** The report format of a class run: the text table, or one of {@link ReportFormats} in its own file. */
    static ReportWriter writer(ReportFormat format) {
        if (format.name().equals("text")) {
            return ReportWriter.TEXT;
        }
        return new ReportWriter() {
            @Override
            public void write(String student, List<ExerciseReport> reports, Path file) throws IOException {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                format.write(new GradeRun(reports, 0), bytes);
                AtomicFiles.write(file, bytes.toByteArray());
            }

            @Override
            public String fileName(String student) {
                return student + "." + format.extension();
            }
        };
    }
}
