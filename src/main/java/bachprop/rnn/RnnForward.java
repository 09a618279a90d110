package bachprop.rnn;

import bachprop.nn.Vec;

/**
 * Everything the forward pass computed, kept for backpropagation through time. Time runs
 * 1..T as in the text; index 0 of {@code h} is the starting state h₀, index 0 of the others is
 * unused.
 *
 * @param x  the inputs x_t
 * @param z  the hidden weighted inputs z_t = x_t W_xh + h_{t−1} W_hh + b_h
 * @param h  the hidden states h_t = σ(z_t), with h[0] = h₀
 * @param o  the outputs o_t = h_t W_ho + b_o
 * @param yHat the probabilities ŷ_t = softmax(o_t)
 * @param cost the cost C_t of each step (0 where there is no target), and C = Σ C_t at index 0
 */
public record RnnForward(Vec[] x, Vec[] z, Vec[] h, Vec[] o, Vec[] yHat, double[] cost) {

    /** The number of time steps T. */
    public int T() {
        return x.length - 1;
    }

    public Vec x(int t) {
        return x[t];
    }

    public Vec z(int t) {
        return z[t];
    }

    public Vec h(int t) {
        return h[t];
    }

    public Vec o(int t) {
        return o[t];
    }

    public Vec yHat(int t) {
        return yHat[t];
    }

    /** C = Σ_t C_t. */
    public double totalCost() {
        return cost[0];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RnnForward T=" + T() + ", C=" + Value.num(totalCost()));
        for (int t = 1; t <= T(); t++) {
            sb.append("\n  h")
                    .append(Names.sub(t))
                    .append(" = ")
                    .append(h[t])
                    .append("   ŷ")
                    .append(Names.sub(t))
                    .append(" = ")
                    .append(yHat[t]);
        }
        return sb.toString();
    }
}
