package bachprop.nn.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one product of the {@link Gemm} family whose two factors are both read along p:
 * Z = W A with W row-major and A one example after another, so each entry z_{k,c} = w_k · a_c is
 * a dot product of two contiguous runs (the MLP's forward pass, eq. 4 for every example). Each dot
 * product is summed in SIMD lanes, the lanes added, then the leftovers, the same way in every tile.
 */
final class GemmNT {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();

    private GemmNT() {}

    /**
     * Rows from..to−1 of Z = W A + b 1ᵀ, where W is rows × cols (row-major) and A holds m columns
     * of cols numbers each (A[c·cols + j]); Z[c·rows + k] is written. If {@code b} is null no bias
     * is added.
     */
    static void affineRows(
            double[] W, int rows, int cols, double[] b, double[] A, int m, double[] Z, int from, int to) {
        int k = from;
        for (; k + 4 <= to; k += 4) {
            int c = 0;
            for (; c + 5 <= m; c += 5) {
                dot4x5(W, cols, k, A, c, rows, b, Z);
            }
            for (; c < m; c++) {
                dot4x1(W, cols, k, A, c, rows, b, Z);
            }
        }
        for (; k < to; k++) {
            for (int c = 0; c < m; c++) {
                Z[c * rows + k] = dot(W, k * cols, A, c * cols, cols) + (b == null ? 0 : b[k]);
            }
        }
    }

    /** w_k · a_c for one row and one column: lanes, then the lanes summed, then the leftovers. */
    private static double dot(double[] W, int w, double[] A, int a, int n) {
        int vn = n - n % V;
        DoubleVector acc = DoubleVector.zero(S);
        for (int j = 0; j < vn; j += V) {
            acc = DoubleVector.fromArray(S, W, w + j).fma(DoubleVector.fromArray(S, A, a + j), acc);
        }
        return tail(acc.reduceLanes(VectorOperators.ADD), W, w, A, a, vn, n);
    }

    private static double tail(double sum, double[] W, int w, double[] A, int a, int from, int n) {
        for (int j = from; j < n; j++) {
            sum = Math.fma(W[w + j], A[a + j], sum);
        }
        return sum;
    }

    /** Rows k..k+3 of W against columns c..c+4 of A: 20 accumulators stay in registers. */
    private static void dot4x5(double[] W, int n, int k, double[] A, int c, int rows, double[] b, double[] Z) {
        int w0 = k * n, w1 = w0 + n, w2 = w1 + n, w3 = w2 + n;
        int a0 = c * n, a1 = a0 + n, a2 = a1 + n, a3 = a2 + n, a4 = a3 + n;
        DoubleVector s00 = DoubleVector.zero(S), s01 = s00, s02 = s00, s03 = s00, s04 = s00;
        DoubleVector s10 = s00, s11 = s00, s12 = s00, s13 = s00, s14 = s00;
        DoubleVector s20 = s00, s21 = s00, s22 = s00, s23 = s00, s24 = s00;
        DoubleVector s30 = s00, s31 = s00, s32 = s00, s33 = s00, s34 = s00;
        int vn = n - n % V;
        for (int j = 0; j < vn; j += V) {
            DoubleVector x0 = DoubleVector.fromArray(S, A, a0 + j);
            DoubleVector x1 = DoubleVector.fromArray(S, A, a1 + j);
            DoubleVector x2 = DoubleVector.fromArray(S, A, a2 + j);
            DoubleVector x3 = DoubleVector.fromArray(S, A, a3 + j);
            DoubleVector x4 = DoubleVector.fromArray(S, A, a4 + j);
            DoubleVector w = DoubleVector.fromArray(S, W, w0 + j);
            s00 = w.fma(x0, s00);
            s01 = w.fma(x1, s01);
            s02 = w.fma(x2, s02);
            s03 = w.fma(x3, s03);
            s04 = w.fma(x4, s04);
            w = DoubleVector.fromArray(S, W, w1 + j);
            s10 = w.fma(x0, s10);
            s11 = w.fma(x1, s11);
            s12 = w.fma(x2, s12);
            s13 = w.fma(x3, s13);
            s14 = w.fma(x4, s14);
            w = DoubleVector.fromArray(S, W, w2 + j);
            s20 = w.fma(x0, s20);
            s21 = w.fma(x1, s21);
            s22 = w.fma(x2, s22);
            s23 = w.fma(x3, s23);
            s24 = w.fma(x4, s24);
            w = DoubleVector.fromArray(S, W, w3 + j);
            s30 = w.fma(x0, s30);
            s31 = w.fma(x1, s31);
            s32 = w.fma(x2, s32);
            s33 = w.fma(x3, s33);
            s34 = w.fma(x4, s34);
        }
        store(s00, W, w0, A, a0, vn, n, b, k + 0, Z, (c + 0) * rows + k + 0);
        store(s01, W, w0, A, a1, vn, n, b, k + 0, Z, (c + 1) * rows + k + 0);
        store(s02, W, w0, A, a2, vn, n, b, k + 0, Z, (c + 2) * rows + k + 0);
        store(s03, W, w0, A, a3, vn, n, b, k + 0, Z, (c + 3) * rows + k + 0);
        store(s04, W, w0, A, a4, vn, n, b, k + 0, Z, (c + 4) * rows + k + 0);
        store(s10, W, w1, A, a0, vn, n, b, k + 1, Z, (c + 0) * rows + k + 1);
        store(s11, W, w1, A, a1, vn, n, b, k + 1, Z, (c + 1) * rows + k + 1);
        store(s12, W, w1, A, a2, vn, n, b, k + 1, Z, (c + 2) * rows + k + 1);
        store(s13, W, w1, A, a3, vn, n, b, k + 1, Z, (c + 3) * rows + k + 1);
        store(s14, W, w1, A, a4, vn, n, b, k + 1, Z, (c + 4) * rows + k + 1);
        store(s20, W, w2, A, a0, vn, n, b, k + 2, Z, (c + 0) * rows + k + 2);
        store(s21, W, w2, A, a1, vn, n, b, k + 2, Z, (c + 1) * rows + k + 2);
        store(s22, W, w2, A, a2, vn, n, b, k + 2, Z, (c + 2) * rows + k + 2);
        store(s23, W, w2, A, a3, vn, n, b, k + 2, Z, (c + 3) * rows + k + 2);
        store(s24, W, w2, A, a4, vn, n, b, k + 2, Z, (c + 4) * rows + k + 2);
        store(s30, W, w3, A, a0, vn, n, b, k + 3, Z, (c + 0) * rows + k + 3);
        store(s31, W, w3, A, a1, vn, n, b, k + 3, Z, (c + 1) * rows + k + 3);
        store(s32, W, w3, A, a2, vn, n, b, k + 3, Z, (c + 2) * rows + k + 3);
        store(s33, W, w3, A, a3, vn, n, b, k + 3, Z, (c + 3) * rows + k + 3);
        store(s34, W, w3, A, a4, vn, n, b, k + 3, Z, (c + 4) * rows + k + 3);
    }

    /** Rows k..k+3 of W against column c of A. */
    private static void dot4x1(double[] W, int n, int k, double[] A, int c, int rows, double[] b, double[] Z) {
        int w0 = k * n, w1 = w0 + n, w2 = w1 + n, w3 = w2 + n;
        int a0 = c * n;
        DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int vn = n - n % V;
        for (int j = 0; j < vn; j += V) {
            DoubleVector x = DoubleVector.fromArray(S, A, a0 + j);
            s0 = DoubleVector.fromArray(S, W, w0 + j).fma(x, s0);
            s1 = DoubleVector.fromArray(S, W, w1 + j).fma(x, s1);
            s2 = DoubleVector.fromArray(S, W, w2 + j).fma(x, s2);
            s3 = DoubleVector.fromArray(S, W, w3 + j).fma(x, s3);
        }
        store(s0, W, w0, A, a0, vn, n, b, k, Z, c * rows + k);
        store(s1, W, w1, A, a0, vn, n, b, k + 1, Z, c * rows + k + 1);
        store(s2, W, w2, A, a0, vn, n, b, k + 2, Z, c * rows + k + 2);
        store(s3, W, w3, A, a0, vn, n, b, k + 3, Z, c * rows + k + 3);
    }

    private static void store(
            DoubleVector s, double[] W, int w, double[] A, int a, int vn, int n, double[] b, int k, double[] Z, int z) {
        Z[z] = tail(s.reduceLanes(VectorOperators.ADD), W, w, A, a, vn, n) + (b == null ? 0 : b[k]);
    }
}
