package bachprop.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student who games the grader with a table of the visible tests' answers
 * (src/test/resources/gaming/parallel-fifths-lookup: it answers every visible input of the real
 * exercise parallel-fifths and knows nothing else): the student's own run passes it, the
 * instructor's run with the hidden test fails the tasks whose answers it only looked up.
 */
class LookupTableGamingTest {
    @TempDir
    Path tmp;

    static List<String> results(ExerciseReport r) {
        return r.rows().stream().map(TaskRow::result).toList();
    }

    @Test
    void aLookupTableOfTheVisibleAnswersPassesTheStudentsRunAndFailsTheHiddenTest() throws Exception {
        Path exercises = tmp.resolve("exercises");
        Fixture.copyTree(Path.of("exercises"), exercises);
        Path learner = exercises.resolve("parallel-fifths/src/main/java/ParallelFifths.java");
        Files.copy(
                Path.of("src/test/resources/gaming/parallel-fifths-lookup/ParallelFifths.java"),
                learner,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Grader student = new Grader(exercises, Duration.ofSeconds(10), Duration.ofSeconds(120));
        List<Exercise> one = student.exercises().stream()
                .filter(e -> e.slug().equals("parallel-fifths"))
                .toList();
        ExerciseReport visible = student.grade(one, line -> {}).get(0);
        assertEquals(List.of("pass", "pass", "pass"), results(visible), "the table answers every visible test");

        ExerciseReport instructor = new Grader(exercises, Duration.ofSeconds(10), Duration.ofSeconds(120))
                .includingHidden(true)
                .grade(one, line -> {})
                .get(0);
        List<String> withHidden = results(instructor);
        assertEquals("pass", withHidden.get(0), "task 1 (the interval class) is really computed: " + withHidden);
        assertEquals(List.of("fail", "fail"), withHidden.subList(1, 3), "tasks 2 and 3 were looked up");
        assertTrue(
                instructor.rows().get(1).details().contains(TestResult.HIDDEN_FAILED),
                "the report says a hidden test failed: "
                        + instructor.rows().get(1).details());
    }
}
