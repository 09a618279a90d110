package bachprop.seq.lstm;

/**
 * The three matrix products the LSTM needs, on matrices stored as arrays of rows
 * ({@code double[][]}, a range of rows chosen by a start index). Every inner loop runs over one
 * contiguous row with the same index into each array (c[j] += x·w[j]): that is the form the JIT
 * turns into SIMD code (with offsets into one flat array it cannot rule out overlap and stays
 * scalar, about three times slower here). Groups of zero entries in the left factor are
 * skipped, so one-hot inputs cost one row each.
 */
final class Blas {
    private static final int ROW_BLOCK = 32;

    private Blas() {
    }

    /** C[c0+r] += Σ_k A[a0+r][k] · W[w0+k] for r < rows (A's rows are k long, W's rows n long). */
    static void gemm(double[][] a, int a0, int rows, double[][] w, int w0, double[][] c, int c0) {
        for (int r = 0; r < rows; r++) {
            double[] ar = a[a0 + r];
            double[] cr = c[c0 + r];
            int k = 0;
            int kk = ar.length;
            for (; k + 3 < kk; k += 4) {
                double x0 = ar[k];
                double x1 = ar[k + 1];
                double x2 = ar[k + 2];
                double x3 = ar[k + 3];
                if (x0 == 0 && x1 == 0 && x2 == 0 && x3 == 0) {
                    continue;
                }
                axpy4(x0, w[w0 + k], x1, w[w0 + k + 1], x2, w[w0 + k + 2], x3, w[w0 + k + 3], cr);
            }
            for (; k < kk; k++) {
                if (ar[k] != 0) {
                    axpy(ar[k], w[w0 + k], cr);
                }
            }
        }
    }

    /** G[g0+i] += Σ_r A[a0+r][i] · D[d0+r]: the weight gradient Aᵀ D over {@code rows} rows. */
    static void gemmTN(double[][] a, int a0, int rows, double[][] d, int d0, double[][] g, int g0) {
        if (rows <= 0) {
            return;
        }
        int kk = a[a0].length;
        for (int r0 = 0; r0 < rows; r0 += ROW_BLOCK) {
            int r1 = Math.min(rows, r0 + ROW_BLOCK);
            for (int i = 0; i < kk; i++) {
                double[] gi = g[g0 + i];
                int r = r0;
                for (; r + 3 < r1; r += 4) {
                    double x0 = a[a0 + r][i];
                    double x1 = a[a0 + r + 1][i];
                    double x2 = a[a0 + r + 2][i];
                    double x3 = a[a0 + r + 3][i];
                    if (x0 == 0 && x1 == 0 && x2 == 0 && x3 == 0) {
                        continue;
                    }
                    axpy4(x0, d[d0 + r], x1, d[d0 + r + 1], x2, d[d0 + r + 2], x3, d[d0 + r + 3], gi);
                }
                for (; r < r1; r++) {
                    double x = a[a0 + r][i];
                    if (x != 0) {
                        axpy(x, d[d0 + r], gi);
                    }
                }
            }
        }
    }

    /** T[j][i] = W[w0+i][j] for the k rows from w0. */
    static void transpose(double[][] w, int w0, int k, double[][] t) {
        for (int i = 0; i < k; i++) {
            double[] wi = w[w0 + i];
            for (int j = 0; j < wi.length; j++) {
                t[j][i] = wi[j];
            }
        }
    }

    static void axpy(double x, double[] w, double[] c) {
        for (int j = 0; j < c.length; j++) {
            c[j] += x * w[j];
        }
    }

    static void axpy4(double x0, double[] w0, double x1, double[] w1, double x2, double[] w2, double x3, double[] w3, double[] c) {
        for (int j = 0; j < c.length; j++) {
            c[j] += x0 * w0[j] + x1 * w1[j] + x2 * w2[j] + x3 * w3[j];
        }
    }
}
