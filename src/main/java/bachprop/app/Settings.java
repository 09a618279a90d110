package bachprop.app;

import bachprop.util.AtomicFiles;
import bachprop.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the window remembers between runs, in {@code <userDir>/window.json}: its size and place,
 * the last chapter, the theme and the zoom. A missing or unreadable file gives the defaults.
 */
public final class Settings {
    public double width = 1280;
    public double height = 860;
    public double x = Double.NaN;
    public double y = Double.NaN;
    public int lastChapter = -1;
    public boolean dark;
    public double zoom = 1;
    /** The side panel's share of the window's width (the divider, as the user last dragged it). */
    public double sideFraction = 0.45;

    public static Settings load(Path file) {
        Settings s = new Settings();
        try {
            if (Files.exists(file) && Json.parse(Files.readString(file)) instanceof Map<?, ?> m) {
                s.width = num(m, "width", s.width);
                s.height = num(m, "height", s.height);
                s.x = num(m, "x", s.x);
                s.y = num(m, "y", s.y);
                s.lastChapter = (int) num(m, "lastChapter", s.lastChapter);
                s.dark = Boolean.TRUE.equals(m.get("dark"));
                s.zoom = Math.max(0.5, Math.min(3, num(m, "zoom", 1)));
                s.sideFraction = Math.max(0.15, Math.min(0.8, num(m, "sideFraction", s.sideFraction)));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("bachprop: ignoring " + file + " (" + e.getMessage() + ")");
        }
        return s;
    }

    private static double num(Map<?, ?> m, String key, double fallback) {
        return m.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    public void save(Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("width", width);
        m.put("height", height);
        if (!Double.isNaN(x)) {
            m.put("x", x);
            m.put("y", y);
        }
        m.put("lastChapter", lastChapter);
        m.put("dark", dark);
        m.put("zoom", zoom);
        m.put("sideFraction", sideFraction);
        AtomicFiles.writeString(file, Json.write(m));
    }
}
