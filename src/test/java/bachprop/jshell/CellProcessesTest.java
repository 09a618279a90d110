package bachprop.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hostile cells: endless output is capped, and what a cell starts (processes, threads) ends with
 * its session, even when the app is killed. One session shared in order (each start costs ~2 s).
 * Processes are found by a marker unique to this run: {@code sleep 600.NNNNNN}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CellProcessesTest {
    static CellEvaluator eval;
    static final String RUN = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

    @BeforeAll
    static void start() {
        eval = new CellEvaluator(List.of(), Duration.ofSeconds(30));
        eval.warmUp();
    }

    @AfterAll
    static void end() {
        eval.close();
    }

    @Test
    @Order(1)
    void endlessPrintingKeepsOneMegabyteAndTheAppsHeapBounded() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        int[] live = {0}; // the longest text the window's live view could have read
        Thread stopper = new Thread(() -> {
            waitFor(() -> !eval.outputSoFar().isEmpty(), Duration.ofSeconds(20));
            long end = System.nanoTime() + 2_000_000_000L; // prints for 2 s, then Stop
            while (System.nanoTime() < end) {
                live[0] = Math.max(live[0], eval.outputSoFar().length());
                waitFor(() -> false, Duration.ofMillis(200));
            }
            eval.stop();
        });
        stopper.start();
        // One "x" per print reaches only ~10 KB/s through JShell; 8 KB per print passes the cap in 2 s.
        CellResult r = eval.evaluate("cell 1", "var x = \"x\".repeat(8192);\nwhile (true) System.out.print(x);");
        stopper.join();
        memory.gc();
        long grew = memory.getHeapMemoryUsage().getUsed() - before;
        assertInstanceOf(CellResult.Stopped.class, r, () -> r.describe().substring(0, 200));
        String out = r.output();
        int notice = out.lastIndexOf("\n… output cut at 1 MB (");
        assertEquals(Capture.LIMIT, notice, "1 MB of x, then the notice");
        assertTrue(out.endsWith(" more bytes)\n"), out.substring(notice));
        assertTrue(live[0] <= out.length(), "the live view read " + live[0] + " chars");
        assertTrue(grew < 16 << 20, "the heap grew " + (grew >> 20) + " MB");
        System.out.printf(
                "endless print for 2 s: kept %d bytes, then \"%s\"; live view at most %d chars; heap %+d MB%n",
                notice, out.substring(notice).strip(), live[0], grew >> 20);
    }

    @Test
    @Order(2)
    void aStoppedCellsProcessEndsAndItsSessionGoesOn() throws Exception {
        String marker = "600.1" + RUN;
        eval.setDeadline(Duration.ofSeconds(20));
        eval.startSession(); // the endless printer may have ended the last one
        long pid = eval.sessionPid().orElseThrow();
        Thread stopper = new Thread(() -> {
            waitFor(() -> running(marker), Duration.ofSeconds(5));
            eval.stop();
        });
        stopper.start();
        CellResult r = eval.evaluate(
                // one snippet: a Stop while JShell compiles a second one would end the session instead
                "cell 2",
                "{\n  new ProcessBuilder(\"sleep\", \"" + marker + "\").start();\n  while (true) Thread.sleep(50);\n}");
        stopper.join();
        assertInstanceOf(CellResult.Stopped.class, r, r::describe);
        assertTrue(waitFor(() -> !running(marker), Duration.ofSeconds(2)), "sleep " + marker + " still runs");
        assertEquals(pid, eval.sessionPid().orElseThrow(), "the same session");
        assertEquals("4", ((CellResult.Success) eval.evaluate("cell 3", "2 + 2")).value());
    }

    @Test
    @Order(3)
    void restartEndsTheOldSessionsThreadsAndProcesses() {
        String marker = "600.2" + RUN;
        CellResult r = eval.evaluate(
                "cell 4",
                "var t = new Thread(() -> { while (true) {} });\nt.start();\n" + "new ProcessBuilder(\"sleep\", \""
                        + marker + "\").start().isAlive()");
        assertEquals(
                "true",
                assertInstanceOf(CellResult.Success.class, r, r::describe).value());
        ProcessHandle old = ProcessHandle.of(eval.sessionPid().orElseThrow()).orElseThrow();
        long t0 = System.nanoTime();
        eval.restart();
        assertFalse(old.isAlive(), "the old session JVM (and its non-daemon spinning thread) ended");
        assertFalse(running(marker), "sleep " + marker + " ended");
        System.out.printf("restart: old session and its sleep gone in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        assertTrue(eval.sessionPid().isPresent(), "a fresh session runs");
    }

    @Test
    @Order(4)
    void systemExitInACellEndsTheProcessesItStarted() {
        String marker = "600.5" + RUN;
        CellResult r = eval.evaluate(
                "cell 5", "{\n  new ProcessBuilder(\"sleep\", \"" + marker + "\").start();\n  System.exit(0);\n}");
        assertInstanceOf(CellResult.SessionDied.class, r, r::describe);
        assertTrue(waitFor(() -> !running(marker), Duration.ofSeconds(2)), "sleep " + marker + " outlived System.exit");
    }

    @Test
    @Order(5)
    void closeEndsTheSessionAndItsProcesses() {
        String marker = "600.3" + RUN;
        eval.evaluate("cell 6", "new ProcessBuilder(\"sleep\", \"" + marker + "\").start();");
        assertTrue(running(marker));
        ProcessHandle jvm = ProcessHandle.of(eval.sessionPid().orElseThrow()).orElseThrow();
        long t0 = System.nanoTime();
        eval.close();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertFalse(jvm.isAlive(), "the session JVM ended");
        assertFalse(running(marker), "sleep " + marker + " ended");
        System.out.printf("close: session and its sleep gone in %.2f s%n", seconds);
    }

    @Test
    @Order(6)
    void killingTheAppWithSigkillEndsItsSessionAndItsProcessesWithinFiveSeconds() throws Exception {
        String marker = "600.4" + RUN;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), OrphanProbe.class.getName(), marker)
                .redirectError(new File(System.getProperty("java.io.tmpdir"), "orphan-probe-" + RUN + ".err"))
                .start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            assertTrue(line != null && line.startsWith("session "), "the probe said " + line);
            ProcessHandle session =
                    ProcessHandle.of(Long.parseLong(line.substring(8).strip())).orElseThrow();
            assertTrue(waitFor(() -> running(marker), Duration.ofSeconds(10)), "the probe's cell started its sleep");
            app.destroyForcibly(); // SIGKILL: no shutdown hook runs in the app
            long t0 = System.nanoTime();
            assertTrue(waitFor(() -> !session.isAlive(), Duration.ofSeconds(5)), "the session JVM outlived the app");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(waitFor(() -> !running(marker), Duration.ofSeconds(1)), "sleep " + marker + " outlived it");
            System.out.printf("kill -9 of the app: its session JVM gone %.2f s later%n", seconds);
        } finally {
            app.destroyForcibly();
        }
    }

    /** A process whose command line holds {@code sleep MARKER} runs. */
    static boolean running(String marker) {
        return ProcessHandle.allProcesses()
                .anyMatch(p -> p.info().commandLine().orElse("").contains("sleep " + marker));
    }

    static boolean waitFor(BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
