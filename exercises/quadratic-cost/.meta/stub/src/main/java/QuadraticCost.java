/** Eq. 7: the quadratic cost of one example, and its gradient. */
public final class QuadraticCost {

    /** (7) C = ½ Σₖ (yₖ − aₖ)² */
    public static double cost(double[] a, double[] y) {
        throw new IllegalStateException("Not written yet: cost is task 1 of .docs/instructions.md");
    }

    /** ∂C/∂aⱼ = aⱼ − yⱼ */
    public static double[] costGradient(double[] a, double[] y) {
        throw new IllegalStateException("Not written yet: costGradient is task 2 of .docs/instructions.md");
    }
}
