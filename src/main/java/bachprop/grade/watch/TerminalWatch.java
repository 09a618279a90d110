package bachprop.grade.watch;

import bachprop.grade.Exercise;
import bachprop.grade.GradeTable;
import bachprop.grade.Grader;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code bachprop grade --watch [SLUG]} on a terminal: grades the starting exercise, then on every
 * save of an exercise's file regrades it and prints its table; when it passes, names the next
 * exercise and prints its instructions. Ctrl-C ends it (the shutdown hook stops the loop and
 * says so).
 */
public final class TerminalWatch implements WatchLoop.Listener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;

    public TerminalWatch(PrintStream out) {
        this.out = out;
    }

    /** Runs until Ctrl-C (or {@code watch.stop()}); returns 0. */
    public static int run(Grader grader, Path progressFile, String slug, boolean poll, PrintStream out)
            throws IOException {
        List<Exercise> exercises = grader.exercises();
        if (slug != null && exercises.stream().noneMatch(e -> e.slug().equals(slug))) {
            throw new BadInputException("no exercise '" + slug + "' (known: "
                    + String.join(", ", exercises.stream().map(Exercise::slug).toList()) + ")");
        }
        TerminalWatch listener = new TerminalWatch(out);
        WatchLoop loop = Watch.loop(
                exercises,
                Watch.recording(grader, progressFile, line -> {}),
                Watch.passedIn(progressFile, out::println),
                listener);
        Exercise first = loop.start(slug);
        try (Watch watch = new Watch(loop, FileChanges.of(Watch.learnerFolders(exercises), poll))) {
            CountDownLatch said = new CountDownLatch(1);
            // Ctrl-C: stop the loop and let it say so before the JVM ends.
            Thread hook = new Thread(() -> {
                watch.stop();
                try {
                    said.await(3, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    // stopping anyway
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("watch: " + first.slug() + " — " + first.title() + " (" + learnerFile(first) + ")");
            loop.regrade(first);
            out.println("watch: watching " + exercises.size() + " exercises' files (" + watch.kind()
                    + "); save a file to grade it again, Ctrl-C to stop");
            watch.run();
            out.println("watch: stopped");
            out.flush();
            said.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down (Ctrl-C): the hook is running
            }
        }
        return 0;
    }

    @Override
    public void graded(ExerciseReport report, Optional<Exercise> next) {
        List<TaskRow> rows = report.rows();
        long ok = rows.stream().filter(TaskRow::passed).count();
        out.println();
        out.println("watch: " + report.exercise().slug() + " graded at "
                + LocalTime.now().format(TIME) + ": " + ok + " of " + rows.size() + " tasks pass");
        GradeTable.print(List.of(report), out);
        if (report.passed()) {
            if (next.isEmpty()) {
                out.println("watch: every exercise passes. Well done.");
            } else {
                Exercise n = next.get();
                out.println("watch: " + report.exercise().slug() + " passes. Next: " + n.slug() + " — " + n.title()
                        + " (" + learnerFile(n) + ")");
                out.println();
                out.println(instructions(n));
            }
        }
        out.flush();
    }

    @Override
    public void failed(Exercise exercise, Exception e) {
        out.println("watch: could not grade " + exercise.slug() + ": " + e.getMessage());
        out.flush();
    }

    /** The exercise's instructions.md, or a line saying where it should be. */
    static String instructions(Exercise ex) {
        Path file = ex.docs("instructions.md");
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "(no instructions: " + file + " cannot be read)";
        }
    }

    /** The file (or the first of the files) the learner edits. */
    public static Path learnerFile(Exercise ex) {
        Path src = ex.dir().resolve("src/main/java");
        try (Stream<Path> files = Files.list(src)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .sorted()
                    .findFirst()
                    .orElse(src);
        } catch (IOException e) {
            return src;
        }
    }
}
