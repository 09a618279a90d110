package bachprop.rnn;

import static bachprop.rnn.Rnn.require;

import bachprop.nn.Vec;
import java.util.Arrays;

/**
 * The output's softmax groups (e.g. 46 pitches and 16 durations, side by side in o_t): their
 * targets, their softmax and their cross-entropy.
 */
final class OutputGroups {
    private final int[] sizes;

    /** @param nOut the outputs the groups share out; their sizes must add up to it */
    OutputGroups(int[] sizes, int nOut) {
        int total = 0;
        for (int g : sizes) {
            require(g > 0, "each output group needs at least one output");
            total += g;
        }
        require(total == nOut, "the output groups add up to " + total + " but W_ho has " + nOut + " columns");
        this.sizes = sizes.clone();
    }

    /** The sizes of the groups, a copy. */
    int[] sizes() {
        return sizes.clone();
    }

    /** One target index per softmax group at each step (null: no target at that step). */
    int[][] perGroup(int[] targets) {
        require(
                sizes.length == 1,
                "this RNN has " + sizes.length + " output groups: give one target per group and step");
        int[][] y = new int[targets.length][];
        for (int t = 0; t < targets.length; t++) {
            y[t] = targets[t] < 0 ? null : new int[] {targets[t]};
        }
        return y;
    }

    /** ŷ = softmax(o), per group. */
    Vec softmax(Vec o) {
        return Softmax.softmax(o, sizes);
    }

    /** C_t = Σ over groups of −log ŷ_t[y] (one group: the text's single output). */
    double crossEntropy(Vec o, int[] y, int t) {
        require(
                y.length == sizes.length,
                "at t=" + t + " there are " + y.length + " targets for " + sizes.length + " output groups");
        double c = 0;
        int start = 0;
        for (int g = 0; g < sizes.length; g++) {
            require(
                    y[g] >= 0 && y[g] < sizes[g],
                    "target " + y[g] + " at t=" + t + " is not one of the " + sizes[g] + " outputs of its group");
            c += Softmax.crossEntropy(Softmax.slice(o, start, sizes[g]), y[g]);
            start += sizes[g];
        }
        return c;
    }

    /** The indices into o_t (all groups side by side) of the targets y. */
    int[] flatTargets(int[] y) {
        int[] k = new int[y.length];
        int start = 0;
        for (int g = 0; g < sizes.length; g++) {
            k[g] = start + y[g];
            start += sizes[g];
        }
        return k;
    }

    @Override
    public String toString() {
        return "OutputGroups" + Arrays.toString(sizes);
    }
}
