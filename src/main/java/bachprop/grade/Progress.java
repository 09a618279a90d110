package bachprop.grade;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import bachprop.util.Paths2;
import bachprop.util.Unreadable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The learner's progress, {@code <userDir>/progress.json}, saved atomically:
 * {@code {"exercises":{"<slug>":{"chapter":N,"passed":bool,"tasks":{"1":"pass"|"fail"|"timeout"}}}}}.
 * Grading some exercises keeps what is recorded for the others.
 */
public final class Progress {
    private Progress() {}

    /** The whole file: exercise slug → its entry, in the order they were first graded. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(LinkedHashMap<String, Entry> exercises) {
        public Document {
            exercises = exercises == null ? new LinkedHashMap<>() : exercises;
        }
    }

    /**
     * One exercise's last grading: its chapter, whether every task passed, task → result, and (when
     * there are any) task → hints asked for and task → the mistake the grader recognised.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(
            int chapter,
            boolean passed,
            Map<String, String> tasks,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> hints,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> mistakes) {
        public Entry {
            tasks = tasks == null ? Map.of() : tasks;
            hints = hints == null ? Map.of() : hints;
            mistakes = mistakes == null ? Map.of() : mistakes;
        }

        public Entry(int chapter, boolean passed, Map<String, String> tasks) {
            this(chapter, passed, tasks, Map.of(), Map.of());
        }

        /** The same entry with task → hints asked for replaced. */
        public Entry withHints(Map<String, Integer> newHints) {
            return new Entry(chapter, passed, tasks, newHints, mistakes);
        }
    }

    public static Path defaultFile() {
        return Paths2.userDir().resolve("progress.json");
    }

    /**
     * The file's exercises (slug → entry); empty when there is no file.
     *
     * @throws BadInputException naming the file and the line or field when it is not the grader's JSON
     */
    public static Map<String, Entry> load(Path file) {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        return Json.read(file, Document.class).exercises();
    }

    /**
     * The recorded exercises (slug → entry); empty when there is no file. A file that cannot be read
     * is moved aside (kept, never overwritten) and the person told so on stderr.
     */
    public static Map<String, Entry> read(Path file) {
        return read(file, System.err::println);
    }

    /**
     * The recorded exercises; a file that cannot be read is moved aside with
     * {@link AtomicFiles#moveAside} and {@code notice} gets one line naming both files.
     */
    public static Map<String, Entry> read(Path file, Consumer<String> notice) {
        try {
            return load(file);
        } catch (BadInputException e) {
            notice.accept("bachprop: "
                    + Unreadable.setAside(file, "progress file", e.getMessage(), "a new progress file is started"));
            return new LinkedHashMap<>();
        }
    }

    /** Saves the given exercises (slug → entry) as the whole progress file. */
    static void save(Path file, Map<String, Entry> exercises) throws IOException {
        AtomicFiles.writeString(file, Json.write(new Document(new LinkedHashMap<>(exercises))) + "\n");
    }

    public static void record(Path file, List<ExerciseReport> reports) throws IOException {
        record(file, reports, System.err::println);
    }

    /** Records the reports, keeping every other exercise's entry; an unreadable file is moved aside first. */
    public static void record(Path file, List<ExerciseReport> reports, Consumer<String> notice) throws IOException {
        LinkedHashMap<String, Entry> exercises = new LinkedHashMap<>(read(file, notice));
        for (ExerciseReport r : reports) {
            Map<String, String> tasks = new LinkedHashMap<>();
            for (TaskRow row : r.rows()) {
                // A crash is stored as a failure: the schema knows pass, fail and timeout.
                tasks.put(String.valueOf(row.task()), row.result().equals("crash") ? "fail" : row.result());
            }
            Entry old = exercises.get(r.exercise().slug());
            exercises.put(
                    r.exercise().slug(),
                    new Entry(
                            r.exercise().chapter(),
                            r.passed(),
                            tasks,
                            old == null ? Map.of() : old.hints(),
                            Hints.recognised(r)));
        }
        save(file, exercises);
    }
}
