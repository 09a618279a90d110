package bachprop.nn.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matrix products of every fast path (the MLP's {@link Kernels}, the LSTM's training path),
 * in double and in single precision, on flat row-major arrays. One routine serves both shapes a
 * network needs, C += A·B and the weight gradients G += Aᵀ·D, because A is read through two
 * strides: A(i, p) = a[aOff + i·aRow + p·aCol], with (aRow, aCol) = (lda, 1) for A and (1, lda)
 * for Aᵀ. The tiles are in {@link Gemm64} and {@link Gemm32}; {@link GemmNT} adds C = A·Bᵀ with
 * both factors read along p, the shape of the MLP's forward pass.
 *
 * <p>Every entry of C gets its terms added in order of p, one fused multiply-add each (one
 * rounding), whatever tile it falls in and however the work is split between threads, so the
 * results are bitwise the same for 1 or 2 threads.
 */
public final class Gemm {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private Gemm() {}

    /** C[cOff + i·ldc + j] += Σ_p A(i, p) · B[bOff + p·ldb + j] for i &lt; m, j &lt; n, p &lt; k (double). */
    public static void mul(
            int m,
            int n,
            int k,
            double[] a,
            int aOff,
            int aRow,
            int aCol,
            double[] b,
            int bOff,
            int ldb,
            double[] c,
            int cOff,
            int ldc) {
        Gemm64.mul(m, n, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc);
    }

    /** C[cOff + i·ldc + j] += Σ_p A(i, p) · B[bOff + p·ldb + j] for i &lt; m, j &lt; n, p &lt; k (float). */
    public static void mul(
            int m,
            int n,
            int k,
            float[] a,
            int aOff,
            int aRow,
            int aCol,
            float[] b,
            int bOff,
            int ldb,
            float[] c,
            int cOff,
            int ldc) {
        Gemm32.mul(m, n, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc);
    }

    /**
     * {@link #mul(int, int, int, double[], int, int, int, double[], int, int, double[], int, int)}
     * with the rows of C (or, when C has fewer than 16 rows, its columns) shared out over the
     * pool's threads.
     */
    public static void mul(
            Pool pool,
            int m,
            int n,
            int k,
            double[] a,
            int aOff,
            int aRow,
            int aCol,
            double[] b,
            int bOff,
            int ldb,
            double[] c,
            int cOff,
            int ldc) {
        if (m >= 16) {
            pool.parallel(
                    m,
                    4,
                    (from, to) -> Gemm64.mul(
                            to - from,
                            n,
                            k,
                            a,
                            aOff + from * aRow,
                            aRow,
                            aCol,
                            b,
                            bOff,
                            ldb,
                            c,
                            cOff + from * ldc,
                            ldc));
        } else {
            pool.parallel(
                    n,
                    4 * Gemm64.L,
                    (from, to) ->
                            Gemm64.mul(m, to - from, k, a, aOff, aRow, aCol, b, bOff + from, ldb, c, cOff + from, ldc));
        }
    }

    /** y[yOff + j] += x · w[wOff + j] for j &lt; n (double). */
    public static void axpy(int n, double x, double[] w, int wOff, double[] y, int yOff) {
        DoubleVector vx = DoubleVector.broadcast(D, x);
        int j = 0;
        for (; j + D.length() <= n; j += D.length()) {
            DoubleVector.fromArray(D, w, wOff + j)
                    .fma(vx, DoubleVector.fromArray(D, y, yOff + j))
                    .intoArray(y, yOff + j);
        }
        for (; j < n; j++) {
            y[yOff + j] = Math.fma(x, w[wOff + j], y[yOff + j]);
        }
    }

    /** y[yOff + j] += x · w[wOff + j] for j &lt; n (float). */
    public static void axpy(int n, float x, float[] w, int wOff, float[] y, int yOff) {
        FloatVector vx = FloatVector.broadcast(F, x);
        int j = 0;
        for (; j + F.length() <= n; j += F.length()) {
            FloatVector.fromArray(F, w, wOff + j)
                    .fma(vx, FloatVector.fromArray(F, y, yOff + j))
                    .intoArray(y, yOff + j);
        }
        for (; j < n; j++) {
            y[yOff + j] = Math.fma(x, w[wOff + j], y[yOff + j]);
        }
    }
}
