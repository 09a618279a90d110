package bachprop.grade;

import bachprop.grade.Grader.ExerciseReport;
import bachprop.grade.Grader.TaskRow;
import bachprop.grade.Grader.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code bachprop grade --check}: proves every exercise is sound. Each task has instructions and
 * a hint; every test is tagged with a listed task; the reference solution passes every task;
 * the stub fails every task; every listed mistake fails its task and is recognised, i.e. the
 * grader shows the hint the manifest maps it to; every alternative correct solution in
 * {@code .meta/alternatives/<name>/src/main/java} passes every task, as the reference does. The
 * manifest's hidden tests ({@code .meta/hidden/}) run with the others: the reference passes them,
 * the stub fails each of them.
 */
public final class ExerciseCheck {
    /** The verdict on one exercise: problems found (none means sound). */
    public record Verdict(Exercise exercise, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Grader grader;

    /** Checks with {@code grader}, running and showing the hidden tests too (the check's reader wrote them). */
    public ExerciseCheck(Grader grader) {
        this.grader = grader.includingHidden(true).revealingHidden();
    }

    public List<Verdict> check(List<Exercise> exercises, Consumer<String> progress)
            throws IOException, InterruptedException {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<Variant> variants = new ArrayList<>();
        for (Exercise ex : exercises) {
            List<String> p = new ArrayList<>();
            problems.put(ex.slug(), p);
            checkDocs(ex, p);
            if (!Files.isDirectory(ex.meta())) {
                p.add("no .meta/ folder (a student pack has no solutions to check)");
                continue;
            }
            // The stored stub, so that the check holds even when the working files have been solved.
            Map<String, Path> stub = Pack.stubSources(ex);
            if (!Files.isDirectory(Pack.stubDir(ex))) {
                p.add("no stored stub in " + ex.dir().relativize(Pack.stubDir(ex))
                        + "/src/main/java (--pack needs it)");
            }
            Map<String, Path> test = Grader.testSources(ex, true, false);
            if (test.isEmpty()) {
                p.add("no tests under src/test/java");
            }
            for (String name : ex.hidden()) {
                Path file = ex.hiddenTests().resolve("src/test/java/" + name + ".java");
                if (!Files.isRegularFile(file)) {
                    p.add("hidden test " + name + ": no file " + ex.dir().relativize(file));
                }
            }
            Map<String, Path> reference = overlay(stub, ex.meta());
            variants.add(new Variant(ex.slug() + "#reference", ex, reference, test));
            variants.add(new Variant(ex.slug() + "#stub", ex, stub, test));
            // Correct solutions written differently (streams, other loop orders): each must pass like the reference.
            Path alternatives = ex.meta().resolve("alternatives");
            if (Files.isDirectory(alternatives)) {
                try (Stream<Path> dirs = Files.list(alternatives)) {
                    for (Path alt : dirs.filter(Files::isDirectory).sorted().toList()) {
                        variants.add(new Variant(
                                ex.slug() + "#alternative:" + alt.getFileName(),
                                ex,
                                overlay(reference, alt),
                                test,
                                ex.slug() + "#reference"));
                    }
                }
            }
            if (ex.mistakes().isEmpty()) {
                p.add("no common mistake listed (each exercise needs at least one)");
            }
            for (Exercise.Mistake m : ex.mistakes()) {
                Path mdir = ex.meta().resolve("mistakes").resolve(m.id());
                if (!Files.isDirectory(mdir.resolve("src/main/java"))) {
                    p.add("mistake " + m.id() + ": no folder " + ex.dir().relativize(mdir) + "/src/main/java");
                    continue;
                }
                // The tests compiled against the reference serve every mistake (same signatures, less javac time).
                variants.add(new Variant(
                        ex.slug() + "#mistake:" + m.id(),
                        ex,
                        overlay(reference, mdir),
                        test,
                        ex.slug() + "#reference"));
            }
        }
        List<ExerciseReport> reports = grader.gradeVariants(variants, progress);
        for (int i = 0; i < variants.size(); i++) {
            judge(
                    variants.get(i),
                    reports.get(i),
                    problems.get(variants.get(i).exercise().slug()));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Exercise ex : exercises) {
            verdicts.add(new Verdict(ex, problems.get(ex.slug())));
        }
        return verdicts;
    }

    private static void checkDocs(Exercise ex, List<String> p) throws IOException {
        ExerciseDocs docs = ExerciseDocs.read(ex);
        if (ex.tasks() < 1) {
            p.add("the manifest lists no tasks");
        }
        for (int t = 1; t <= ex.tasks(); t++) {
            if (!docs.instructions.containsKey(t)) {
                p.add("task " + t + ": no \"## " + t + ". …\" heading in .docs/instructions.md");
            }
            if (docs.taskHint(t).isBlank()) {
                p.add("task " + t + ": no hint under \"## " + t + ". …\" in .docs/hints.md");
            }
        }
        for (int t : docs.instructions.keySet()) {
            if (t < 1 || t > ex.tasks()) {
                p.add("instructions.md has task " + t + " but the manifest says " + ex.tasks() + " tasks");
            }
        }
        for (Exercise.Mistake m : ex.mistakes()) {
            if (m.task() < 1 || m.task() > ex.tasks()) {
                p.add("mistake " + m.id() + ": task " + m.task() + " is not one of the exercise's tasks");
            } else if (docs.mistakeHint(m) == null) {
                p.add("mistake " + m.id() + ": hints.md has no \"### " + m.hint() + "\" under task " + m.task());
            }
        }
    }

    private static void judge(Variant v, ExerciseReport r, List<String> p) throws IOException {
        Exercise ex = v.exercise();
        String kind = v.id().substring(v.id().indexOf('#') + 1);
        if (!r.compileErrors().isEmpty()) {
            p.add(kind + " does not compile: " + r.compileErrors().get(0));
            return;
        }
        for (String note : r.notes()) {
            if (!kind.equals("stub")) {
                p.add(kind + ": " + note);
            }
        }
        if (kind.equals("reference") || kind.startsWith("alternative:")) {
            for (TaskRow row : r.rows()) {
                if (!row.passed()) {
                    p.add(kind + " fails task " + row.task() + ": "
                            + (row.details().isEmpty()
                                    ? row.shown()
                                    : row.details().get(0)));
                }
            }
        } else if (kind.equals("stub")) {
            for (TaskRow row : r.rows()) {
                if (row.passed()) {
                    p.add("stub already passes task " + row.task());
                }
            }
            for (TestResult t : r.tests()) {
                if (t.hidden() && t.passed()) {
                    p.add("stub already passes hidden test " + t.name());
                }
            }
        } else {
            String id = kind.substring("mistake:".length());
            Exercise.Mistake m = ex.mistakes().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            TaskRow row = r.rows().get(m.task() - 1);
            if (row.passed()) {
                p.add("mistake " + id + " is not caught: task " + m.task() + " passes");
            } else if (!id.equals(r.recognised().get(String.valueOf(m.task())))
                    || !row.hint().startsWith(m.hint())) {
                p.add("mistake " + id + " fails task " + m.task() + " but is not recognised (hint shown: \""
                        + abbreviate(row.hint()) + "\")");
            }
        }
    }

    /** The files of {@code base} with those under {@code dir/src/main/java} added or replaced. */
    static Map<String, Path> overlay(Map<String, Path> base, Path dir) throws IOException {
        Map<String, Path> out = new TreeMap<>(base);
        out.putAll(Grader.sources(dir, "src/main/java"));
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
