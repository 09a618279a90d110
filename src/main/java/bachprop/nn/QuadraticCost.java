package bachprop.nn;

/** The quadratic cost of eq. 7, C = ½ Σₖ (yₖ − aᴸₖ)², and its derivative ∂C/∂aᴸ = aᴸ − y. */
public final class QuadraticCost {
    private QuadraticCost() {}

    /** (7) C = ½ Σₖ (yₖ − aᴸₖ)² */
    public static double cost(Vec a, Vec y) {
        Vec gap = y.minus(a);
        return 0.5 * gap.dot(gap);
    }

    /** ∂C/∂aᴸⱼ = aᴸⱼ − yⱼ (section 4.2.1). */
    public static Vec costDerivative(Vec a, Vec y) {
        return a.minus(y);
    }
}
