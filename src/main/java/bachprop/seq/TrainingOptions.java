package bachprop.seq;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Training options by name (from {@code --name value} on the command line), each read with a
 * default, so every model kind documents and chooses its own. Unknown names are an error.
 */
public final class TrainingOptions {
    private final Map<String, String> values;
    private final Map<String, String> used = new LinkedHashMap<>();
    private final Set<String> optional = new HashSet<>();

    public TrainingOptions(Map<String, String> values) {
        this.values = new LinkedHashMap<>(values);
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(Map.of());
    }

    public int getInt(String name, int fallback) {
        String v = values.get(name);
        used.put(name, v == null ? Integer.toString(fallback) : v);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + " takes a whole number, not '" + v + "'");
        }
    }

    public double getDouble(String name, double fallback) {
        String v = values.get(name);
        used.put(name, v == null ? Double.toString(fallback) : v);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + " takes a number, not '" + v + "'");
        }
    }

    public long getLong(String name, long fallback) {
        String v = values.get(name);
        used.put(name, v == null ? Long.toString(fallback) : v);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + " takes a whole number, not '" + v + "'");
        }
    }

    /** Whether {@code name} was given (rather than left to its default). */
    public boolean given(String name) {
        return values.containsKey(name);
    }

    /**
     * These options plus {@code name} = {@code value}, offered to a kind that reads it and no error
     * for one that does not ({@code evaluate --folds N --seed S}: the seed also seeds the sampling).
     */
    public TrainingOptions offering(String name, String value) {
        TrainingOptions o = new TrainingOptions(values);
        o.optional.addAll(optional);
        o.values.put(name, value);
        o.optional.add(name);
        return o;
    }

    /** Fails naming any option that was given but that the model kind never read. */
    public void checkAllUsed(String kind) {
        for (String name : values.keySet()) {
            if (!used.containsKey(name) && !optional.contains(name)) {
                throw new IllegalArgumentException("model '" + kind + "' has no option " + name + " (it reads: "
                        + String.join(", ", used.keySet()) + ")");
            }
        }
    }

    /** The options as the kind read them (given or default), for the model file's header. */
    public Map<String, String> used() {
        return new LinkedHashMap<>(used);
    }

    @Override
    public String toString() {
        return "TrainingOptions" + values;
    }
}
