package bachprop.app;

import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import bachprop.util.Unreadable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the window remembers between runs, in {@code <userDir>/window.json}: its size and place,
 * the last chapter, the theme and the zoom. A missing file gives the defaults; an unreadable one is
 * moved aside (kept, and named in {@link #notice}) and gives the defaults.
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
    /** The visualisers' theme outside presenter mode (standard, high-contrast, projector), and reduced motion. */
    public String vizTheme = "standard";

    public boolean reducedMotion;
    /** The line for the status bar when the file could not be read and was moved aside; else null. */
    public String notice;
    /** True when an unreadable file could not be moved aside: then {@link #save} leaves it alone. */
    private boolean keep;

    /** The file as written; a field left out keeps its default, an unknown one is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(
            Double width,
            Double height,
            Double x,
            Double y,
            Integer lastChapter,
            Boolean dark,
            Double zoom,
            Double sideFraction,
            String vizTheme,
            Boolean reducedMotion) {}

    /** A width or height from 100 to 100,000 pixels; any other (0, negative, 1e300) gives the default. */
    private static double size(Double value, double fallback) {
        return value != null && value >= 100 && value <= 100_000 ? value : fallback;
    }

    public static Settings load(Path file) {
        Settings s = new Settings();
        try {
            if (Files.exists(file)) {
                Document d = Json.read(file, Document.class);
                s.width = size(d.width(), s.width);
                s.height = size(d.height(), s.height);
                s.x = or(d.x(), s.x);
                s.y = or(d.y(), s.y);
                s.lastChapter = d.lastChapter() == null ? s.lastChapter : d.lastChapter();
                s.dark = Boolean.TRUE.equals(d.dark());
                s.zoom = Math.max(0.5, Math.min(3, or(d.zoom(), 1)));
                s.sideFraction = Math.max(0.15, Math.min(0.8, or(d.sideFraction(), s.sideFraction)));
                s.vizTheme = d.vizTheme() == null ? s.vizTheme : d.vizTheme();
                s.reducedMotion = Boolean.TRUE.equals(d.reducedMotion());
            }
        } catch (BadInputException e) {
            try {
                s.notice = Unreadable.setAside(
                        file,
                        "window settings file",
                        e.getMessage(),
                        "the window starts with its default size and theme");
            } catch (BadInputException stuck) {
                s.notice = stuck.getMessage(); // left in place; the defaults are used and not saved over it
                s.keep = true;
            }
            System.err.println("bachprop: " + s.notice);
        }
        return s;
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    public void save(Path file) throws IOException {
        if (keep) {
            return;
        }
        boolean placed = !Double.isNaN(x);
        Document d = new Document(
                width,
                height,
                placed ? x : null,
                placed ? y : null,
                lastChapter,
                dark,
                zoom,
                sideFraction,
                vizTheme,
                reducedMotion);
        AtomicFiles.writeString(file, Json.write(d));
    }
}
