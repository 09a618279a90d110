package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    @Test
    void unreadableSettingsAreMovedAsideNamedAndNotSavedOver(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("window.json");
        String corrupt = "{\"width\": 1500, \"lastChapter\": 7, \"zoo";
        Files.writeString(f, corrupt);
        Settings s = Settings.load(f);
        Path aside;
        try (Stream<Path> files = Files.list(tmp)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("window.json.unreadable-"))
                    .findFirst()
                    .orElseThrow();
        }
        assertEquals(corrupt, Files.readString(aside));
        assertTrue(s.notice.startsWith(f + ": ") && s.notice.contains(aside.toString()), s.notice);
        s.save(f);
        assertEquals(corrupt, Files.readString(aside), "the window's next save writes a new file beside it");
        assertNull(Settings.load(f).notice);
    }

    @Test
    void theLastChaptersVisualiserAndStepSurviveARestart(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("window.json");
        Settings s = new Settings();
        s.lastChapter = 5;
        s.lastVisualiser = 1;
        s.lastStep = 4;
        s.save(f);
        Settings back = Settings.load(f);
        assertEquals(5, back.lastChapter);
        assertEquals(1, back.lastVisualiser);
        assertEquals(4, back.lastStep);
        assertNull(back.notice);
    }

    @Test
    void aFieldOfTheWrongKindGivesItsDefaultAOneLineNoticeAndKeepsEveryOtherSetting(@TempDir Path tmp)
            throws Exception {
        Path f = tmp.resolve("window.json");
        Files.writeString(
                f, "{\"width\": 1500, \"lastChapter\": 7, \"lastStep\": \"four\", \"dark\": true, \"zoom\": 1.5}");
        Settings s = Settings.load(f);
        assertEquals(0, s.lastStep, "the bad field's default");
        assertEquals(1500, s.width, 0);
        assertEquals(7, s.lastChapter);
        assertTrue(s.dark);
        assertEquals(1.5, s.zoom, 0);
        assertEquals(1, s.notice.lines().count(), s.notice);
        assertTrue(s.notice.contains("'lastStep'") && s.notice.contains("other settings are kept"), s.notice);
        s.save(f);
        Settings again = Settings.load(f);
        assertNull(again.notice, "the next save writes the file whole again");
        assertEquals(7, again.lastChapter);
    }

    @Test
    void aFileThatIsNotAnObjectGivesTheDefaultsWithoutACrash(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("window.json");
        for (String text : new String[] {"null", "[1, 2]", "\"text\"", "{\"lastStep\": 1e400}", ""}) {
            Files.writeString(f, text);
            Settings s = Settings.load(f);
            assertEquals(0, s.lastStep, text);
            assertEquals(1280, s.width, 0, text);
        }
    }
}
