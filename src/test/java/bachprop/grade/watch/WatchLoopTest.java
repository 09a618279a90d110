package bachprop.grade.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.Exercise;
import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The watch loop on a hand-driven clock and a fake grader: no files, no threads, no JVMs. */
class WatchLoopTest {
    final Path root = Path.of("/pack").toAbsolutePath();
    final Exercise a = exercise("a-first");
    final Exercise b = exercise("b-second");
    final Exercise c = exercise("c-third");
    final AtomicLong now = new AtomicLong(1_000);
    /** Slugs whose next grade passes. */
    final Set<String> passing = new HashSet<>();

    final List<String> graded = new ArrayList<>();
    final List<Optional<Exercise>> named = new ArrayList<>();

    Exercise exercise(String slug) {
        return new Exercise(slug, 1, slug.toUpperCase(), 1, List.of(), root.resolve(slug));
    }

    WatchLoop loop(Set<String> passedBefore) {
        return new WatchLoop(
                List.of(a, b, c),
                ex -> {
                    graded.add(ex.slug());
                    String result = passing.contains(ex.slug()) ? "pass" : "fail";
                    return new ExerciseReport(
                            ex,
                            List.of(),
                            List.of(),
                            List.of(new TaskRow(ex.slug(), 1, 1, result, "", List.of())),
                            Map.of());
                },
                now::get,
                Duration.ofMillis(300),
                passedBefore,
                (report, next) -> named.add(next));
    }

    Path learner(Exercise ex, String name) {
        return ex.dir().resolve("src/main/java").resolve(name);
    }

    @Test
    void aSaveIsRegradedOnceTheDebounceHasPassed() {
        WatchLoop loop = loop(Set.of());
        loop.changed(learner(b, "B.java"));
        now.addAndGet(299);
        assertEquals(0, loop.tick(), "299 ms after the save: still waiting");
        assertEquals(1, loop.dueIn());
        now.addAndGet(1);
        assertEquals(1, loop.tick());
        assertEquals(List.of("b-second"), graded);
        assertEquals(-1, loop.dueIn(), "nothing waits after the regrade");
    }

    @Test
    void anEditorsSaveBurstWithAtomicRenameIsOneRegrade() {
        WatchLoop loop = loop(Set.of());
        // vim's probe file, its swap file, the new text written beside the file, renamed over it
        String[] burst = {"4913", ".A.java.swp", "A.java.tmp", "A.java.tmp", "A.java", "A.java~", "A.java"};
        for (String name : burst) {
            loop.changed(learner(a, name));
            now.addAndGet(120);
            assertEquals(0, loop.tick(), "mid-burst: " + name);
        }
        now.addAndGet(180);
        assertEquals(1, loop.tick());
        now.addAndGet(5_000);
        assertEquals(0, loop.tick());
        assertEquals(List.of("a-first"), graded, "one regrade for the whole burst");
    }

    @Test
    void savesOfTwoExercisesRegradeEachOnce() {
        WatchLoop loop = loop(Set.of());
        loop.changed(learner(c, "C.java"));
        loop.changed(learner(a, "A.java"));
        loop.changed(learner(c, "C.java"));
        now.addAndGet(300);
        assertEquals(2, loop.tick());
        assertEquals(List.of("a-first", "c-third"), graded, "in the manifest's order");
    }

    @Test
    void filesOutsideTheLearnersFoldersAreIgnored() {
        WatchLoop loop = loop(Set.of());
        loop.changed(a.dir().resolve("src/test/java/ATest.java"));
        loop.changed(a.dir().resolve(".docs/instructions.md"));
        loop.changed(root.resolve("elsewhere/A.java"));
        now.addAndGet(10_000);
        assertEquals(-1, loop.dueIn());
        assertEquals(0, loop.tick());
        assertEquals(List.of(), graded);
    }

    @Test
    void aPassingExerciseNamesTheFirstNotYetPassedInManifestOrder() {
        WatchLoop loop = loop(Set.of("b-second"));
        passing.add("a-first");
        loop.changed(learner(a, "A.java"));
        now.addAndGet(300);
        loop.tick();
        assertEquals(List.of(Optional.of(c)), named, "b passed before, so c is next");

        passing.add("c-third");
        loop.changed(learner(c, "C.java"));
        now.addAndGet(300);
        loop.tick();
        assertEquals(Optional.empty(), named.get(1), "all passed: no next exercise");
    }

    @Test
    void aFailingExerciseNamesNoNextOneAndStartIsTheFirstNotPassed() {
        WatchLoop loop = loop(Set.of("a-first"));
        assertEquals(b, loop.start(null));
        assertEquals(c, loop.start("c-third"));
        loop.changed(learner(b, "B.java"));
        now.addAndGet(300);
        loop.tick();
        assertEquals(List.of(Optional.empty()), named);
        assertTrue(loop.toString().contains("1 graded"), loop.toString());
    }
}
