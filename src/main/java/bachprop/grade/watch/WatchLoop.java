package bachprop.grade.watch;

import bachprop.grade.Exercise;
import bachprop.grade.Grader.ExerciseReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The student's loop without threads or files: a saved learner file marks its exercise changed;
 * once no save has come for {@link #debounce} (an editor's burst of writes, or its write to a
 * temporary file and rename over the learner file, is one save) the exercise is graded again, and
 * when it passes the next exercise is named: the first in the manifest's order not yet passed.
 * The clock and the grader are given, so that tests drive it step by step.
 */
public final class WatchLoop {
    /** Grades one exercise. */
    public interface GradeOne {
        ExerciseReport grade(Exercise exercise) throws Exception;
    }

    /** Told about each regrade: the report, and the next exercise when this one passes (empty when all pass). */
    public interface Listener {
        void graded(ExerciseReport report, Optional<Exercise> next);

        /** Grading failed (the grader itself, not the learner's code). */
        default void failed(Exercise exercise, Exception e) {}
    }

    /** The debounce the command and the window use. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final List<Exercise> exercises;
    private final GradeOne grader;
    private final LongSupplier clockMillis;
    private final long debounce;
    private final Listener listener;
    private final Set<String> passed = new LinkedHashSet<>();
    /** Exercise slug → the time of its last save, for exercises saved and not graded since. */
    private final Map<String, Long> pending = new LinkedHashMap<>();

    private int regrades;

    public WatchLoop(
            List<Exercise> exercises,
            GradeOne grader,
            LongSupplier clockMillis,
            Duration debounce,
            Set<String> passedBefore,
            Listener listener) {
        this.exercises = List.copyOf(exercises);
        this.grader = grader;
        this.clockMillis = clockMillis;
        this.debounce = debounce.toMillis();
        this.listener = listener;
        this.passed.addAll(passedBefore);
    }

    /** The exercise a file belongs to: one whose folder holds it; empty for any other file. */
    public Optional<Exercise> exerciseOf(Path file) {
        Path f = file.toAbsolutePath().normalize();
        for (Exercise ex : exercises) {
            if (f.startsWith(ex.dir().toAbsolutePath().normalize().resolve("src/main/java"))) {
                return Optional.of(ex);
            }
        }
        return Optional.empty();
    }

    /**
     * A file was written, created, renamed or deleted. Editors' own files (swap, backup and lock
     * files) count as well: a burst of them ends with the learner file written, and only the
     * quiet after the burst starts the regrade.
     */
    public void changed(Path file) {
        exerciseOf(file).ifPresent(ex -> {
            pending.remove(ex.slug());
            pending.put(ex.slug(), clockMillis.getAsLong());
        });
    }

    /** Milliseconds until the next regrade is due; -1 when nothing waits. */
    public long dueIn() {
        long now = clockMillis.getAsLong();
        return pending.values().stream()
                .mapToLong(t -> Math.max(0, t + debounce - now))
                .min()
                .orElse(-1);
    }

    /** Regrades every exercise whose last save is at least the debounce old; returns how many. */
    public int tick() {
        long now = clockMillis.getAsLong();
        List<Exercise> due = new ArrayList<>();
        for (Exercise ex : exercises) {
            Long saved = pending.get(ex.slug());
            if (saved != null && now - saved >= debounce) {
                due.add(ex);
            }
        }
        for (Exercise ex : due) {
            pending.remove(ex.slug());
            regrade(ex);
        }
        return due.size();
    }

    /** Grades one exercise now (the first grade at start, or a regrade) and tells the listener. */
    public void regrade(Exercise ex) {
        regrades++;
        ExerciseReport report;
        try {
            report = grader.grade(ex);
        } catch (Exception e) {
            listener.failed(ex, e);
            return;
        }
        if (report.passed()) {
            passed.add(ex.slug());
            listener.graded(report, next(ex));
        } else {
            passed.remove(ex.slug());
            listener.graded(report, Optional.empty());
        }
    }

    /** The first exercise in the manifest's order not yet passed, other than {@code done}. */
    public Optional<Exercise> next(Exercise done) {
        return exercises.stream()
                .filter(e -> !e.slug().equals(done.slug()) && !passed.contains(e.slug()))
                .findFirst();
    }

    /** Where to start: the named exercise, else the first not yet passed, else the first. */
    public Exercise start(String slug) {
        if (slug != null) {
            return exercises.stream()
                    .filter(e -> e.slug().equals(slug))
                    .findFirst()
                    .orElseThrow();
        }
        return exercises.stream()
                .filter(e -> !passed.contains(e.slug()))
                .findFirst()
                .orElse(exercises.get(0));
    }

    public int regrades() {
        return regrades;
    }

    @Override
    public String toString() {
        return "WatchLoop(" + exercises.size() + " exercises, " + passed.size() + " passed, " + pending.size()
                + " waiting, " + regrades + " graded, debounce " + debounce + " ms)";
    }
}
