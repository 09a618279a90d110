package bachprop.app;

import bachprop.util.AtomicFiles;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import bachprop.util.Unreadable;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the window remembers between runs, in {@code <userDir>/window.json}: its size and place,
 * the last chapter and the visualiser step the reader was at there, the theme and the zoom. A
 * missing file gives the defaults. A field of the wrong kind (a word where a number belongs) gives
 * that field's default and a one-line {@link #notice}; every other field is kept, and the next save
 * writes the file whole again. A file that is not JSON at all is moved aside (kept, and named in
 * {@link #notice}) and gives the defaults. Saving is atomic ({@link AtomicFiles}).
 */
public final class Settings {
    public double width = 1280;
    public double height = 860;
    public double x = Double.NaN;
    public double y = Double.NaN;
    public int lastChapter = -1;
    /** Which visualiser of the last chapter was shown (its block's index, 0 = the first). */
    public int lastVisualiser = 0;
    /** The step that visualiser was at. */
    public int lastStep = 0;

    public boolean dark;
    public double zoom = 1;
    /** The side panel's share of the window's width (the divider, as the user last dragged it). */
    public double sideFraction = 0.45;
    /** The visualisers' theme outside presenter mode (standard, high-contrast, projector), and reduced motion. */
    public String vizTheme = "standard";

    public boolean reducedMotion;
    /** The line for the status bar when the file could not be read (whole or in part); else null. */
    public String notice;
    /** True when an unreadable file could not be moved aside: then {@link #save} leaves it alone. */
    private boolean keep;

    /** The file as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(
            Double width,
            Double height,
            Double x,
            Double y,
            Integer lastChapter,
            Integer lastVisualiser,
            Integer lastStep,
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
                Object parsed = Json.parse(Json.text(file), file.toString());
                if (!(parsed instanceof Map<?, ?> map)) {
                    throw new BadInputException(file + ": not a JSON object");
                }
                Fields f = new Fields(file, map);
                s.width = size(f.number("width"), s.width);
                s.height = size(f.number("height"), s.height);
                s.x = or(f.number("x"), s.x);
                s.y = or(f.number("y"), s.y);
                s.lastChapter = f.whole("lastChapter", s.lastChapter);
                s.lastVisualiser = Math.max(0, f.whole("lastVisualiser", s.lastVisualiser));
                s.lastStep = Math.max(0, f.whole("lastStep", s.lastStep));
                s.dark = f.flag("dark");
                s.zoom = Math.max(0.5, Math.min(3, or(f.number("zoom"), 1)));
                s.sideFraction = Math.max(0.15, Math.min(0.8, or(f.number("sideFraction"), s.sideFraction)));
                s.vizTheme = f.text("vizTheme", s.vizTheme);
                s.reducedMotion = f.flag("reducedMotion");
                s.notice = f.problem();
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
        }
        if (s.notice != null) {
            System.err.println("bachprop: " + s.notice);
        }
        return s;
    }

    /** The fields of the parsed file, each read alone: the first of the wrong kind is remembered. */
    private static final class Fields {
        private final Path file;
        private final Map<?, ?> map;
        private String problem;

        Fields(Path file, Map<?, ?> map) {
            this.file = file;
            this.map = map;
        }

        Double number(String name) {
            Object v = map.get(name);
            if (v == null || v instanceof Number) {
                return v == null || !Double.isFinite(((Number) v).doubleValue()) ? null : ((Number) v).doubleValue();
            }
            return wrong(name, v, "a number");
        }

        int whole(String name, int fallback) {
            Double v = number(name);
            if (v == null) {
                return fallback;
            }
            if (v != Math.rint(v) || Math.abs(v) > 1_000_000) {
                wrong(name, v, "a whole number");
                return fallback;
            }
            return v.intValue();
        }

        String text(String name, String fallback) {
            Object v = map.get(name);
            if (v == null || v instanceof String) {
                return v == null ? fallback : (String) v;
            }
            wrong(name, v, "a string");
            return fallback;
        }

        boolean flag(String name) {
            Object v = map.get(name);
            if (v == null || v instanceof Boolean) {
                return Boolean.TRUE.equals(v);
            }
            wrong(name, v, "true or false");
            return false;
        }

        private Double wrong(String name, Object v, String kind) {
            if (problem == null) {
                String shown = String.valueOf(v);
                problem = file + ": field '" + name + "' is "
                        + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + ", not " + kind
                        + ": its default is used (the other settings are kept)";
            }
            return null;
        }

        String problem() {
            return problem;
        }
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
                lastVisualiser,
                lastStep,
                dark,
                zoom,
                sideFraction,
                vizTheme,
                reducedMotion);
        AtomicFiles.writeString(file, Json.write(d));
    }
}
