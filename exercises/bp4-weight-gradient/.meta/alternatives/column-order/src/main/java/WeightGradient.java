/** A correct solution filling column by column (an alternative the tests must accept). */
public final class WeightGradient {

    public static double[][] nablaW(double[] delta, double[] aPrev) {
        double[][] nw = new double[delta.length][aPrev.length];
        for (int j = aPrev.length - 1; j >= 0; j--) {
            double a = aPrev[j];
            for (int k = 0; k < delta.length; k++) {
                nw[k][j] = a * delta[k];
            }
        }
        return nw;
    }

    public static double[][] nablaWOfLayer(double[][] activations, double[] delta, int i) {
        double[] aPrev = activations[i - 1].clone();
        return nablaW(delta.clone(), aPrev);
    }
}
