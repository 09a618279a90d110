package bachprop.nn.fast;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The MLP's two backward products in the {@link Gemm} family, tiled for its skinny shapes (a
 * mini-batch of m ≈ 10 columns against a weight matrix of up to 1984 × 500): D = Wᵀ Δ (BP2) and
 * W ← W + s Δ Aᵀ (BP4 and the step of eq. 13). Kept beside {@link Gemm#mul}, which computes the
 * same sums in the same order (bit for bit), because on these shapes it measured 2.5–4 times
 * slower (it passes over W once per 4 columns of the batch, and walks W in column blocks).
 * Tiles of 4 rows of W × 5 columns; W is always read row after row.
 */
final class GemmSkinny {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();

    private GemmSkinny() {}

    /**
     * Columns from..to−1 of D = Wᵀ Δ. W is read row after row, four rows at a time (reading it
     * down its columns instead is several times slower once W no longer fits in the cache); the
     * sums build up in D: D_{j,c} = Σ_k Δ_{k,c} w_{k,j}, added in order of k.
     */
    static void transposeTimesCols(
            double[] W, int rows, int cols, double[] Delta, int m, double[] D, int from, int to) {
        for (int c = 0; c < m; c++) {
            Arrays.fill(D, c * cols + from, c * cols + to, 0.0);
        }
        int vn = cols - cols % V;
        int vto = Math.min(to, vn);
        int k = 0;
        for (; k + 4 <= rows; k += 4) {
            int c = 0;
            for (; c + 5 <= m; c += 5) {
                bp2Rows4x5(W, rows, cols, k, Delta, c, D, from, vto);
            }
            for (; c < m; c++) {
                for (int r = 0; r < 4; r++) {
                    bp2Row(W, rows, cols, k + r, Delta, c, D, from, vto);
                }
            }
        }
        for (; k < rows; k++) {
            for (int c = 0; c < m; c++) {
                bp2Row(W, rows, cols, k, Delta, c, D, from, vto);
            }
        }
        for (int j = Math.max(from, vn); j < to; j++) {
            for (int c = 0; c < m; c++) {
                double s = 0;
                for (k = 0; k < rows; k++) {
                    s = Math.fma(Delta[c * rows + k], W[k * cols + j], s);
                }
                D[c * cols + j] = s;
            }
        }
    }

    private static void bp2Row(
            double[] W, int rows, int cols, int k, double[] Delta, int c, double[] D, int from, int to) {
        DoubleVector e = DoubleVector.broadcast(S, Delta[c * rows + k]);
        int w = k * cols, d = c * cols;
        for (int j = from; j < to; j += V) {
            e.fma(DoubleVector.fromArray(S, W, w + j), DoubleVector.fromArray(S, D, d + j))
                    .intoArray(D, d + j);
        }
    }

    /** Rows k..k+3 of W times Δ_{k..k+3, c..c+4}, added into columns c..c+4 of D (20 factors in registers). */
    private static void bp2Rows4x5(
            double[] W, int rows, int cols, int k, double[] Delta, int c, double[] D, int from, int to) {
        DoubleVector e00 = DoubleVector.broadcast(S, Delta[(c + 0) * rows + k + 0]);
        DoubleVector e01 = DoubleVector.broadcast(S, Delta[(c + 1) * rows + k + 0]);
        DoubleVector e02 = DoubleVector.broadcast(S, Delta[(c + 2) * rows + k + 0]);
        DoubleVector e03 = DoubleVector.broadcast(S, Delta[(c + 3) * rows + k + 0]);
        DoubleVector e04 = DoubleVector.broadcast(S, Delta[(c + 4) * rows + k + 0]);
        DoubleVector e10 = DoubleVector.broadcast(S, Delta[(c + 0) * rows + k + 1]);
        DoubleVector e11 = DoubleVector.broadcast(S, Delta[(c + 1) * rows + k + 1]);
        DoubleVector e12 = DoubleVector.broadcast(S, Delta[(c + 2) * rows + k + 1]);
        DoubleVector e13 = DoubleVector.broadcast(S, Delta[(c + 3) * rows + k + 1]);
        DoubleVector e14 = DoubleVector.broadcast(S, Delta[(c + 4) * rows + k + 1]);
        DoubleVector e20 = DoubleVector.broadcast(S, Delta[(c + 0) * rows + k + 2]);
        DoubleVector e21 = DoubleVector.broadcast(S, Delta[(c + 1) * rows + k + 2]);
        DoubleVector e22 = DoubleVector.broadcast(S, Delta[(c + 2) * rows + k + 2]);
        DoubleVector e23 = DoubleVector.broadcast(S, Delta[(c + 3) * rows + k + 2]);
        DoubleVector e24 = DoubleVector.broadcast(S, Delta[(c + 4) * rows + k + 2]);
        DoubleVector e30 = DoubleVector.broadcast(S, Delta[(c + 0) * rows + k + 3]);
        DoubleVector e31 = DoubleVector.broadcast(S, Delta[(c + 1) * rows + k + 3]);
        DoubleVector e32 = DoubleVector.broadcast(S, Delta[(c + 2) * rows + k + 3]);
        DoubleVector e33 = DoubleVector.broadcast(S, Delta[(c + 3) * rows + k + 3]);
        DoubleVector e34 = DoubleVector.broadcast(S, Delta[(c + 4) * rows + k + 3]);
        int w0 = k * cols, w1 = w0 + cols, w2 = w1 + cols, w3 = w2 + cols;
        int d0 = c * cols, d1 = d0 + cols, d2 = d1 + cols, d3 = d2 + cols, d4 = d3 + cols;
        for (int j = from; j < to; j += V) {
            DoubleVector x0 = DoubleVector.fromArray(S, W, w0 + j);
            DoubleVector x1 = DoubleVector.fromArray(S, W, w1 + j);
            DoubleVector x2 = DoubleVector.fromArray(S, W, w2 + j);
            DoubleVector x3 = DoubleVector.fromArray(S, W, w3 + j);
            DoubleVector d = DoubleVector.fromArray(S, D, d0 + j);
            d = e00.fma(x0, d);
            d = e10.fma(x1, d);
            d = e20.fma(x2, d);
            d = e30.fma(x3, d);
            d.intoArray(D, d0 + j);
            d = DoubleVector.fromArray(S, D, d1 + j);
            d = e01.fma(x0, d);
            d = e11.fma(x1, d);
            d = e21.fma(x2, d);
            d = e31.fma(x3, d);
            d.intoArray(D, d1 + j);
            d = DoubleVector.fromArray(S, D, d2 + j);
            d = e02.fma(x0, d);
            d = e12.fma(x1, d);
            d = e22.fma(x2, d);
            d = e32.fma(x3, d);
            d.intoArray(D, d2 + j);
            d = DoubleVector.fromArray(S, D, d3 + j);
            d = e03.fma(x0, d);
            d = e13.fma(x1, d);
            d = e23.fma(x2, d);
            d = e33.fma(x3, d);
            d.intoArray(D, d3 + j);
            d = DoubleVector.fromArray(S, D, d4 + j);
            d = e04.fma(x0, d);
            d = e14.fma(x1, d);
            d = e24.fma(x2, d);
            d = e34.fma(x3, d);
            d.intoArray(D, d4 + j);
        }
    }

    /**
     * Rows from..to−1 of W ← W + s Δ Aᵀ: each w_{k,j} is read and written once,
     * w_{k,j} + Σ_c (s·Δ_{k,c}) A_{j,c}, the sum taken in column order.
     */
    static void addScaledOuterRows(
            double[] W, int rows, int cols, double s, double[] Delta, double[] A, int m, int from, int to) {
        double[] e = new double[4 * m]; // e[r·m + c] = s·Δ_{k+r,c}
        int vn = cols - cols % V;
        for (int k = from; k < to; k += 4) {
            int R = Math.min(4, to - k);
            for (int r = 0; r < R; r++) {
                for (int c = 0; c < m; c++) {
                    e[r * m + c] = s * Delta[c * rows + k + r];
                }
            }
            int w = k * cols;
            int c = 0;
            if (R == 4) {
                for (; c + 5 <= m; c += 5) {
                    rowUpdate4x5(W, w, cols, A, c, e, m, 0, vn);
                }
            }
            for (; c < m; c++) {
                for (int r = 0; r < R; r++) {
                    rowUpdate1(W, w + r * cols, A, cols, c, e[r * m + c], 0, vn);
                }
            }
            for (int r = 0; r < R; r++) {
                for (int j = vn; j < cols; j++) {
                    double sum = W[w + r * cols + j];
                    for (c = 0; c < m; c++) {
                        sum = Math.fma(e[r * m + c], A[c * cols + j], sum);
                    }
                    W[w + r * cols + j] = sum;
                }
            }
        }
    }

    /** Adds five columns' terms to four rows, entries j0..j1−1 (j1 − j0 a multiple of V). */
    private static void rowUpdate4x5(
            double[] W, int w, int cols, double[] A, int c, double[] e, int m, int j0, int j1) {
        DoubleVector e00 = DoubleVector.broadcast(S, e[0 * m + c + 0]);
        DoubleVector e01 = DoubleVector.broadcast(S, e[0 * m + c + 1]);
        DoubleVector e02 = DoubleVector.broadcast(S, e[0 * m + c + 2]);
        DoubleVector e03 = DoubleVector.broadcast(S, e[0 * m + c + 3]);
        DoubleVector e04 = DoubleVector.broadcast(S, e[0 * m + c + 4]);
        DoubleVector e10 = DoubleVector.broadcast(S, e[1 * m + c + 0]);
        DoubleVector e11 = DoubleVector.broadcast(S, e[1 * m + c + 1]);
        DoubleVector e12 = DoubleVector.broadcast(S, e[1 * m + c + 2]);
        DoubleVector e13 = DoubleVector.broadcast(S, e[1 * m + c + 3]);
        DoubleVector e14 = DoubleVector.broadcast(S, e[1 * m + c + 4]);
        DoubleVector e20 = DoubleVector.broadcast(S, e[2 * m + c + 0]);
        DoubleVector e21 = DoubleVector.broadcast(S, e[2 * m + c + 1]);
        DoubleVector e22 = DoubleVector.broadcast(S, e[2 * m + c + 2]);
        DoubleVector e23 = DoubleVector.broadcast(S, e[2 * m + c + 3]);
        DoubleVector e24 = DoubleVector.broadcast(S, e[2 * m + c + 4]);
        DoubleVector e30 = DoubleVector.broadcast(S, e[3 * m + c + 0]);
        DoubleVector e31 = DoubleVector.broadcast(S, e[3 * m + c + 1]);
        DoubleVector e32 = DoubleVector.broadcast(S, e[3 * m + c + 2]);
        DoubleVector e33 = DoubleVector.broadcast(S, e[3 * m + c + 3]);
        DoubleVector e34 = DoubleVector.broadcast(S, e[3 * m + c + 4]);
        int a0 = c * cols, a1 = a0 + cols, a2 = a1 + cols, a3 = a2 + cols, a4 = a3 + cols;
        int w0 = w, w1 = w0 + cols, w2 = w1 + cols, w3 = w2 + cols;
        for (int j = j0; j < j1; j += V) {
            DoubleVector x0 = DoubleVector.fromArray(S, W, w0 + j);
            DoubleVector x1 = DoubleVector.fromArray(S, W, w1 + j);
            DoubleVector x2 = DoubleVector.fromArray(S, W, w2 + j);
            DoubleVector x3 = DoubleVector.fromArray(S, W, w3 + j);
            DoubleVector a = DoubleVector.fromArray(S, A, a0 + j);
            x0 = e00.fma(a, x0);
            x1 = e10.fma(a, x1);
            x2 = e20.fma(a, x2);
            x3 = e30.fma(a, x3);
            a = DoubleVector.fromArray(S, A, a1 + j);
            x0 = e01.fma(a, x0);
            x1 = e11.fma(a, x1);
            x2 = e21.fma(a, x2);
            x3 = e31.fma(a, x3);
            a = DoubleVector.fromArray(S, A, a2 + j);
            x0 = e02.fma(a, x0);
            x1 = e12.fma(a, x1);
            x2 = e22.fma(a, x2);
            x3 = e32.fma(a, x3);
            a = DoubleVector.fromArray(S, A, a3 + j);
            x0 = e03.fma(a, x0);
            x1 = e13.fma(a, x1);
            x2 = e23.fma(a, x2);
            x3 = e33.fma(a, x3);
            a = DoubleVector.fromArray(S, A, a4 + j);
            x0 = e04.fma(a, x0);
            x1 = e14.fma(a, x1);
            x2 = e24.fma(a, x2);
            x3 = e34.fma(a, x3);
            x0.intoArray(W, w0 + j);
            x1.intoArray(W, w1 + j);
            x2.intoArray(W, w2 + j);
            x3.intoArray(W, w3 + j);
        }
    }

    private static void rowUpdate1(double[] W, int w, double[] A, int cols, int c, double e, int j0, int j1) {
        DoubleVector e0 = DoubleVector.broadcast(S, e);
        int a0 = c * cols;
        for (int j = j0; j < j1; j += V) {
            e0.fma(DoubleVector.fromArray(S, A, a0 + j), DoubleVector.fromArray(S, W, w + j))
                    .intoArray(W, w + j);
        }
    }
}
