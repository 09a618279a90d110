package bachprop.rnn;

import bachprop.nn.Vec;

/** softmax(o)ₖ = e^{oₖ} / Σⱼ e^{oⱼ}, and the cross-entropy −log ŷ_y of the true token y. */
public final class Softmax {
    private Softmax() {}

    /** The probabilities ŷ = softmax(o), computed after subtracting max(o) so no exponential overflows. */
    public static Vec softmax(Vec o) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < o.size(); k++) {
            max = Math.max(max, o.get(k));
        }
        double[] e = new double[o.size()];
        double sum = 0;
        for (int k = 0; k < e.length; k++) {
            e[k] = Math.exp(o.get(k) - max);
            sum += e[k];
        }
        for (int k = 0; k < e.length; k++) {
            e[k] /= sum;
        }
        return new Vec(e);
    }

    /** C = −log softmax(o)_y, written as log Σ e^{oⱼ} − o_y so that it stays finite. */
    public static double crossEntropy(Vec o, int y) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < o.size(); k++) {
            max = Math.max(max, o.get(k));
        }
        double sum = 0;
        for (int k = 0; k < o.size(); k++) {
            sum += Math.exp(o.get(k) - max);
        }
        return max + Math.log(sum) - o.get(y);
    }

    /**
     * A softmax over each group of consecutive outputs on its own, e.g. groups (46, 16): the first
     * 46 entries are one distribution (pitch), the next 16 another (duration).
     */
    public static Vec softmax(Vec o, int[] groups) {
        if (groups.length == 1) {
            return softmax(o);
        }
        double[] y = new double[o.size()];
        int start = 0;
        for (int g : groups) {
            Vec part = softmax(slice(o, start, g));
            for (int k = 0; k < g; k++) {
                y[start + k] = part.get(k);
            }
            start += g;
        }
        return new Vec(y);
    }

    static Vec slice(Vec v, int start, int length) {
        double[] r = new double[length];
        for (int k = 0; k < length; k++) {
            r[k] = v.get(start + k);
        }
        return new Vec(r);
    }

    /** The one-hot vector of length n with a 1 at {@code k}. */
    public static Vec oneHot(int n, int k) {
        double[] v = new double[n];
        v[k] = 1;
        return new Vec(v);
    }
}
