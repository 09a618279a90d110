package bachprop.nn;

import java.util.Arrays;
import java.util.Random;

/**
 * A matrix of doubles stored by rows. For a weight matrix Wˡ, row k belongs to neuron k of
 * layer l and column j to neuron j of layer l−1, so {@code get(k, j)} is the text's wˡ_{k,j}.
 */
public final class Mat {
    final double[][] m;

    public Mat(double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        this.m = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + rows[r].length + " entries, expected " + cols);
            }
            this.m[r] = rows[r].clone();
        }
    }

    private Mat(double[][] rows, boolean share) {
        this.m = rows;
    }

    static Mat wrap(double[][] rows) {
        return new Mat(rows, true);
    }

    public static Mat zeros(int rows, int cols) {
        return wrap(new double[rows][cols]);
    }

    /** Entries drawn from N(0, std²). */
    public static Mat gaussian(int rows, int cols, double std, Random random) {
        double[][] r = new double[rows][cols];
        for (double[] row : r) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian() * std;
            }
        }
        return wrap(r);
    }

    public int rows() {
        return m.length;
    }

    public int cols() {
        return m.length == 0 ? 0 : m[0].length;
    }

    public double get(int row, int col) {
        return m[row][col];
    }

    /** A copy with one entry changed (matrices are not changed in place). */
    public Mat with(int row, int col, double value) {
        double[][] r = toArray();
        r[row][col] = value;
        return wrap(r);
    }

    public Vec row(int r) {
        return new Vec(m[r]);
    }

    public double[][] toArray() {
        double[][] r = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = m[i].clone();
        }
        return r;
    }

    /** W a: entry k is Σ_j w_{k,j} a_j. */
    public Vec times(Vec a) {
        if (a.v.length != cols()) {
            throw new IllegalArgumentException(
                    "matrix has " + cols() + " columns, vector has " + a.v.length + " entries");
        }
        double[] r = new double[m.length];
        for (int k = 0; k < m.length; k++) {
            double s = 0;
            for (int j = 0; j < a.v.length; j++) {
                s += m[k][j] * a.v[j];
            }
            r[k] = s;
        }
        return Vec.wrap(r);
    }

    /** Wᵀ δ: entry j is Σ_k w_{k,j} δ_k (the sum inside BP2). */
    public Vec transposeTimes(Vec delta) {
        if (delta.v.length != rows()) {
            throw new IllegalArgumentException(
                    "matrix has " + rows() + " rows, vector has " + delta.v.length + " entries");
        }
        double[] r = new double[cols()];
        for (int k = 0; k < m.length; k++) {
            for (int j = 0; j < r.length; j++) {
                r[j] += m[k][j] * delta.v[k];
            }
        }
        return Vec.wrap(r);
    }

    public Mat plus(Mat o) {
        check(o);
        double[][] r = new double[m.length][cols()];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < r[i].length; j++) {
                r[i][j] = m[i][j] + o.m[i][j];
            }
        }
        return wrap(r);
    }

    public Mat minus(Mat o) {
        check(o);
        double[][] r = new double[m.length][cols()];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < r[i].length; j++) {
                r[i][j] = m[i][j] - o.m[i][j];
            }
        }
        return wrap(r);
    }

    public Mat times(double s) {
        double[][] r = new double[m.length][cols()];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < r[i].length; j++) {
                r[i][j] = m[i][j] * s;
            }
        }
        return wrap(r);
    }

    public boolean isFinite() {
        for (double[] row : m) {
            for (double x : row) {
                if (!Double.isFinite(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void check(Mat o) {
        if (o.rows() != rows() || o.cols() != cols()) {
            throw new IllegalArgumentException(
                    "matrix shapes differ: " + rows() + "×" + cols() + " and " + o.rows() + "×" + o.cols());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mat other && Arrays.deepEquals(m, other.m);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(m);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            sb.append(i == 0 ? "" : ",\n ").append(Vec.wrap(m[i]));
        }
        return sb.append(']').toString();
    }
}
