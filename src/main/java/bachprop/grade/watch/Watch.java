package bachprop.grade.watch;

import bachprop.grade.Exercise;
import bachprop.grade.Grader;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a {@link WatchLoop} on the real files: waits for saves ({@link FileChanges}), hands them to
 * the loop, and lets it regrade when the debounce has passed, until {@link #stop()}.
 */
public final class Watch implements AutoCloseable {
    private final WatchLoop loop;
    private final FileChanges changes;
    private volatile boolean stopped;

    public Watch(WatchLoop loop, FileChanges changes) {
        this.loop = loop;
        this.changes = changes;
    }

    /** The folders a learner edits: each exercise's src/main/java. */
    public static List<Path> learnerFolders(List<Exercise> exercises) {
        return exercises.stream().map(e -> e.dir().resolve("src/main/java")).toList();
    }

    /** The exercises progress.json records as passed. */
    public static Set<String> passedIn(Path progressFile, Consumer<String> notice) {
        return Progress.read(progressFile, notice).entrySet().stream()
                .filter(e -> e.getValue().passed())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Grades one exercise with {@code grader} and records it in progress.json. */
    public static WatchLoop.GradeOne recording(Grader grader, Path progressFile, Consumer<String> progress) {
        return ex -> {
            List<ExerciseReport> reports = grader.grade(List.of(ex), progress);
            Progress.record(progressFile, reports, progress);
            return reports.get(0);
        };
    }

    /** A loop over {@code exercises} on the wall clock with the usual debounce. */
    public static WatchLoop loop(
            List<Exercise> exercises, WatchLoop.GradeOne grader, Set<String> passed, WatchLoop.Listener listener) {
        return new WatchLoop(exercises, grader, System::currentTimeMillis, WatchLoop.DEBOUNCE, passed, listener);
    }

    public WatchLoop loop() {
        return loop;
    }

    public String kind() {
        return changes.kind();
    }

    /** Waits for saves and regrades until {@link #stop()} or an interrupt. */
    public void run() {
        try {
            while (!stopped) {
                long due = loop.dueIn();
                List<Path> changed = changes.next(due < 0 ? 1000 : Math.max(1, due));
                if (stopped) {
                    break;
                }
                changed.forEach(loop::changed);
                loop.tick();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends {@link #run()} at its next look (at most about a second later). */
    public void stop() {
        stopped = true;
        changes.close();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "Watch(" + changes.kind() + ", " + loop + (stopped ? ", stopped" : "") + ")";
    }
}
