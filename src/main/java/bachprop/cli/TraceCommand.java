package bachprop.cli;

import bachprop.nn.Equation;
import bachprop.nn.Fmt;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.nn.Trace;
import bachprop.trace.NetFile;
import bachprop.trace.TraceJson;
import bachprop.util.BadInputException;
import bachprop.util.Json;
import java.io.PrintStream;
import java.util.Iterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bachprop trace --net FILE.json|PRESET [--json]}: one forward and backward pass and one
 * update of the network in FILE, every step in equation order, read from the core's {@link Trace}.
 */
@Command(name = "trace", description = "one forward and backward pass, equation by equation")
public final class TraceCommand extends BaseCommand {
    @Option(
            names = "--net",
            paramLabel = "FILE.json|PRESET",
            description = "the network: a net file or a preset (${COMPLETION-CANDIDATES})",
            completionCandidates = Presets.class)
    String net;

    @Option(names = "--json", description = "print the trace as JSON (schema bachprop.trace/1)")
    boolean json;

    @Option(
            names = "--update-biases",
            negatable = true,
            description = "whether the update moves the biases too (default: the net file's updateBiases, true for"
                    + " the presets); --no-update-biases updates the weights only, as Mazur's post does and as"
                    + " the δ-flow visualiser's 'Update biases' toggle (option update-biases) does when off")
    Boolean updateBiases;

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
            throw new BadInputException(
                    "missing --net FILE.json (or a preset: " + String.join(", ", NetFile.PRESETS) + ")");
        }
        NetFile file = NetFile.read(net);
        if (updateBiases != null) {
            file = file.withUpdateBiases(updateBiases);
        }
        Network net = file.network();
        Network before = net.copy();
        Trace trace = net.trainStep(file.input(), file.target(), file.eta(), file.updateBiases());
        double costBefore = trace.of(Equation.COST).get(0).value();
        double costAfter = net.cost(file.input(), file.target());
        String diverged = divergence(trace, costAfter);
        if (diverged != null) {
            // JSON cannot hold NaN or ∞: the listing is printed (it shows where), then the verdict
            if (!json) {
                printListing(out, file, before, trace, costBefore, costAfter);
            }
            err.println("bachprop trace: " + diverged);
            return Main.FAILED;
        }
        if (json) {
            out.println(Json.write(TraceJson.of(file, before, net, trace, costBefore, costAfter)));
        } else {
            printListing(out, file, before, trace, costBefore, costAfter);
        }
        return 0;
    }

    /**
     * The first non-finite value (NaN or ±∞) of the pass, as one line naming its step; or, when
     * every step is finite but the cost after the update is not, that; null when all are finite.
     */
    static String divergence(Trace trace, double costAfter) {
        for (Step s : trace) {
            if (!Double.isFinite(s.value())) {
                return "diverged at step " + (s.index() + 1) + " ("
                        + s.equation().label() + ", " + s.wrote() + " = " + s.value() + "): " + s.substituted() + "; "
                        + ADVICE;
            }
        }
        if (!Double.isFinite(costAfter)) {
            return "diverged after the update (eq. 7, C = " + costAfter + "); " + ADVICE;
        }
        return null;
    }

    static final String ADVICE = "try a smaller η or smaller weights";

    static void printListing(
            PrintStream out, NetFile file, Network before, Trace trace, double costBefore, double costAfter) {
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
            case UPDATE_W, UPDATE_B ->
                "Update — eq. (13), " + (s.equation() == Equation.UPDATE_W ? "weights" : "biases");
            default ->
                s.equation().label() + " — " + s.equation().description() + ", eq. ("
                        + s.equation().number() + ")";
        };
    }
}
