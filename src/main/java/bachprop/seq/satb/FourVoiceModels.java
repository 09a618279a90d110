package bachprop.seq.satb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The four-voice model kinds by {@code --model} name, from every {@link FourVoiceKindCatalog} on the
 * class path (the product's one is {@code bachprop.seq.satb.kinds.FourVoiceKinds}).
 */
public final class FourVoiceModels {
    private static final Map<String, Supplier<FourVoiceKind>> KINDS = new LinkedHashMap<>();

    static {
        for (FourVoiceKindCatalog catalog : ServiceLoader.load(FourVoiceKindCatalog.class)) {
            for (Supplier<FourVoiceKind> kind : catalog.kinds()) {
                KINDS.put(kind.get().name(), kind);
            }
        }
    }

    private FourVoiceModels() {}

    /** The names, in the catalog's order. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(KINDS.keySet());
    }

    /** True when a four-voice kind of this name is in this build. */
    public static boolean available(String name) {
        return KINDS.containsKey(name);
    }

    /** A new instance of the kind. @throws IllegalArgumentException naming the known four-voice kinds */
    public static FourVoiceKind kind(String name) {
        Supplier<FourVoiceKind> kind = KINDS.get(name);
        if (kind == null) {
            throw new IllegalArgumentException(
                    "unknown four-voice model '" + name + "' (known: " + String.join(", ", KINDS.keySet()) + ")");
        }
        return kind.get();
    }
}
