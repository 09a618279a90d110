/** Eq. 7: the quadratic cost of one example, and its gradient. */
public final class QuadraticCost {

    /** (7) C = ½ Σₖ (yₖ − aₖ)² */
    public static double cost(double[] a, double[] y) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            double gap = y[k] - a[k];
            sum += gap * gap;
        }
        return sum;
    }

    /** ∂C/∂aⱼ = aⱼ − yⱼ */
    public static double[] costGradient(double[] a, double[] y) {
        double[] g = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            g[j] = a[j] - y[j];
        }
        return g;
    }
}
