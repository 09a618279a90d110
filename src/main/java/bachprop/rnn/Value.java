package bachprop.rnn;

import bachprop.nn.Fmt;

/**
 * A named vector or matrix that one step of a {@link BpttTrace} read or produced, e.g.
 * {@code h₂ = [0.51, 0.47, 0.62]}; a scalar is a 1 × 1 matrix. A vector is a matrix of one row (the code's row-vector
 * convention, as eq. 25 writes x_t W). {@code tex} is the same name in TeX.
 */
public record Value(String name, String tex, double[][] m) {

    public Value {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        m = copy;
    }

    /** A row vector. */
    public static Value of(String name, String tex, double[] v) {
        return new Value(name, tex, new double[][] {v});
    }

    public int rows() {
        return m.length;
    }

    public int cols() {
        return m.length == 0 ? 0 : m[0].length;
    }

    /** The entries of a vector (the first row of a matrix). */
    public double[] vector() {
        return m[0].clone();
    }

    public double get(int i) {
        return m[0][i];
    }

    public double get(int r, int c) {
        return m[r][c];
    }

    /** The Euclidean (Frobenius, for a matrix) norm. */
    public double norm() {
        double s = 0;
        for (double[] row : m) {
            for (double x : row) {
                s += x * x;
            }
        }
        return Math.sqrt(s);
    }

    /** The entries to 4 significant digits: [a, b, c] for a vector, rows joined by "; " for a matrix. */
    public String numbers() {
        if (m.length == 1 && m[0].length == 1) {
            return num(m[0][0]); // a scalar, such as a cost
        }
        StringBuilder sb = new StringBuilder("[");
        for (int r = 0; r < m.length; r++) {
            if (r > 0) {
                sb.append("; ");
            }
            for (int c = 0; c < m[r].length; c++) {
                if (c > 0) {
                    sb.append(", ");
                }
                sb.append(num(m[r][c]));
            }
        }
        return sb.append(']').toString();
    }

    static String num(double x) {
        String t = Fmt.sig(x, 4);
        return x < 0 ? "−" + t.substring(1) : t;
    }

    @Override
    public String toString() {
        return name + " = " + numbers();
    }
}
