/** A correct solution with a compensated (Kahan) sum and copies by clone (an alternative the tests must accept). */
public final class Clipping {

    public static double norm(double[][] gradient) {
        double sum = 0;
        double carry = 0;
        for (int r = gradient.length - 1; r >= 0; r--) {
            for (int k = gradient[r].length - 1; k >= 0; k--) {
                double y = gradient[r][k] * gradient[r][k] - carry;
                double t = sum + y;
                carry = (t - sum) - y;
                sum = t;
            }
        }
        return Math.sqrt(sum);
    }

    public static double[][] clip(double[][] gradient, double c) {
        double n = norm(gradient);
        double[][] out = new double[gradient.length][];
        for (int r = 0; r < gradient.length; r++) {
            out[r] = gradient[r].clone();
            if (n > c) {
                for (int k = 0; k < out[r].length; k++) {
                    out[r][k] *= c / n;
                }
            }
        }
        return out;
    }
}
