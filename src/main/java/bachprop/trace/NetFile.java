package bachprop.trace;

import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A network file for {@code bachprop trace} and {@code bachprop render --net}: layer sizes,
 * weights, biases, one input, its target, η, and whether the update touches the biases
 * (schema in docs/net-file.md). Every problem is a {@link BadInputException} naming the field.
 */
public record NetFile(Network network, Vec input, Vec target, double eta, boolean updateBiases) {

    /** The presets shipped with the product, usable wherever a file name is accepted. */
    public static final List<String> PRESETS = List.of("mazur", "default");

    /**
     * The file as written (docs/net-file.md); every number finite, unknown fields rejected.
     *
     * @param weights {@code weights[i][k][j]} is the text's wˡₖ,ⱼ for l = i + 2
     * @param biases  {@code biases[i]} is bˡ for l = i + 2
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true) // checked after the required fields, by knownFields
    public record Document(
            int[] sizes,
            double[][][] weights,
            double[][] biases,
            double[] input,
            double[] target,
            Double eta,
            Boolean updateBiases,
            String description) {}

    /** The same network and example, with the update moving the biases or not. */
    public NetFile withUpdateBiases(boolean update) {
        return new NetFile(network, input, target, eta, update);
    }

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
            throw new BadInputException("unknown preset '" + nameOrPath + "' (presets: " + String.join(", ", PRESETS)
                    + "; or give a FILE.json)");
        }
        return read(path);
    }

    public static NetFile read(Path path) {
        return parse(Json.text(path), path.toString());
    }

    /** Parses the JSON text; {@code source} names it in error messages. */
    public static NetFile parse(String text, String source) {
        NetFile net = of(Json.read(text, source, Document.class), source);
        knownFields(text, source);
        return net;
    }

    /** A misspelt field ({@code "updateBias"}) is an error, named after any missing one. */
    static void knownFields(String text, String source) {
        List<String> known = Arrays.stream(Document.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        if (Json.parse(text, source) instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!known.contains(key)) {
                    throw new BadInputException(source + ": field '" + key + "': unknown field (known fields: "
                            + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
                }
            }
        }
    }

    /** Checks the shapes against {@code sizes} and builds the network; {@code source} names the file. */
    static NetFile of(Document d, String source) {
        int[] sizes = required(d.sizes(), "sizes", source);
        if (sizes.length < 2) {
            throw new BadInputException(source + ": field 'sizes' needs at least 2 layers");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1) {
                throw new BadInputException(source + ": field 'sizes[" + i + "]' must be at least 1");
            }
        }
        double[][][] ws = required(d.weights(), "weights", source);
        double[][] bs = required(d.biases(), "biases", source);
        if (ws.length != sizes.length - 1) {
            throw new BadInputException(
                    source + ": field 'weights' has " + ws.length + " matrices, 'sizes' needs " + (sizes.length - 1));
        }
        if (bs.length != sizes.length - 1) {
            throw new BadInputException(
                    source + ": field 'biases' has " + bs.length + " vectors, 'sizes' needs " + (sizes.length - 1));
        }
        List<Mat> weights = new ArrayList<>();
        List<Vec> biases = new ArrayList<>();
        for (int i = 0; i < ws.length; i++) {
            String name = "weights[" + i + "]";
            double[][] rows = required(ws[i], name, source);
            if (rows.length != sizes[i + 1]) {
                throw new BadInputException(source + ": field '" + name + "' has " + rows.length + " rows, layer "
                        + (i + 2) + " has " + sizes[i + 1] + " neurons");
            }
            for (int k = 0; k < rows.length; k++) {
                required(rows[k], name + "[" + k + "]", source);
                if (rows[k].length != sizes[i]) {
                    throw new BadInputException(source + ": field '" + name + "[" + k + "]' has " + rows[k].length
                            + " entries, layer " + (i + 1) + " has " + sizes[i] + " neurons");
                }
            }
            weights.add(new Mat(rows));
            String bname = "biases[" + i + "]";
            double[] b = required(bs[i], bname, source);
            if (b.length != sizes[i + 1]) {
                throw new BadInputException(source + ": field '" + bname + "' has " + b.length + " entries, layer "
                        + (i + 2) + " has " + sizes[i + 1] + " neurons");
            }
            biases.add(new Vec(b));
        }
        double[] x = required(d.input(), "input", source);
        if (x.length != sizes[0]) {
            throw new BadInputException(
                    source + ": field 'input' has " + x.length + " entries, the input layer has " + sizes[0]);
        }
        double[] y = required(d.target(), "target", source);
        if (y.length != sizes[sizes.length - 1]) {
            throw new BadInputException(source + ": field 'target' has " + y.length + " entries, the output layer has "
                    + sizes[sizes.length - 1]);
        }
        double eta = required(d.eta(), "eta", source);
        boolean updateBiases = d.updateBiases() == null || d.updateBiases();
        return new NetFile(new Network(weights, biases), new Vec(x), new Vec(y), eta, updateBiases);
    }

    private static <T> T required(T value, String name, String source) {
        if (value == null) {
            throw new BadInputException(source + ": missing field '" + name + "'");
        }
        return value;
    }
}
