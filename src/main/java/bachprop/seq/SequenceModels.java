package bachprop.seq;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The model kinds by {@code --model} name. Each line names a {@link ModelKind} class with a
 * public no-argument constructor; a kind whose class is not in this build is reported as such.
 */
public final class SequenceModels {
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("mlp", "bachprop.chorale.MlpModelKind");
        KINDS.put("ngram", "bachprop.seq.ngram.NgramKind");
        KINDS.put("rnn", "bachprop.rnn.RnnModelKind");
        KINDS.put("lstm", "bachprop.seq.lstm.LstmKind");
    }

    private SequenceModels() {
    }

    public static Set<String> names() {
        return KINDS.keySet();
    }

    /** True when the kind's class is in this build. */
    public static boolean available(String name) {
        String cls = KINDS.get(name);
        if (cls == null) {
            return false;
        }
        try {
            Class.forName(cls);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** @throws IllegalArgumentException naming the known kinds, or saying the kind is not built */
    public static ModelKind kind(String name) {
        String cls = KINDS.get(name);
        if (cls == null) {
            throw new IllegalArgumentException("unknown model '" + name + "' (known: " + String.join(", ", KINDS.keySet()) + ")");
        }
        try {
            return (ModelKind) Class.forName(cls).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("model '" + name + "' is not part of this build");
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("model kind " + cls + " could not be created: " + e, e);
        }
    }
}
