package bachprop.nn.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The single-precision tiles of {@link Gemm} (the LSTM's training path). A block of 4 rows × 4
 * vectors of C (4 × 4 × 16 floats with 512-bit vectors) stays in registers while p runs, so each
 * step loads four vectors of B and four numbers of A for sixteen fused multiply-adds. B is walked
 * in chunks of {@link #KC} rows, small enough to stay in the L1 cache while every row block of A
 * passes over them. Every entry of C gets its terms added in order of p, one fused multiply-add
 * each, whichever tile it falls in.
 */
final class Gemm32 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();
    /** Rows of B per pass: 4 vectors × 64 rows × 4 bytes × 16 floats ≈ 16 KB, half the L1 cache. */
    private static final int KC = 64;

    private Gemm32() {}

    /**
     * C[cOff + i·ldc + j] += Σ_p A(i, p) · B[bOff + p·ldb + j] for i &lt; m, j &lt; n, p &lt; k, where
     * A(i, p) = a[aOff + i·aRow + p·aCol]: (aRow, aCol) = (lda, 1) for A, (1, lda) for Aᵀ.
     */
    static void mul(
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
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            int j = 0;
            for (; j + 4 * L <= n; j += 4 * L) {
                int i = 0;
                for (; i + 4 <= m; i += 4) {
                    tile4x4(p0, p1, a, aOff + i * aRow, aRow, aCol, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc);
                }
                for (; i < m; i++) {
                    tile1(4, p0, p1, a, aOff + i * aRow, aCol, b, bOff + j, ldb, c, cOff + i * ldc + j);
                }
            }
            for (; j + L <= n; j += L) {
                int i = 0;
                for (; i + 4 <= m; i += 4) {
                    tile4x1(p0, p1, a, aOff + i * aRow, aRow, aCol, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc);
                }
                for (; i < m; i++) {
                    tile1(1, p0, p1, a, aOff + i * aRow, aCol, b, bOff + j, ldb, c, cOff + i * ldc + j);
                }
            }
            for (; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    int ai = aOff + i * aRow;
                    float sum = c[cOff + i * ldc + j];
                    for (int p = p0; p < p1; p++) {
                        sum = Math.fma(a[ai + p * aCol], b[bOff + p * ldb + j], sum);
                    }
                    c[cOff + i * ldc + j] = sum;
                }
            }
        }
    }

    private static void tile4x4(
            int p0,
            int p1,
            float[] a,
            int a0,
            int aRow,
            int aCol,
            float[] b,
            int b0,
            int ldb,
            float[] c,
            int c0,
            int ldc) {
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        FloatVector s00 = FloatVector.fromArray(S, c, c0);
        FloatVector s01 = FloatVector.fromArray(S, c, c0 + L);
        FloatVector s02 = FloatVector.fromArray(S, c, c0 + 2 * L);
        FloatVector s03 = FloatVector.fromArray(S, c, c0 + 3 * L);
        FloatVector s10 = FloatVector.fromArray(S, c, c1);
        FloatVector s11 = FloatVector.fromArray(S, c, c1 + L);
        FloatVector s12 = FloatVector.fromArray(S, c, c1 + 2 * L);
        FloatVector s13 = FloatVector.fromArray(S, c, c1 + 3 * L);
        FloatVector s20 = FloatVector.fromArray(S, c, c2);
        FloatVector s21 = FloatVector.fromArray(S, c, c2 + L);
        FloatVector s22 = FloatVector.fromArray(S, c, c2 + 2 * L);
        FloatVector s23 = FloatVector.fromArray(S, c, c2 + 3 * L);
        FloatVector s30 = FloatVector.fromArray(S, c, c3);
        FloatVector s31 = FloatVector.fromArray(S, c, c3 + L);
        FloatVector s32 = FloatVector.fromArray(S, c, c3 + 2 * L);
        FloatVector s33 = FloatVector.fromArray(S, c, c3 + 3 * L);
        for (int p = p0; p < p1; p++) {
            int bp = b0 + p * ldb;
            FloatVector w0 = FloatVector.fromArray(S, b, bp);
            FloatVector w1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector w2 = FloatVector.fromArray(S, b, bp + 2 * L);
            FloatVector w3 = FloatVector.fromArray(S, b, bp + 3 * L);
            int ap = a0 + p * aCol;
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            s00 = w0.fma(x, s00);
            s01 = w1.fma(x, s01);
            s02 = w2.fma(x, s02);
            s03 = w3.fma(x, s03);
            x = FloatVector.broadcast(S, a[ap + aRow]);
            s10 = w0.fma(x, s10);
            s11 = w1.fma(x, s11);
            s12 = w2.fma(x, s12);
            s13 = w3.fma(x, s13);
            x = FloatVector.broadcast(S, a[ap + 2 * aRow]);
            s20 = w0.fma(x, s20);
            s21 = w1.fma(x, s21);
            s22 = w2.fma(x, s22);
            s23 = w3.fma(x, s23);
            x = FloatVector.broadcast(S, a[ap + 3 * aRow]);
            s30 = w0.fma(x, s30);
            s31 = w1.fma(x, s31);
            s32 = w2.fma(x, s32);
            s33 = w3.fma(x, s33);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + L);
        s02.intoArray(c, c0 + 2 * L);
        s03.intoArray(c, c0 + 3 * L);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + L);
        s12.intoArray(c, c1 + 2 * L);
        s13.intoArray(c, c1 + 3 * L);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + L);
        s22.intoArray(c, c2 + 2 * L);
        s23.intoArray(c, c2 + 3 * L);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + L);
        s32.intoArray(c, c3 + 2 * L);
        s33.intoArray(c, c3 + 3 * L);
    }

    private static void tile4x1(
            int p0,
            int p1,
            float[] a,
            int a0,
            int aRow,
            int aCol,
            float[] b,
            int b0,
            int ldb,
            float[] c,
            int c0,
            int ldc) {
        FloatVector s0 = FloatVector.fromArray(S, c, c0);
        FloatVector s1 = FloatVector.fromArray(S, c, c0 + ldc);
        FloatVector s2 = FloatVector.fromArray(S, c, c0 + 2 * ldc);
        FloatVector s3 = FloatVector.fromArray(S, c, c0 + 3 * ldc);
        for (int p = p0; p < p1; p++) {
            FloatVector w = FloatVector.fromArray(S, b, b0 + p * ldb);
            int ap = a0 + p * aCol;
            s0 = w.fma(FloatVector.broadcast(S, a[ap]), s0);
            s1 = w.fma(FloatVector.broadcast(S, a[ap + aRow]), s1);
            s2 = w.fma(FloatVector.broadcast(S, a[ap + 2 * aRow]), s2);
            s3 = w.fma(FloatVector.broadcast(S, a[ap + 3 * aRow]), s3);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, c0 + ldc);
        s2.intoArray(c, c0 + 2 * ldc);
        s3.intoArray(c, c0 + 3 * ldc);
    }

    /** One row of C, {@code vectors} vectors wide (the rows left over below a block of four). */
    private static void tile1(
            int vectors, int p0, int p1, float[] a, int a0, int aCol, float[] b, int b0, int ldb, float[] c, int c0) {
        for (int v = 0; v < vectors; v++) {
            int off = v * L;
            FloatVector s = FloatVector.fromArray(S, c, c0 + off);
            for (int p = p0; p < p1; p++) {
                s = FloatVector.fromArray(S, b, b0 + p * ldb + off).fma(FloatVector.broadcast(S, a[a0 + p * aCol]), s);
            }
            s.intoArray(c, c0 + off);
        }
    }
}
