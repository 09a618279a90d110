package bachprop.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One JShell session shared by all tests (each start costs ~2 s); the order matters. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CellEvaluatorTest {
    static CellEvaluator eval;

    @BeforeAll
    static void start() {
        System.setProperty("bachprop.jshell.xmx", "256m"); // so that running out of memory is quick
        eval = CellEvaluator.forProject();
        System.clearProperty("bachprop.jshell.xmx");
        eval.setDeadline(Duration.ofSeconds(2));
        eval.warmUp();
    }

    @AfterAll
    static void end() {
        eval.close();
    }

    @Test
    @Order(1)
    void cellShowsPrintedTextAndLastValueUsingProjectClasses() {
        CellResult r = eval.evaluate(
                "cell 1",
                "var net = bachprop.nn.Network.random(1, 2, 3, 2);\n"
                        + "System.out.println(\"layers \" + net.L());\nnet.size(2) * 10");
        CellResult.Success s = assertInstanceOf(CellResult.Success.class, r, r::describe);
        assertEquals("layers 3\n", s.output());
        assertEquals("30", s.value());
    }

    @Test
    @Order(2)
    void laterCellsSeeEarlierDefinitions() {
        CellResult r = eval.evaluate("cell 2", "net.L() + 1");
        assertEquals(
                "4", assertInstanceOf(CellResult.Success.class, r, r::describe).value());
    }

    @Test
    @Order(3)
    void compileErrorNamesLineAndColumnInsideTheCell() {
        CellResult r = eval.evaluate("cell 3", "int a = 1;\nint b = 2;\nString s = b;");
        CellResult.CompileError e = assertInstanceOf(CellResult.CompileError.class, r, r::describe);
        assertEquals(3, e.problems().get(0).line(), r.describe());
        assertEquals(12, e.problems().get(0).column(), r.describe());
        assertTrue(e.problems().get(0).message().contains("incompatible types"), r.describe());
    }

    @Test
    @Order(4)
    void exceptionIsTrimmedToCellFrames() {
        eval.evaluate("cell 4", "int f(int x) {\n  return 10 / x;\n}");
        CellResult r = eval.evaluate("cell 5", "System.out.println(\"before\");\nf(0)");
        CellResult.Failure f = assertInstanceOf(CellResult.Failure.class, r, r::describe);
        assertEquals("java.lang.ArithmeticException", f.exceptionClass());
        assertEquals("before\n", f.output());
        assertEquals("at f (cell 4, line 2)", f.frames().get(0), r.describe());
        assertEquals("at (cell 5, line 2)", f.frames().get(f.frames().size() - 1), r.describe());
        assertTrue(f.frames().stream().noneMatch(s -> s.contains("jdk.jshell")), r.describe());
    }

    @Test
    @Order(5)
    void infiniteLoopIsStoppedByTheDeadlineWithinTwoSecondsOfIt() {
        long t0 = System.nanoTime();
        CellResult r = eval.evaluate("cell 6", "long n = 0;\nwhile (true) { n++; }");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertInstanceOf(CellResult.Timeout.class, r, r::describe);
        assertTrue(seconds < 2 + 2, "took " + seconds + " s with a 2 s deadline");
        assertEquals("4", ((CellResult.Success) eval.evaluate("cell 7", "2 + 2")).value());
    }

    @Test
    @Order(6)
    void systemExitEndsOnlyTheSessionWhichRestarts() {
        CellResult r = eval.evaluate("cell 8", "System.out.println(\"bye\");\nSystem.exit(3);");
        CellResult.SessionDied d = assertInstanceOf(CellResult.SessionDied.class, r, r::describe);
        assertTrue(d.reason().contains("System.exit"), d.reason());
        CellResult after = eval.evaluate("cell 9", "6 * 7");
        assertEquals(
                "42",
                assertInstanceOf(CellResult.Success.class, after, after::describe)
                        .value());
        CellResult gone = eval.evaluate("cell 10", "net");
        assertInstanceOf(CellResult.CompileError.class, gone, "a fresh session forgets earlier cells");
    }

    @Test
    @Order(7)
    void runningOutOfMemoryEndsOnlyTheSessionWhichRestarts() {
        CellResult r = eval.evaluate(
                "cell 11",
                "var hoard = new java.util.ArrayList<long[]>();\n"
                        + "while (true) { hoard.add(new long[4_000_000]); }");
        CellResult.SessionDied d = assertInstanceOf(CellResult.SessionDied.class, r, r::describe);
        assertTrue(d.reason().contains("out of memory"), d.reason());
        CellResult after = eval.evaluate("cell 12", "1 + 2");
        assertEquals(
                "3",
                assertInstanceOf(CellResult.Success.class, after, after::describe)
                        .value());
    }
}
