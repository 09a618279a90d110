import java.util.List;

/** Section 4.3: average the gradients of a mini-batch, then take one step. */
public final class MiniBatch {

    /** ∇C̄ = (1/m) Σₓ ∇Cₓ, entry by entry. */
    public static double[] average(List<double[]> gradients) {
        throw new IllegalStateException("Not written yet: average is task 1 of .docs/instructions.md");
    }

    /** v − η ∇C̄, as a new array. */
    public static double[] step(double[] v, List<double[]> gradients, double eta) {
        throw new IllegalStateException("Not written yet: step is task 2 of .docs/instructions.md");
    }
}
