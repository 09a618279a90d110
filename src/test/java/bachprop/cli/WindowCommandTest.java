package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowCommandTest {
    @Test
    void withoutADisplayTheWindowCommandSaysSoInsteadOfOpeningAnUnseenWindow() {
        // Surefire runs with -Dglass.platform=Monocle -Dmonocle.platform=Headless, as the launcher does with no
        // DISPLAY.
        Cli r = Cli.run(); // no command: the window
        assertEquals(2, r.code());
        String message = r.err();
        assertTrue(message.contains("no display") && message.contains("bachprop read N"), message);
        assertEquals(1, message.strip().lines().count(), "one line");
        assertEquals(2, Cli.run("window", "--chapter", "5").code());
    }
}
