/** Eqs. 12 and 13 on the text's g(x, y) = x² + 2xy + 3y². */
public final class GradientDescent {

    /** ∇g(x, y) = {∂g/∂x, ∂g/∂y} */
    public static double[] gradG(double x, double y) {
        return new double[] {2 * x + 2 * y, 2 * x + 6 * y};
    }

    /** (13) v → v + Δv with Δv = −η ∇C, as a new array. */
    public static double[] step(double[] v, double[] grad, double eta) {
        for (int i = 0; i < v.length; i++) {
            v[i] -= eta * grad[i];              // moves the caller's v itself
        }
        return v;
    }

    /** Where {@code steps} steps of gradient descent on g from v0 end. */
    public static double[] descend(double[] v0, double eta, int steps) {
        double[] v = v0.clone();
        for (int n = 0; n < steps; n++) {
            v = step(v, gradG(v[0], v[1]), eta);
        }
        return v;
    }

    /** (12) ΔC ≈ ∇C · Δv */
    public static double predictedChange(double[] grad, double[] dv) {
        double change = 0;
        for (int i = 0; i < grad.length; i++) {
            change += grad[i] * dv[i];
        }
        return change;
    }
}
