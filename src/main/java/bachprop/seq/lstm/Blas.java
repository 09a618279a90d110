package bachprop.seq.lstm;

/**
 * The three matrix products the LSTM needs, on flat row-major {@code double[]} arrays with
 * offsets. Each inner loop is an axpy over a contiguous row (c[j] += x·w[j]), which the JIT turns
 * into SIMD code; zero entries of the left factor are skipped, so one-hot inputs cost one row each.
 */
final class Blas {
    private static final int ROW_BLOCK = 32;

    private Blas() {
    }

    /** C[r,:] += Σ_k A[r,k] W[k,:] for r < rows; A is rows×k, W is k×n, C is rows×n. */
    static void gemm(double[] a, int ao, int rows, int k, double[] w, int wo, int n, double[] c, int co) {
        for (int r = 0; r < rows; r++) {
            int ar = ao + r * k;
            int cr = co + r * n;
            for (int i = 0; i < k; i++) {
                double x = a[ar + i];
                if (x != 0.0) {
                    axpy(x, w, wo + i * n, c, cr, n);
                }
            }
        }
    }

    /** G[i,:] += Σ_r A[r,i] D[r,:]: the weight gradient Aᵀ D; A is rows×k, D is rows×n, G is k×n. */
    static void gemmTN(double[] a, int ao, int rows, int k, double[] d, int dOff, int n, double[] g, int go) {
        for (int r0 = 0; r0 < rows; r0 += ROW_BLOCK) {
            int r1 = Math.min(rows, r0 + ROW_BLOCK);
            for (int i = 0; i < k; i++) {
                int gr = go + i * n;
                for (int r = r0; r < r1; r++) {
                    double x = a[ao + r * k + i];
                    if (x != 0.0) {
                        axpy(x, d, dOff + r * n, g, gr, n);
                    }
                }
            }
        }
    }

    /** Tᵀ: writes the n×k transpose of the k×n matrix at {@code wo} into {@code t}. */
    static void transpose(double[] w, int wo, int k, int n, double[] t) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                t[j * k + i] = w[wo + i * n + j];
            }
        }
    }

    static void axpy(double x, double[] w, int wo, double[] c, int co, int n) {
        for (int j = 0; j < n; j++) {
            c[co + j] += x * w[wo + j];
        }
    }
}
