package bachprop.grade.classroom;

import bachprop.grade.GradeTable;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.util.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one student's report of a class run ({@code --reports DIR}): {@link #TEXT}, the table
 * {@code bachprop grade} prints, unless another format is plugged in.
 */
public interface ReportWriter {
    /** Writes the reports of the exercises {@code student} handed in to {@code file}. */
    void write(String student, List<ExerciseReport> reports, Path file) throws IOException;

    /** The report's file name, e.g. {@code alice.txt}. */
    default String fileName(String student) {
        return student + ".txt";
    }

    /** A submission that could not be graded: its one-line reason (by default as plain text). */
    default void writeRefused(String student, String error, Path file) throws IOException {
        AtomicFiles.writeString(file, student + ": not graded: " + error + "\n");
    }

    /** The grade table of {@link GradeTable#print}, headed by the student's name. */
    ReportWriter TEXT = (student, reports, file) -> {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            out.println(student);
            out.println();
            GradeTable.print(reports, out);
        }
        AtomicFiles.write(file, buf.toByteArray());
    };
}
