package bachprop.viz;

import bachprop.util.BadInputException;
import bachprop.util.Nearest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One visualiser as the registry lists it: its name, the option names it reads (from a chapter's
 * visualiser block or {@code render --options}) and its factory. Every visualiser reads
 * {@code theme}; any other name it does not list is an error.
 *
 * @param options the option names besides {@code theme}, or null for a visualiser that takes any
 *                (a test's stand-in)
 */
public record VisualiserType(String name, Set<String> options, Function<Map<String, String>, Visualiser> factory) {
    /** The option every visualiser takes ({@code render --theme} sets it). */
    public static final String THEME = "theme";

    public VisualiserType {
        options = options == null ? null : Set.copyOf(options);
    }

    /** A visualiser that reads {@code theme} and these options. */
    public static VisualiserType of(String name, Function<Map<String, String>, Visualiser> factory, String... options) {
        return new VisualiserType(name, Set.of(options), factory);
    }

    /** The names it reads, {@code theme} among them, sorted (empty for one that takes any). */
    public List<String> known() {
        if (options == null) {
            return List.of();
        }
        List<String> k = new ArrayList<>(options);
        k.add(THEME);
        k.sort(null);
        return k;
    }

    /** True if it reads this option (every name, for one that takes any). */
    public boolean accepts(String option) {
        return options == null || option.equals(THEME) || options.contains(option);
    }

    /**
     * @throws BadInputException naming each unknown option, the nearest known one, and the known
     *                           ones: {@code visualiser delta-flow: unknown option 'sizez' (did you mean sizes?); known: …}
     */
    public void check(Map<String, String> given) {
        if (options == null) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (String key : given.keySet()) {
            if (!accepts(key)) {
                unknown.add("'" + key + "'"
                        + Nearest.to(key, known())
                                .map(n -> " (did you mean " + n + "?)")
                                .orElse(""));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadInputException("visualiser " + name + ": unknown option" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + "; known: " + String.join(", ", known()));
        }
    }

    /** Checks the options, then makes the visualiser. */
    public Visualiser create(Map<String, String> given) {
        check(given);
        return factory.apply(given);
    }

    @Override
    public String toString() {
        return name + (options == null ? " (any options)" : " " + known());
    }
}
