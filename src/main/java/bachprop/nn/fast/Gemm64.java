package bachprop.nn.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double-precision tiles of {@link Gemm}, the same design as {@link Gemm32}. A block of 4 rows
 * × 4 vectors of C (4 × 4 × 8 doubles with 512-bit vectors) stays in registers while p runs, so each
 * step loads four vectors of B and four numbers of A for sixteen fused multiply-adds. B is walked
 * in chunks of {@link #KC} rows, small enough to stay in the L1 cache while every row block of A
 * passes over them. Every entry of C gets its terms added in order of p, one fused multiply-add
 * each, whichever tile it falls in.
 */
final class Gemm64 {
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int L = S.length();
    /** Rows of B per pass: 4 vectors × 64 rows × 8 bytes × 8 doubles ≈ 16 KB, half the L1 cache. */
    private static final int KC = 64;

    private Gemm64() {}

    /**
     * C[cOff + i·ldc + j] += Σ_p A(i, p) · B[bOff + p·ldb + j] for i &lt; m, j &lt; n, p &lt; k, where
     * A(i, p) = a[aOff + i·aRow + p·aCol]: (aRow, aCol) = (lda, 1) for A, (1, lda) for Aᵀ.
     */
    static void mul(
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
                    double sum = c[cOff + i * ldc + j];
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
            double[] a,
            int a0,
            int aRow,
            int aCol,
            double[] b,
            int b0,
            int ldb,
            double[] c,
            int c0,
            int ldc) {
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        DoubleVector s00 = DoubleVector.fromArray(S, c, c0);
        DoubleVector s01 = DoubleVector.fromArray(S, c, c0 + L);
        DoubleVector s02 = DoubleVector.fromArray(S, c, c0 + 2 * L);
        DoubleVector s03 = DoubleVector.fromArray(S, c, c0 + 3 * L);
        DoubleVector s10 = DoubleVector.fromArray(S, c, c1);
        DoubleVector s11 = DoubleVector.fromArray(S, c, c1 + L);
        DoubleVector s12 = DoubleVector.fromArray(S, c, c1 + 2 * L);
        DoubleVector s13 = DoubleVector.fromArray(S, c, c1 + 3 * L);
        DoubleVector s20 = DoubleVector.fromArray(S, c, c2);
        DoubleVector s21 = DoubleVector.fromArray(S, c, c2 + L);
        DoubleVector s22 = DoubleVector.fromArray(S, c, c2 + 2 * L);
        DoubleVector s23 = DoubleVector.fromArray(S, c, c2 + 3 * L);
        DoubleVector s30 = DoubleVector.fromArray(S, c, c3);
        DoubleVector s31 = DoubleVector.fromArray(S, c, c3 + L);
        DoubleVector s32 = DoubleVector.fromArray(S, c, c3 + 2 * L);
        DoubleVector s33 = DoubleVector.fromArray(S, c, c3 + 3 * L);
        for (int p = p0; p < p1; p++) {
            int bp = b0 + p * ldb;
            DoubleVector w0 = DoubleVector.fromArray(S, b, bp);
            DoubleVector w1 = DoubleVector.fromArray(S, b, bp + L);
            DoubleVector w2 = DoubleVector.fromArray(S, b, bp + 2 * L);
            DoubleVector w3 = DoubleVector.fromArray(S, b, bp + 3 * L);
            int ap = a0 + p * aCol;
            DoubleVector x = DoubleVector.broadcast(S, a[ap]);
            s00 = w0.fma(x, s00);
            s01 = w1.fma(x, s01);
            s02 = w2.fma(x, s02);
            s03 = w3.fma(x, s03);
            x = DoubleVector.broadcast(S, a[ap + aRow]);
            s10 = w0.fma(x, s10);
            s11 = w1.fma(x, s11);
            s12 = w2.fma(x, s12);
            s13 = w3.fma(x, s13);
            x = DoubleVector.broadcast(S, a[ap + 2 * aRow]);
            s20 = w0.fma(x, s20);
            s21 = w1.fma(x, s21);
            s22 = w2.fma(x, s22);
            s23 = w3.fma(x, s23);
            x = DoubleVector.broadcast(S, a[ap + 3 * aRow]);
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
            double[] a,
            int a0,
            int aRow,
            int aCol,
            double[] b,
            int b0,
            int ldb,
            double[] c,
            int c0,
            int ldc) {
        DoubleVector s0 = DoubleVector.fromArray(S, c, c0);
        DoubleVector s1 = DoubleVector.fromArray(S, c, c0 + ldc);
        DoubleVector s2 = DoubleVector.fromArray(S, c, c0 + 2 * ldc);
        DoubleVector s3 = DoubleVector.fromArray(S, c, c0 + 3 * ldc);
        for (int p = p0; p < p1; p++) {
            DoubleVector w = DoubleVector.fromArray(S, b, b0 + p * ldb);
            int ap = a0 + p * aCol;
            s0 = w.fma(DoubleVector.broadcast(S, a[ap]), s0);
            s1 = w.fma(DoubleVector.broadcast(S, a[ap + aRow]), s1);
            s2 = w.fma(DoubleVector.broadcast(S, a[ap + 2 * aRow]), s2);
            s3 = w.fma(DoubleVector.broadcast(S, a[ap + 3 * aRow]), s3);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, c0 + ldc);
        s2.intoArray(c, c0 + 2 * ldc);
        s3.intoArray(c, c0 + 3 * ldc);
    }

    /** One row of C, {@code vectors} vectors wide (the rows left over below a block of four). */
    private static void tile1(
            int vectors,
            int p0,
            int p1,
            double[] a,
            int a0,
            int aCol,
            double[] b,
            int b0,
            int ldb,
            double[] c,
            int c0) {
        for (int v = 0; v < vectors; v++) {
            int off = v * L;
            DoubleVector s = DoubleVector.fromArray(S, c, c0 + off);
            for (int p = p0; p < p1; p++) {
                s = DoubleVector.fromArray(S, b, b0 + p * ldb + off)
                        .fma(DoubleVector.broadcast(S, a[a0 + p * aCol]), s);
            }
            s.intoArray(c, c0 + off);
        }
    }
}
