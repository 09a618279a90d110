import java.util.List;

/** Section 4.3: average the gradients of a mini-batch, then take one step. */
public final class MiniBatch {

    /** ∇C̄ = (1/m) Σₓ ∇Cₓ, entry by entry. */
    public static double[] average(List<double[]> gradients) {
        double[] mean = gradients.get(0);        // adds into the first gradient (and returns it when m = 1)
        for (double[] g : gradients.subList(1, gradients.size())) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += g[i];
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= gradients.size();
        }
        return mean;
    }

    /** v − η ∇C̄, as a new array. */
    public static double[] step(double[] v, List<double[]> gradients, double eta) {
        double[] mean = average(gradients);
        double[] next = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            next[i] = v[i] - eta * mean[i]; // Δv = −η∇C̄
        }
        return next;
    }
}
