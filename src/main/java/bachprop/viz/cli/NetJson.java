package bachprop.viz.cli;

import bachprop.cli.UsageException;
import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the network file of {@code bachprop trace --net FILE.json} for {@code render --net}:
 * {"sizes":[2,2,2], "weights":[Wˡ rows per layer...], "biases":[...], "input":[...],
 * "target":[...], "eta":0.5, "updateBiases":true}. Errors name the file (and line, for syntax).
 */
record NetJson(Network network, Vec input, Vec target, double eta, boolean updateBiases) {

    static NetJson read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + e.getMessage());
        }
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new UsageException(file + ": line 1: expected a JSON object");
        }
        try {
            List<Mat> ws = new ArrayList<>();
            for (Object layer : list(m, "weights")) {
                List<?> rows = (List<?>) layer;
                double[][] w = new double[rows.size()][];
                for (int k = 0; k < rows.size(); k++) {
                    w[k] = numbers((List<?>) rows.get(k));
                }
                ws.add(new Mat(w));
            }
            List<Vec> bs = new ArrayList<>();
            for (Object b : list(m, "biases")) {
                bs.add(new Vec(numbers((List<?>) b)));
            }
            Network net = new Network(ws, bs);
            if (m.containsKey("sizes")) {
                double[] sizes = numbers(list(m, "sizes"));
                int[] actual = net.sizes();
                boolean same = sizes.length == actual.length;
                for (int i = 0; same && i < sizes.length; i++) {
                    same = (int) sizes[i] == actual[i];
                }
                if (!same) {
                    throw new IllegalArgumentException("\"sizes\" does not match the shapes of \"weights\"");
                }
            }
            Vec x = new Vec(numbers(list(m, "input")));
            Vec y = new Vec(numbers(list(m, "target")));
            if (x.size() != net.size(1) || y.size() != net.size(net.L())) {
                throw new IllegalArgumentException("\"input\" needs " + net.size(1) + " numbers and \"target\" " + net.size(net.L()));
            }
            double eta = m.containsKey("eta") ? ((Number) m.get("eta")).doubleValue() : 0.5;
            boolean ub = !m.containsKey("updateBiases") || Boolean.TRUE.equals(m.get("updateBiases"));
            return new NetJson(net, x, y, eta, ub);
        } catch (ClassCastException | NullPointerException e) {
            throw new UsageException(file + ": a field has the wrong type (see `bachprop trace --help` for the schema)");
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    private static List<?> list(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("\"" + key + "\" must be an array");
        }
        return l;
    }

    private static double[] numbers(List<?> l) {
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) l.get(i)).doubleValue();
        }
        return d;
    }
}
