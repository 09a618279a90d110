package bachprop.grade.format;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One way to write a grading run (docs/grading.md): the terminal table, the product's JSON, or
 * the file another grading system reads. Formats are listed in {@link ReportFormats}.
 */
public interface ReportFormat {
    /** The name {@code --format} takes. */
    String name();

    /** One line for {@code --help}: the system that reads it, and the exit code. */
    String description();

    void write(GradeRun run, OutputStream out) throws IOException;

    /** The file extension of one report written by a class run ({@code --reports DIR}). */
    default String extension() {
        return "json";
    }

    /**
     * The command's exit code after writing: 0 when every exercise passed and 1 otherwise, unless
     * the reading system expects 0 whenever a report was written (Exercism, Gradescope).
     */
    default int exitCode(GradeRun run) {
        return run.status().equals("pass") ? 0 : 1;
    }

    /** True for the formats a person reads (progress lines beside them on standard output). */
    default boolean forPeople() {
        return false;
    }
}
