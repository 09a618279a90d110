package bachprop.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    @Test
    void withoutATerminalLinesAlwaysShowAndProgressIsThrottledToTheInterval() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressPrinter p = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 3600);
        for (int i = 0; i < 20; i++) {
            p.progress(i / 20.0, "bar " + i, "plain " + i);
        }
        p.line("epoch 1 done");
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\r"), "no carriage returns in a log");
        assertEquals(1, out.lines().count(), out);
        assertEquals("epoch 1 done", out.strip());
    }

    @Test
    void withoutATerminalAZeroIntervalPrintsEveryProgressLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressPrinter p = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 0);
        for (int i = 0; i < 3; i++) {
            p.progress(i / 3.0, "bar", "plain " + i);
        }
        assertEquals(
                3,
                bytes.toString(StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> l.startsWith("plain"))
                        .count());
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndALineReplacesIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressPrinter p = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 10);
        p.progress(0.5, "epoch 1/2", "unused");
        p.line("summary");
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\r\033[K[" + "#".repeat(15) + " ".repeat(15) + "]  50%  epoch 1/2"), out);
        assertTrue(
                out.endsWith("\r\033[Ksummary" + System.lineSeparator()),
                "the line clears the bar and no extra newline follows: " + out);
        assertFalse(out.contains("unused"));
    }
}
