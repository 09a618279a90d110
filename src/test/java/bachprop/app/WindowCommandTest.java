package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowCommandTest {
    @Test
    void withoutADisplayTheWindowCommandSaysSoInsteadOfOpeningAnUnseenWindow() {
        // Surefire runs with -Dglass.platform=Monocle -Dmonocle.platform=Headless, as the launcher does with no DISPLAY.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new WindowCommand().run(List.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("no display") && message.contains("bachprop read N"), message);
        assertEquals(1, message.strip().lines().count(), "one line");
    }
}
