package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @Test
    void windowSizeLastChapterThemeAndZoomSurviveARestart(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("window.json");
        Settings s = new Settings();
        s.width = 1500;
        s.height = 900;
        s.x = 10;
        s.y = 20;
        s.lastChapter = 5;
        s.dark = true;
        s.zoom = 1.21;
        s.save(f);
        Settings back = Settings.load(f);
        assertEquals(1500, back.width, 0);
        assertEquals(900, back.height, 0);
        assertEquals(10, back.x, 0);
        assertEquals(5, back.lastChapter);
        assertTrue(back.dark);
        assertEquals(1.21, back.zoom, 1e-12);
    }

    @Test
    void unreadableSettingsGiveTheDefaults(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("window.json");
        Files.writeString(f, "{not json");
        Settings s = Settings.load(f);
        assertEquals(-1, s.lastChapter);
        assertEquals(1, s.zoom, 0);
    }
}
