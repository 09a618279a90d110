package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.seq.TrainingStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    @Test
    void withoutATerminalEveryEpochIsOnePlainLineAndBatchesAreThrottled() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 3600);
        for (int batch = 0; batch < 50; batch++) {
            p.update(new TrainingStatus(1, 2, batch / 100.0, Double.NaN, Double.NaN, ""));
        }
        p.update(new TrainingStatus(1, 2, 0.5, 3.1, 3.4, "best so far"));
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\r"), "no carriage returns in a log");
        assertEquals(1, out.lines().count(), out);
        assertTrue(
                out.contains("epoch 1/2") && out.contains("valid 3.400 bits/note") && out.contains("best so far"), out);
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 10);
        p.update(new TrainingStatus(1, 2, 0.25, Double.NaN, Double.NaN, ""));
        p.update(new TrainingStatus(1, 2, 0.30, Double.NaN, Double.NaN, ""));
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r") && out.contains("[#########"), out);
    }
}
