package bachprop.seq.lstm;

import java.util.Arrays;

/** Parameter groups as rows of numbers (θ, ∇θ, running averages): the copies both LSTM trainers make. */
public final class Rows {
    private Rows() {}

    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            c[r] = a[r].clone();
        }
        return c;
    }

    public static void copyInto(double[][] from, double[][] to) {
        for (int r = 0; r < from.length; r++) {
            System.arraycopy(from[r], 0, to[r], 0, from[r].length);
        }
    }

    public static void zero(double[][] a) {
        for (double[] row : a) {
            Arrays.fill(row, 0.0);
        }
    }
}
