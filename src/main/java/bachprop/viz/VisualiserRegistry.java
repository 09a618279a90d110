package bachprop.viz;

import bachprop.util.BadInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * Named visualisers that chapters embed with a fenced {@code visualiser} block and that
 * {@code bachprop render} draws, loaded from every {@link VisualiserCatalog} on the class path.
 * A factory takes the block's options (name → value), checked first against the names the
 * visualiser reads.
 */
public final class VisualiserRegistry {
    private static final Map<String, VisualiserType> TYPES = new LinkedHashMap<>();

    static {
        for (VisualiserCatalog catalog : ServiceLoader.load(VisualiserCatalog.class)) {
            catalog.visualisers().forEach(VisualiserRegistry::register);
        }
    }

    private VisualiserRegistry() {}

    public static synchronized void register(VisualiserType type) {
        TYPES.put(type.name(), type);
    }

    /** A visualiser whose options are not checked (a test's stand-in). */
    public static synchronized void register(String name, Function<Map<String, String>, Visualiser> factory) {
        register(new VisualiserType(name, null, factory));
    }

    public static synchronized boolean has(String name) {
        return TYPES.containsKey(name);
    }

    public static synchronized Set<String> names() {
        return Collections.unmodifiableSet(TYPES.keySet());
    }

    /** @throws IllegalArgumentException for an unknown name, listing the known ones */
    public static synchronized VisualiserType type(String name) {
        VisualiserType t = TYPES.get(name);
        if (t == null) {
            throw new IllegalArgumentException(
                    "unknown visualiser '" + name + "' (known: " + String.join(", ", TYPES.keySet()) + ")");
        }
        return t;
    }

    /**
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     * @throws BadInputException for an option the visualiser does not read
     */
    public static Visualiser create(String name, Map<String, String> options) {
        return type(name).create(options);
    }
}
