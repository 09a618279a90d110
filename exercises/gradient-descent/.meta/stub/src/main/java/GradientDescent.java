/** Eqs. 12 and 13 on the text's g(x, y) = x² + 2xy + 3y². */
public final class GradientDescent {

    /** ∇g(x, y) = {∂g/∂x, ∂g/∂y} */
    public static double[] gradG(double x, double y) {
        throw new IllegalStateException("Not written yet: gradG is task 1 of .docs/instructions.md");
    }

    /** (13) v → v + Δv with Δv = −η ∇C, as a new array. */
    public static double[] step(double[] v, double[] grad, double eta) {
        throw new IllegalStateException("Not written yet: step is task 2 of .docs/instructions.md");
    }

    /** Where {@code steps} steps of gradient descent on g from v0 end. */
    public static double[] descend(double[] v0, double eta, int steps) {
        throw new IllegalStateException("Not written yet: descend is task 3 of .docs/instructions.md");
    }

    /** (12) ΔC ≈ ∇C · Δv */
    public static double predictedChange(double[] grad, double[] dv) {
        throw new IllegalStateException("Not written yet: predictedChange is task 4 of .docs/instructions.md");
    }
}
