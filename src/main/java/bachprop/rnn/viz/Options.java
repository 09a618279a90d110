package bachprop.rnn.viz;

import java.util.Map;

/** Reads a visualiser block's options, with a clear error naming the option. */
final class Options {
    private Options() {
    }

    static int integer(Map<String, String> options, String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + ": '" + v + "' is not a whole number");
        }
    }

    static double number(Map<String, String> options, String name, double fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + ": '" + v + "' is not a number");
        }
    }
}
