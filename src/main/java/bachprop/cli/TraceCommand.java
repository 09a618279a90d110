package bachprop.cli;

import bachprop.util.BadInputException;
import bachprop.nn.Equation;
import bachprop.nn.Fmt;
import bachprop.nn.Network;
import bachprop.nn.Operand;
import bachprop.nn.Step;
import bachprop.nn.Trace;
import bachprop.util.Json;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bachprop trace --net FILE.json|PRESET [--json]}: one forward and backward pass and one
 * update of the network in FILE, every step in equation order, read from the core's {@link Trace}.
 */
@Command(name = "trace", description = "one forward and backward pass, equation by equation")
public final class TraceCommand extends BaseCommand {
    @Option(names = "--net", paramLabel = "FILE.json|PRESET", description = "the network: a net file or a preset (${COMPLETION-CANDIDATES})",
            completionCandidates = Presets.class)
    String net;

    @Option(names = "--json", description = "print the trace as JSON (schema bachprop.trace/1)")
    boolean json;

    /** The preset names, for help and completion. */
    static final class Presets implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return NetFile.PRESETS.iterator();
        }
    }

    @Override
    protected int run() {
        if (net == null) {
            throw new BadInputException("missing --net FILE.json (or a preset: " + String.join(", ", NetFile.PRESETS) + ")");
        }
        NetFile file = NetFile.read(net);
        Network net = file.network();
        Network before = net.copy();
        Trace trace = net.trainStep(file.input(), file.target(), file.eta(), file.updateBiases());
        double costBefore = trace.of(Equation.COST).get(0).value();
        double costAfter = net.cost(file.input(), file.target());
        if (json) {
            out.println(Json.write(toJson(file, before, net, trace, costBefore, costAfter)));
        } else {
            printListing(out, file, before, trace, costBefore, costAfter);
        }
        return 0;
    }

    static void printListing(PrintStream out, NetFile file, Network before, Trace trace, double costBefore, double costAfter) {
        out.println(before);
        out.println("x = " + file.input() + ", y = " + file.target() + ", η = " + Fmt.num(file.eta())
                + (file.updateBiases() ? "" : " (biases not updated)"));
        String section = null;
        for (Step s : trace) {
            String heading = heading(s);
            if (!heading.equals(section)) {
                section = heading;
                out.println();
                out.println(heading);
            }
            out.println("  " + s);
        }
        out.println();
        out.println("cost before the update: C = " + Fmt.sig(costBefore, 9));
        out.println("cost after the update:  C = " + Fmt.sig(costAfter, 9));
    }

    /** Feed-forward steps are grouped by layer; the others by equation. */
    static String heading(Step s) {
        return switch (s.equation()) {
            case Z, A -> "Feed forward into layer " + s.layer() + " — eqs. (3) and (5)";
            case COST -> "Cost — eq. (7)";
            case UPDATE_W, UPDATE_B -> "Update — eq. (13), " + (s.equation() == Equation.UPDATE_W ? "weights" : "biases");
            default -> s.equation().label() + " — " + s.equation().description() + ", eq. (" + s.equation().number() + ")";
        };
    }

    static Map<String, Object> toJson(NetFile file, Network before, Network after, Trace trace, double costBefore, double costAfter) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "bachprop.trace/1");
        root.put("network", networkJson(before));
        root.put("input", file.input().toArray());
        root.put("target", file.target().toArray());
        root.put("eta", file.eta());
        root.put("updateBiases", file.updateBiases());
        root.put("costBefore", costBefore);
        List<Object> steps = new ArrayList<>();
        for (Step s : trace) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", s.index());
            m.put("equation", s.equation().number());
            m.put("label", s.equation().label());
            m.put("kind", s.equation().name());
            m.put("layer", s.layer());
            m.put("neuron", s.neuron());
            m.put("from", s.from());
            m.put("symbol", s.result().name());
            m.put("formula", s.formula());
            m.put("substituted", s.substituted());
            m.put("tex", s.texFormula());
            List<Object> reads = new ArrayList<>();
            for (Operand o : s.reads()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", o.name());
                r.put("value", o.value());
                reads.add(r);
            }
            m.put("reads", reads);
            m.put("value", s.value());
            steps.add(m);
        }
        root.put("steps", steps);
        Map<String, Object> afterJson = networkJson(after);
        afterJson.put("cost", costAfter);
        root.put("after", afterJson);
        return root;
    }

    static Map<String, Object> networkJson(Network net) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sizes", net.sizes());
        List<Object> ws = new ArrayList<>();
        List<Object> bs = new ArrayList<>();
        for (int l = 2; l <= net.L(); l++) {
            List<Object> rows = new ArrayList<>();
            for (double[] row : net.weight(l).toArray()) {
                rows.add(row);
            }
            ws.add(rows);
            bs.add(net.bias(l).toArray());
        }
        m.put("weights", ws);
        m.put("biases", bs);
        return m;
    }
}
