package bachprop.grade.bundle;

import bachprop.grade.Exercise;
import bachprop.util.BadInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The template repository's {@code .github/workflows/classroom.yml}, in the shape GitHub Classroom
 * writes: the job {@code run-autograding-tests} (the reporter updates the check run of that name),
 * checkout, Java 17 (Temurin), then one {@code education/autograding-command-grader@v1} step per
 * exercise and {@code education/autograding-grading-reporter@v1} reading each step's
 * {@code result} from {@code <ID>_RESULTS}. The command grader scores a step by its command's exit
 * code alone (all of {@code max-score} on exit 0, else nothing) and keeps none of its output, so
 * each step runs {@code .bachprop/grade SLUG}: the table with its hints goes to the log, and the
 * exit code is 0 only when every task passes.
 */
public final class ClassroomWorkflow {
    /** Minutes a step may run (the command grader's {@code timeout} is in minutes). */
    static final int TIMEOUT_MINUTES = 5;

    private ClassroomWorkflow() {}

    /**
     * A step id for an exercise: letters and digits only, because the reporter accepts
     * {@code runners} matching {@code ^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$} and reads
     * {@code process.env[ID.toUpperCase() + "_RESULTS"]}.
     */
    static String stepId(Exercise ex) {
        String id = ex.slug().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "ex" + id : id;
    }

    /** The env variable the reporter reads for a step. */
    static String resultsVariable(Exercise ex) {
        return stepId(ex).toUpperCase(Locale.ROOT) + "_RESULTS";
    }

    /** Points for an exercise: one per task (the manifest's tasks). */
    static int points(Exercise ex) {
        return ex.tasks();
    }

    public static String yaml(List<Exercise> exercises) {
        Set<String> ids = new HashSet<>();
        for (Exercise ex : exercises) {
            if (!ids.add(stepId(ex))) {
                throw new BadInputException("exercises " + ex.slug() + " and another one give the same step id "
                        + stepId(ex) + " (letters and digits of the slug): rename one for a Classroom bundle");
            }
        }
        StringBuilder y = new StringBuilder();
        y.append("""
                # Written by `bachprop grade --bundle classroom`. GitHub Classroom reads the points from the
                # check run "run-autograding-tests", which the reporter step updates.
                name: Autograding Tests
                on:
                  - push
                  - repository_dispatch
                  - workflow_dispatch
                permissions:
                  checks: write
                  actions: read
                  contents: read
                jobs:
                  run-autograding-tests:
                    runs-on: ubuntu-latest
                    if: github.actor != 'github-classroom[bot]'
                    steps:
                      - name: Checkout code
                        uses: actions/checkout@v4
                      - name: Set up Java 17
                        uses: actions/setup-java@v4
                        with:
                          distribution: temurin
                          java-version: '17'
                      - name: The grader (.bachprop/lib, bundled with this repository)
                        run: chmod +x .bachprop/grade && .bachprop/grade --help > /dev/null
                """);
        for (Exercise ex : exercises) {
            y.append("      - name: ")
                    .append(quoted(ex.slug() + ": " + ex.title()))
                    .append('\n');
            y.append("        id: ").append(stepId(ex)).append('\n');
            y.append("        uses: education/autograding-command-grader@v1\n");
            y.append("        with:\n");
            y.append("          test-name: ").append(ex.slug()).append('\n');
            y.append("          setup-command: ''\n");
            y.append("          command: .bachprop/grade ").append(ex.slug()).append('\n');
            y.append("          timeout: ").append(TIMEOUT_MINUTES).append('\n');
            y.append("          max-score: ").append(points(ex)).append('\n');
        }
        y.append("      - name: Autograding Reporter\n");
        y.append("        uses: education/autograding-grading-reporter@v1\n");
        y.append("        env:\n");
        for (Exercise ex : exercises) {
            y.append("          ")
                    .append(resultsVariable(ex))
                    .append(": \"${{ steps.")
                    .append(stepId(ex))
                    .append(".outputs.result }}\"\n");
        }
        y.append("        with:\n");
        y.append("          runners: ")
                .append(String.join(
                        ",", exercises.stream().map(ClassroomWorkflow::stepId).toList()))
                .append('\n');
        return y.toString();
    }

    /** A YAML double-quoted string. */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
