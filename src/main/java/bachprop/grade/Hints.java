package bachprop.grade;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.util.BadInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hints in tiers. A failing task's table row shows tier 1, the hint that names the concept: the
 * heading of a recognised mistake ("Leaving out σ′(zᴸ)"), or else the first paragraph of the
 * task's hint. Each further tier is one more paragraph (the mistake's, then the task's), the one
 * that gives the formula last; a learner asks for them one at a time with
 * {@code bachprop grade --hint SLUG [TASK]} or the window's Hint button. How many were asked for
 * is kept in progress.json, beside the task results:
 * {@code "hints": {"1": 2}, "mistakes": {"1": "no-sigma-prime"}} in the exercise's entry.
 */
public final class Hints {
    /** One hint as shown: "hint {@code tier} of {@code tiers}". */
    public record Hint(String slug, int task, int tier, int tiers, String text) {
        public String header() {
            return slug + ", task " + task + ": hint " + tier + " of " + tiers + (tier == tiers ? " (the last)" : "");
        }

        @Override
        public String toString() {
            return header() + "\n" + text;
        }
    }

    private final Path exercisesDir;
    private final Path progressFile;

    public Hints(Path exercisesDir, Path progressFile) {
        this.exercisesDir = exercisesDir;
        this.progressFile = progressFile;
    }

    /** The tiers of a task's hint, tier 1 first; {@code mistakeId} is the recognised mistake or null. */
    public static List<String> tiers(Exercise ex, ExerciseDocs docs, int task, String mistakeId) {
        List<String> tiers = new ArrayList<>();
        for (Exercise.Mistake m : ex.mistakes()) {
            Map<String, String> named = docs.namedHints.getOrDefault(task, Map.of());
            if (m.id().equals(mistakeId) && m.task() == task && named.containsKey(m.hint())) {
                tiers.add(m.hint());
                tiers.addAll(paragraphs(named.get(m.hint())));
            }
        }
        tiers.addAll(paragraphs(docs.taskHint(task)));
        return tiers;
    }

    /** Tier 1 as the table shows it, with where to ask for more. */
    static String firstTier(Exercise ex, ExerciseDocs docs, int task, String mistakeId) {
        List<String> tiers = tiers(ex, docs, task, mistakeId);
        if (tiers.isEmpty()) {
            return "";
        }
        return tiers.get(0)
                + (tiers.size() == 1
                        ? ""
                        : " (hint 1 of " + tiers.size() + "; next: bachprop grade --hint " + ex.slug() + " " + task
                                + ")");
    }

    /** The next hint of a task, counted in progress.json; past the last tier, the last again. */
    public Hint next(String slug, int task) throws IOException {
        Exercise ex = exercise(slug);
        if (task < 1 || task > ex.tasks()) {
            throw new BadInputException(slug + " has tasks 1 to " + ex.tasks() + ", not " + task);
        }
        Map<String, Progress.Entry> all = Progress.read(progressFile);
        Progress.Entry entry = all.getOrDefault(slug, new Progress.Entry(ex.chapter(), false, Map.of()));
        Map<String, Integer> shown = new LinkedHashMap<>(entry.hints());
        List<String> tiers =
                tiers(ex, ExerciseDocs.read(ex), task, entry.mistakes().get(String.valueOf(task)));
        if (tiers.isEmpty()) {
            throw new BadInputException(slug + " task " + task + " has no hint in .docs/hints.md");
        }
        int asked = shown.getOrDefault(String.valueOf(task), 0);
        if (asked < 0) {
            throw new BadInputException(progressFile + ": field 'exercises." + slug + ".hints." + task + "' is " + asked
                    + ", not a count of hints shown (edit or delete the file)");
        }
        int tier = Math.min(asked + 2, tiers.size()); // tier 1 is in the table already
        shown.put(String.valueOf(task), asked + 1);
        all.put(slug, entry.withHints(shown));
        Progress.save(progressFile, all);
        return new Hint(slug, task, tier, tiers.size(), tiers.get(tier - 1));
    }

    /** The next hint of the first task not passed (by progress.json), or of task 1. */
    public Hint next(String slug) throws IOException {
        Progress.Entry entry = Progress.read(progressFile).get(slug);
        Map<String, String> tasks = entry == null ? Map.of() : entry.tasks();
        int task = 1;
        for (int t = 1; t <= exercise(slug).tasks(); t++) {
            if (!"pass".equals(tasks.get(String.valueOf(t)))) {
                task = t;
                break;
            }
        }
        return next(slug, task);
    }

    /** {@code bachprop grade --hint SLUG [TASK]}: prints the next hint; exit code 0. */
    public int command(String slug, List<String> taskArg, PrintStream out) throws IOException {
        Hint h;
        if (taskArg.isEmpty()) {
            h = next(slug);
        } else {
            try {
                h = next(slug, Integer.parseInt(taskArg.get(0)));
            } catch (NumberFormatException e) {
                throw new BadInputException("--hint SLUG [TASK]: TASK is a task number, not '" + taskArg.get(0) + "'");
            }
        }
        out.println(h.header());
        out.println(h.text());
        return 0;
    }

    /** Task → the mistake the grader recognised in it, for each failed task (so --hint continues its tiers). */
    static Map<String, String> recognised(ExerciseReport r) {
        Map<String, String> mistakes = new LinkedHashMap<>();
        for (TaskRow row : r.rows()) {
            String id = r.recognised().get(String.valueOf(row.task()));
            if (id != null && !row.passed()) {
                mistakes.put(String.valueOf(row.task()), id);
            }
        }
        return mistakes;
    }

    private Exercise exercise(String slug) throws IOException {
        List<Exercise> all = Exercise.readManifest(exercisesDir);
        return all.stream()
                .filter(e -> e.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new BadInputException("no exercise '" + slug + "' in "
                        + exercisesDir.resolve("manifest.json") + " (known: "
                        + String.join(", ", all.stream().map(Exercise::slug).toList()) + ")"));
    }

    /** A hint's text split into paragraphs (blank-line separated), each on one line. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            String one = p.replaceAll("\\s+", " ").strip();
            if (!one.isEmpty()) {
                out.add(one);
            }
        }
        return out;
    }
}
