package bachprop.grade;

import bachprop.grade.ChildSession.RunResult;
import bachprop.grade.ChildSession.Status;
import bachprop.grade.ChildSession.TestOutcome;
import bachprop.grade.Grader.TaskRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The per-test records of one graded exercise ({@link TestResult}): visible tests in source order
 * (file, then line), then the hidden ones, numbered and redacted. A failing visible test's message
 * carries its task's hint (the recognised mistake's when there is one) on a second line.
 */
final class TestRecords {
    private TestRecords() {}

    /** With {@code reveal} (the check), hidden tests are listed in full, still marked hidden. */
    static List<TestResult> of(Exercise ex, RunResult run, TestSources where, List<TaskRow> rows, boolean reveal) {
        List<TestResult> visible = new ArrayList<>();
        List<TestOutcome> hidden = new ArrayList<>();
        for (TestOutcome o : run.tests.values()) {
            boolean isHidden = Grader.isHidden(ex, o);
            if (isHidden && !reveal) {
                hidden.add(o);
                continue;
            }
            TestSources.Place p = where.place(o.id());
            String hint = o.task() >= 1 && o.task() <= rows.size()
                    ? rows.get(o.task() - 1).hint()
                    : "";
            String message = o.status() == Status.PASS ? "" : o.message() + (hint.isBlank() ? "" : "\nhint: " + hint);
            visible.add(new TestResult(
                    name(o),
                    o.task(),
                    status(o),
                    message,
                    TestResult.capped(o.output()),
                    o.nanos() / 1e9,
                    p.file(),
                    p.line(),
                    p.code(),
                    isHidden));
        }
        // Stable: tests whose place is unknown keep the order they ran in; hidden ones come last.
        visible.sort(Comparator.comparing(TestResult::hidden)
                .thenComparing(TestResult::file)
                .thenComparingInt(TestResult::line));
        List<TestResult> all = new ArrayList<>(visible);
        for (int i = 0; i < hidden.size(); i++) {
            TestOutcome o = hidden.get(i);
            all.add(TestResult.redacted(i + 1, o.task(), status(o), o.nanos() / 1e9));
        }
        return List.copyOf(all);
    }

    /** pass; fail when an assertion did not hold; error for any other exception, a timeout or a crash. */
    static String status(TestOutcome o) {
        if (o.status() == Status.PASS) {
            return "pass";
        }
        return o.error() ? "error" : "fail";
    }

    /** The display name; a parameterised invocation ("[1] 0.5") is prefixed by its method's name. */
    static String name(TestOutcome o) {
        int at = o.id().indexOf("[test-template:");
        if (at >= 0 && o.id().contains("[test-template-invocation:")) {
            String method = o.id().substring(at + "[test-template:".length());
            int paren = method.indexOf('(');
            return (paren >= 0 ? method.substring(0, paren) : method) + " " + o.name();
        }
        return o.name();
    }
}
