package bachprop.viz.common;

import java.util.Arrays;
import java.util.Map;

/** Reads a visualiser's options (from a chapter block or the command line) with one-line errors. */
public record Options(String visualiser, Map<String, String> map) {

    public String get(String key, String fallback) {
        String v = map.get(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    public double number(String key, double fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw bad(key, "a number", v);
        }
    }

    public long whole(String key, long fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw bad(key, "a whole number", v);
        }
    }

    public boolean flag(String key, boolean fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw bad(key, "true or false", v);
        };
    }

    public String choice(String key, String fallback, String... allowed) {
        String v = get(key, fallback).toLowerCase();
        if (!Arrays.asList(allowed).contains(v)) {
            throw bad(key, "one of " + String.join(", ", allowed), v);
        }
        return v;
    }

    /** Numbers separated by commas or spaces, such as {@code 0,1,-1}. */
    public double[] numbers(String key, String fallback) {
        try {
            return Arrays.stream(get(key, fallback).split("[, ]+"))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "visualiser " + visualiser + ": option '" + key + "' must be numbers separated by commas");
        }
    }

    /** Layer sizes such as {@code 2-3-2}. */
    public int[] sizes(String key, String fallback, int maxLayers, int maxNeurons) {
        String v = get(key, fallback);
        try {
            int[] s = Arrays.stream(v.split("[-x, ]+"))
                    .mapToInt(Integer::parseInt)
                    .toArray();
            if (s.length < 2 || s.length > maxLayers || Arrays.stream(s).anyMatch(n -> n < 1 || n > maxNeurons)) {
                throw bad(key, "2 to " + maxLayers + " layers of 1 to " + maxNeurons + " neurons, like 2-3-2", v);
            }
            return s;
        } catch (NumberFormatException e) {
            throw bad(key, "layer sizes like 2-3-2", v);
        }
    }

    public Theme theme() {
        return Theme.named(get("theme", "standard"));
    }

    private IllegalArgumentException bad(String key, String what, String value) {
        return new IllegalArgumentException(
                "visualiser " + visualiser + ": option '" + key + "' must be " + what + ", not '" + value + "'");
    }
}
