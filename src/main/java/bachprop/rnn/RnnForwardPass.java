package bachprop.rnn;

import static bachprop.rnn.Rnn.require;

import bachprop.nn.Sigmoid;
import bachprop.nn.Vec;
import java.util.List;

/** The forward pass of eq. 25 over one sequence, keeping every z_t, h_t, o_t, ŷ_t and the cost. */
final class RnnForwardPass {
    private RnnForwardPass() {}

    /**
     * Feeds x₁..x_T through {@code net} from h₀ with one target index per output group at each step
     * ({@code targets[t−1]}, null where there is none); records each step if {@code trace} is not null.
     */
    static RnnForward run(Rnn net, List<Vec> xs, Vec h0, int[][] targets, BpttTrace trace) {
        OutputGroups groups = net.outputGroups();
        int T = xs.size();
        require(targets.length == T, "there are " + T + " inputs but " + targets.length + " targets");
        Vec[] x = new Vec[T + 1];
        Vec[] z = new Vec[T + 1];
        Vec[] h = new Vec[T + 1];
        Vec[] o = new Vec[T + 1];
        Vec[] yHat = new Vec[T + 1];
        double[] cost = new double[T + 1];
        h[0] = h0;
        for (int t = 1; t <= T; t++) {
            x[t] = xs.get(t - 1);
            require(
                    x[t].size() == net.nIn(),
                    "x" + Names.sub(t) + " has " + x[t].size() + " entries, the input layer has " + net.nIn());
            z[t] = net.weightedInput(x[t], h[t - 1]); // inside (25)
            h[t] = Sigmoid.sigma(z[t]); // (25) h_t = σ(z_t)
            o[t] = net.output(h[t]); // o_t = h_t W_ho + b_o
            yHat[t] = groups.softmax(o[t]); // ŷ_t = softmax(o_t), per group
            if (targets[t - 1] != null) {
                cost[t] = groups.crossEntropy(o[t], targets[t - 1], t); // C_t = −log ŷ_t[y_t]
                cost[0] += cost[t];
            }
            if (trace != null) {
                RnnForwardTrace.step(net, trace, t, x, z, h, o, yHat, cost, targets[t - 1]);
            }
        }
        if (trace != null) {
            RnnForwardTrace.totalCost(trace, cost, targets);
        }
        return new RnnForward(x, z, h, o, yHat, cost);
    }
}
