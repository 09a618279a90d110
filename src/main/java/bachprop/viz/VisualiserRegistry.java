package bachprop.viz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Named visualisers that chapters embed with a fenced {@code visualiser} block and that
 * {@code bachprop render} draws. A factory takes the block's options (name → value).
 */
public final class VisualiserRegistry {
    private static final Map<String, Function<Map<String, String>, Visualiser>> FACTORIES = new LinkedHashMap<>();

    static {
        BuiltinVisualisers.registerAll();
    }

    private VisualiserRegistry() {
    }

    public static synchronized void register(String name, Function<Map<String, String>, Visualiser> factory) {
        FACTORIES.put(name, factory);
    }

    public static synchronized boolean has(String name) {
        return FACTORIES.containsKey(name);
    }

    public static synchronized Set<String> names() {
        return Collections.unmodifiableSet(FACTORIES.keySet());
    }

    /** @throws IllegalArgumentException for an unknown name, listing the known ones */
    public static synchronized Visualiser create(String name, Map<String, String> options) {
        Function<Map<String, String>, Visualiser> f = FACTORIES.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown visualiser '" + name + "' (known: " + String.join(", ", FACTORIES.keySet()) + ")");
        }
        return f.apply(options);
    }
}
