package bachprop.seq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The model kinds by {@code --model} name, from every {@link ModelKindCatalog} on the class path
 * (the product's one is {@code bachprop.seq.kinds.BuiltinModelKinds}).
 */
public final class SequenceModels {
    private static final Map<String, Supplier<ModelKind>> KINDS = new LinkedHashMap<>();

    static {
        for (ModelKindCatalog catalog : ServiceLoader.load(ModelKindCatalog.class)) {
            for (Supplier<ModelKind> kind : catalog.kinds()) {
                KINDS.put(kind.get().name(), kind);
            }
        }
    }

    private SequenceModels() {}

    public static Set<String> names() {
        return Collections.unmodifiableSet(KINDS.keySet());
    }

    /** True when a kind of this name is in this build. */
    public static boolean available(String name) {
        return KINDS.containsKey(name);
    }

    /** A new instance of the kind. @throws IllegalArgumentException naming the known kinds */
    public static ModelKind kind(String name) {
        Supplier<ModelKind> kind = KINDS.get(name);
        if (kind == null) {
            throw new IllegalArgumentException(
                    "unknown model '" + name + "' (known: " + String.join(", ", KINDS.keySet()) + ")");
        }
        return kind.get();
    }
}
