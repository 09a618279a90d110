/** Gradient clipping by the global norm. */
public final class Clipping {

    /** ‖∇C‖: the square root of the sum of squares of every entry of every row. */
    public static double norm(double[][] gradient) {
        double sum = 0;
        for (double[] row : gradient) {
            for (int k = 0; k < gradient[0].length; k++) {   // the width of row 0 for every row
                sum += row[k] * row[k];
            }
        }
        return Math.sqrt(sum);
    }

    /** ∇C unchanged if ‖∇C‖ ≤ c, else ∇C · c / ‖∇C‖; a new array. */
    public static double[][] clip(double[][] gradient, double c) {
        double n = norm(gradient);
        double scale = n > c ? c / n : 1.0;      // only a gradient longer than c is shortened
        double[][] out = new double[gradient.length][];
        for (int r = 0; r < gradient.length; r++) {
            out[r] = new double[gradient[r].length];
            for (int k = 0; k < gradient[r].length; k++) {
                out[r][k] = gradient[r][k] * scale;
            }
        }
        return out;
    }
}
