package bachprop.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SessionEngine} (JShell's engine with TCP_NODELAY) changes only the timing: the same cells
 * give equal results, output and values and errors and stack frames, as under JShell's own engine
 * ({@code -Dbachprop.jshell.engine=jdi}).
 */
class SessionEngineTest {
    /** Cells with printed text, values, a declaration used later, a comment-led snippet, a compile error and an exception. */
    static final List<String> CELLS = List.of(
            "import bachprop.nn.*;\nvar net = Network.random(1, 2, 3, 2);\nSystem.out.println(\"layers \" + net.L());",
            "// a comment first\nint twice(int n) { return 2 * n; }\ntwice(net.size(2))",
            "System.err.println(\"to err\");\n\"ünïcödé δ ∂C/∂w\"",
            "int x = \"not an int\";",
            "Object o = null;\no.toString();",
            "double[] v = {0.1, 0.2};\njava.util.Arrays.toString(v)");

    static List<CellResult> runAll() {
        List<CellResult> results = new ArrayList<>();
        try (CellEvaluator eval = CellEvaluator.forProject()) {
            eval.setDeadline(Duration.ofSeconds(60)); // generous: the point is the results, not the time
            for (int i = 0; i < CELLS.size(); i++) {
                results.add(eval.evaluate("cell " + (i + 1), CELLS.get(i)));
            }
        }
        return results;
    }

    @Test
    void cellsGiveEqualResultsUnderThisEngineAndJShellsOwn() {
        List<CellResult> ours = runAll();
        List<CellResult> jshells;
        System.setProperty("bachprop.jshell.engine", "jdi");
        try {
            jshells = runAll();
        } finally {
            System.clearProperty("bachprop.jshell.engine");
        }
        assertInstanceOf(CellResult.Success.class, ours.get(1), ours.get(1)::describe);
        assertEquals("6", ((CellResult.Success) ours.get(1)).value());
        assertInstanceOf(CellResult.CompileError.class, ours.get(3), ours.get(3)::describe);
        assertInstanceOf(CellResult.Failure.class, ours.get(4), ours.get(4)::describe);
        for (int i = 0; i < CELLS.size(); i++) {
            assertEquals(jshells.get(i), ours.get(i), "cell " + (i + 1));
        }
    }
}
