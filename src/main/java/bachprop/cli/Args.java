package bachprop.cli;

import bachprop.util.BadInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiny parser for {@code --name value} and {@code --flag} options; everything else is a
 * positional argument. Unknown options are a {@link BadInputException}.
 */
public final class Args {
    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /**
     * @param valued options that take a value (without the leading dashes)
     * @param flags  options that take none
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    parsed.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new BadInputException("option --" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    parsed.options.put(name, value);
                } else {
                    throw new BadInputException("unknown option --" + name);
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name) {
        return options.get(name);
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public int getInt(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadInputException("--" + name + " takes a whole number, not '" + v + "'");
        }
    }

    public double getDouble(String name, double fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new BadInputException("--" + name + " takes a number, not '" + v + "'");
        }
    }

    public List<String> positional() {
        return positional;
    }
}
