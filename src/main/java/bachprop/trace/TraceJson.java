package bachprop.trace;

import bachprop.nn.Network;
import bachprop.nn.Operand;
import bachprop.nn.Step;
import bachprop.nn.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The output of {@code bachprop trace --json}, schema {@code bachprop.trace/1} (docs/net-file.md):
 * the network before the update, the example, every step in the order the algorithm takes it, and
 * the network after the update with its cost.
 */
public record TraceJson(
        String schema,
        Weights network,
        double[] input,
        double[] target,
        double eta,
        boolean updateBiases,
        double costBefore,
        List<StepJson> steps,
        After after) {

    public static final String SCHEMA = "bachprop.trace/1";

    /** A network's sizes, weights ({@code weights[i][k][j]} = wˡₖ,ⱼ, l = i + 2) and biases. */
    public record Weights(int[] sizes, double[][][] weights, double[][] biases) {
        public static Weights of(Network net) {
            double[][][] ws = new double[net.L() - 1][][];
            double[][] bs = new double[net.L() - 1][];
            for (int l = 2; l <= net.L(); l++) {
                ws[l - 2] = net.weight(l).toArray();
                bs[l - 2] = net.bias(l).toArray();
            }
            return new Weights(net.sizes(), ws, bs);
        }
    }

    /** The network after the update, and its cost C on the same example (eq. 7). */
    public record After(int[] sizes, double[][][] weights, double[][] biases, double cost) {}

    /** One step: which equation, where in the network, the formula, what it read, its value. */
    public record StepJson(
            int index,
            String equation,
            String label,
            String kind,
            int layer,
            int neuron,
            int from,
            String symbol,
            String formula,
            String substituted,
            String tex,
            List<Read> reads,
            double value) {
        static StepJson of(Step s) {
            List<Read> reads = new ArrayList<>();
            for (Operand o : s.reads()) {
                reads.add(new Read(o.name(), o.value()));
            }
            return new StepJson(
                    s.index(),
                    s.equation().number(),
                    s.equation().label(),
                    s.equation().name(),
                    s.layer(),
                    s.neuron(),
                    s.from(),
                    s.result().name(),
                    s.formula(),
                    s.substituted(),
                    s.texFormula(),
                    reads,
                    s.value());
        }
    }

    /** A value the step read, by its symbol. */
    public record Read(String name, double value) {}

    /** The JSON of one traced training step of {@code file}'s network ({@code before} → {@code after}). */
    public static TraceJson of(
            NetFile file, Network before, Network after, Trace trace, double costBefore, double costAfter) {
        List<StepJson> steps = new ArrayList<>();
        for (Step s : trace) {
            steps.add(StepJson.of(s));
        }
        Weights a = Weights.of(after);
        return new TraceJson(
                SCHEMA,
                Weights.of(before),
                file.input().toArray(),
                file.target().toArray(),
                file.eta(),
                file.updateBiases(),
                costBefore,
                steps,
                new After(a.sizes(), a.weights(), a.biases(), costAfter));
    }
}
