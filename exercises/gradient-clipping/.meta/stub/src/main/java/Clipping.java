/** Gradient clipping by the global norm. */
public final class Clipping {

    /** ‖∇C‖: the square root of the sum of squares of every entry of every row. */
    public static double norm(double[][] gradient) {
        throw new IllegalStateException("Not written yet: norm is task 1 of .docs/instructions.md");
    }

    /** ∇C unchanged if ‖∇C‖ ≤ c, else ∇C · c / ‖∇C‖; a new array. */
    public static double[][] clip(double[][] gradient, double c) {
        throw new IllegalStateException("Not written yet: clip is task 2 of .docs/instructions.md");
    }
}
