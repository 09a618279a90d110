package bachprop.cli;

import bachprop.util.BadInputException;
import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.util.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A network file for {@code bachprop trace} and {@code bachprop render --net}: layer sizes,
 * weights, biases, one input, its target, η, and whether the update touches the biases
 * (schema in docs/net-file.md). Every problem is a {@link BadInputException} naming the field.
 */
public record NetFile(Network network, Vec input, Vec target, double eta, boolean updateBiases) {

    /** The presets shipped with the product, usable wherever a file name is accepted. */
    public static final List<String> PRESETS = List.of("mazur", "default");

    /** Reads a preset name or a file path. */
    public static NetFile read(String nameOrPath) {
        if (PRESETS.contains(nameOrPath)) {
            try (InputStream in = NetFile.class.getResourceAsStream("/bachprop/nets/" + nameOrPath + ".json")) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset " + nameOrPath);
            } catch (IOException e) {
                throw new BadInputException("cannot read preset " + nameOrPath + ": " + e.getMessage());
            }
        }
        Path path = Path.of(nameOrPath);
        if (!nameOrPath.contains("/") && !nameOrPath.contains(".") && !Files.exists(path)) {
            throw new BadInputException("unknown preset '" + nameOrPath + "' (presets: " + String.join(", ", PRESETS) + "; or give a FILE.json)");
        }
        return read(path);
    }

    public static NetFile read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + e.getMessage());
        }
        return parse(text, path.toString());
    }

    /** Parses the JSON text; {@code source} names it in error messages. */
    public static NetFile parse(String text, String source) {
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new BadInputException(source + ": malformed JSON at " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new BadInputException(source + ": the top level must be a JSON object");
        }
        int[] sizes = intList(field(m, "sizes", source), "sizes", source);
        if (sizes.length < 2) {
            throw new BadInputException(source + ": field 'sizes' needs at least 2 layers");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1) {
                throw new BadInputException(source + ": field 'sizes[" + i + "]' must be at least 1");
            }
        }
        List<?> ws = list(field(m, "weights", source), "weights", source);
        List<?> bs = list(field(m, "biases", source), "biases", source);
        if (ws.size() != sizes.length - 1) {
            throw new BadInputException(source + ": field 'weights' has " + ws.size() + " matrices, 'sizes' needs " + (sizes.length - 1));
        }
        if (bs.size() != sizes.length - 1) {
            throw new BadInputException(source + ": field 'biases' has " + bs.size() + " vectors, 'sizes' needs " + (sizes.length - 1));
        }
        List<Mat> weights = new ArrayList<>();
        List<Vec> biases = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            String name = "weights[" + i + "]";
            List<?> rows = list(ws.get(i), name, source);
            if (rows.size() != sizes[i + 1]) {
                throw new BadInputException(source + ": field '" + name + "' has " + rows.size() + " rows, layer " + (i + 2) + " has " + sizes[i + 1] + " neurons");
            }
            double[][] w = new double[rows.size()][];
            for (int k = 0; k < rows.size(); k++) {
                w[k] = numbers(rows.get(k), name + "[" + k + "]", source);
                if (w[k].length != sizes[i]) {
                    throw new BadInputException(source + ": field '" + name + "[" + k + "]' has " + w[k].length + " entries, layer " + (i + 1) + " has " + sizes[i] + " neurons");
                }
            }
            weights.add(new Mat(w));
            String bname = "biases[" + i + "]";
            double[] b = numbers(bs.get(i), bname, source);
            if (b.length != sizes[i + 1]) {
                throw new BadInputException(source + ": field '" + bname + "' has " + b.length + " entries, layer " + (i + 2) + " has " + sizes[i + 1] + " neurons");
            }
            biases.add(new Vec(b));
        }
        double[] x = numbers(field(m, "input", source), "input", source);
        if (x.length != sizes[0]) {
            throw new BadInputException(source + ": field 'input' has " + x.length + " entries, the input layer has " + sizes[0]);
        }
        double[] y = numbers(field(m, "target", source), "target", source);
        if (y.length != sizes[sizes.length - 1]) {
            throw new BadInputException(source + ": field 'target' has " + y.length + " entries, the output layer has " + sizes[sizes.length - 1]);
        }
        double eta = number(field(m, "eta", source), "eta", source);
        boolean updateBiases = true;
        if (m.containsKey("updateBiases")) {
            if (!(m.get("updateBiases") instanceof Boolean bool)) {
                throw new BadInputException(source + ": field 'updateBiases' must be true or false");
            }
            updateBiases = bool;
        }
        return new NetFile(new Network(weights, biases), new Vec(x), new Vec(y), eta, updateBiases);
    }

    private static Object field(Map<?, ?> m, String name, String source) {
        if (!m.containsKey(name)) {
            throw new BadInputException(source + ": missing field '" + name + "'");
        }
        return m.get(name);
    }

    private static List<?> list(Object o, String name, String source) {
        if (!(o instanceof List<?> l)) {
            throw new BadInputException(source + ": field '" + name + "' must be an array");
        }
        return l;
    }

    private static double number(Object o, String name, String source) {
        if (!(o instanceof Double d)) {
            throw new BadInputException(source + ": field '" + name + "' must be a number, not " + (o == null ? "null" : o));
        }
        if (!Double.isFinite(d)) {
            throw new BadInputException(source + ": field '" + name + "' must be finite, not " + d);
        }
        return d;
    }

    private static double[] numbers(Object o, String name, String source) {
        List<?> l = list(o, name, source);
        double[] r = new double[l.size()];
        for (int i = 0; i < r.length; i++) {
            Object v = l.get(i);
            if (v instanceof String s && (s.equalsIgnoreCase("nan") || s.toLowerCase().contains("inf"))) {
                throw new BadInputException(source + ": field '" + name + "[" + i + "]' must be finite, not " + s);
            }
            r[i] = number(v, name + "[" + i + "]", source);
        }
        return r;
    }

    private static int[] intList(Object o, String name, String source) {
        double[] d = numbers(o, name, source);
        int[] r = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != Math.rint(d[i])) {
                throw new BadInputException(source + ": field '" + name + "[" + i + "]' must be a whole number");
            }
            r[i] = (int) d[i];
        }
        return r;
    }
}
