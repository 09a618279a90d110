package bachprop.seq.lstm;

import bachprop.nn.fast.Gemm;

/**
 * Stays beside {@link Gemm}: the reference {@link Lstm} keeps θ and its tape as arrays of rows, which a flat, strided product cannot read without copying θ on every one-note step.
 * <p>
 * The three matrix products the LSTM needs, on matrices stored as arrays of rows
 * ({@code double[][]}, a range of rows chosen by a start index). Every inner loop runs over one
 * contiguous row with the same index into each array (c[j] += x·w[j]): that is the form the JIT
 * turns into SIMD code (with offsets into one flat array it cannot rule out overlap and stays
 * scalar, about three times slower here). Groups of zero entries in the left factor are
 * skipped, so one-hot inputs cost one row each.
 */
final class Blas {
    private static final int ROW_BLOCK = 32;

    private Blas() {}

    /**
     * C[c0+r] += Σ_k A[a0+r][k] · W[w0+k] for r < rows (A's rows are k long, W's rows n long).
     * Two rows of A at a time share each load of W's rows; every element of C still gets the
     * same fused sums in the same order as one row at a time.
     */
    static void gemm(double[][] a, int a0, int rows, double[][] w, int w0, double[][] c, int c0) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            double[] ar = a[a0 + r];
            double[] as = a[a0 + r + 1];
            double[] at = a[a0 + r + 2];
            double[] au = a[a0 + r + 3];
            double[] cr = c[c0 + r];
            double[] cs = c[c0 + r + 1];
            double[] ct = c[c0 + r + 2];
            double[] cu = c[c0 + r + 3];
            int k = 0;
            int kk = ar.length;
            for (; k + 3 < kk; k += 4) {
                double[] wa = w[w0 + k];
                double[] wb = w[w0 + k + 1];
                double[] wc = w[w0 + k + 2];
                double[] wd = w[w0 + k + 3];
                if (nonZero(ar, k) && nonZero(as, k) && nonZero(at, k) && nonZero(au, k)) {
                    RowAxpy.axpy4x4(
                            ar[k], ar[k + 1], ar[k + 2], ar[k + 3], cr, as[k], as[k + 1], as[k + 2], as[k + 3], cs,
                            at[k], at[k + 1], at[k + 2], at[k + 3], ct, au[k], au[k + 1], au[k + 2], au[k + 3], cu, wa,
                            wb, wc, wd);
                } else {
                    pair(
                            ar[k], ar[k + 1], ar[k + 2], ar[k + 3], cr, as[k], as[k + 1], as[k + 2], as[k + 3], cs, wa,
                            wb, wc, wd);
                    pair(
                            at[k], at[k + 1], at[k + 2], at[k + 3], ct, au[k], au[k + 1], au[k + 2], au[k + 3], cu, wa,
                            wb, wc, wd);
                }
            }
            for (; k < kk; k++) {
                double[] wk = w[w0 + k];
                if (ar[k] != 0) {
                    axpy(ar[k], wk, cr);
                }
                if (as[k] != 0) {
                    axpy(as[k], wk, cs);
                }
                if (at[k] != 0) {
                    axpy(at[k], wk, ct);
                }
                if (au[k] != 0) {
                    axpy(au[k], wk, cu);
                }
            }
        }
        for (; r + 1 < rows; r += 2) {
            double[] ar = a[a0 + r];
            double[] as = a[a0 + r + 1];
            double[] cr = c[c0 + r];
            double[] cs = c[c0 + r + 1];
            int k = 0;
            int kk = ar.length;
            for (; k + 3 < kk; k += 4) {
                double x0 = ar[k];
                double x1 = ar[k + 1];
                double x2 = ar[k + 2];
                double x3 = ar[k + 3];
                double y0 = as[k];
                double y1 = as[k + 1];
                double y2 = as[k + 2];
                double y3 = as[k + 3];
                boolean skipR = x0 == 0 && x1 == 0 && x2 == 0 && x3 == 0;
                boolean skipS = y0 == 0 && y1 == 0 && y2 == 0 && y3 == 0;
                if (skipR && skipS) {
                    continue;
                }
                double[] wa = w[w0 + k];
                double[] wb = w[w0 + k + 1];
                double[] wc = w[w0 + k + 2];
                double[] wd = w[w0 + k + 3];
                if (skipR) {
                    RowAxpy.axpy4(y0, wa, y1, wb, y2, wc, y3, wd, cs);
                } else if (skipS) {
                    RowAxpy.axpy4(x0, wa, x1, wb, x2, wc, x3, wd, cr);
                } else {
                    RowAxpy.axpy4x2(x0, x1, x2, x3, cr, y0, y1, y2, y3, cs, wa, wb, wc, wd);
                }
            }
            for (; k < kk; k++) {
                if (ar[k] != 0) {
                    axpy(ar[k], w[w0 + k], cr);
                }
                if (as[k] != 0) {
                    axpy(as[k], w[w0 + k], cs);
                }
            }
        }
        if (r < rows) {
            gemmRow(a[a0 + r], w, w0, c[c0 + r]);
        }
    }

    private static void gemmRow(double[] ar, double[][] w, int w0, double[] cr) {
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
            RowAxpy.axpy4(x0, w[w0 + k], x1, w[w0 + k + 1], x2, w[w0 + k + 2], x3, w[w0 + k + 3], cr);
        }
        for (; k < kk; k++) {
            if (ar[k] != 0) {
                axpy(ar[k], w[w0 + k], cr);
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
            int i = 0;
            for (; i + 3 < kk; i += 4) {
                double[] gi = g[g0 + i];
                double[] gj = g[g0 + i + 1];
                double[] gk = g[g0 + i + 2];
                double[] gl = g[g0 + i + 3];
                int r = r0;
                for (; r + 3 < r1; r += 4) {
                    double[] a0r = a[a0 + r];
                    double[] a1r = a[a0 + r + 1];
                    double[] a2r = a[a0 + r + 2];
                    double[] a3r = a[a0 + r + 3];
                    double[] da = d[d0 + r];
                    double[] db = d[d0 + r + 1];
                    double[] dc = d[d0 + r + 2];
                    double[] dd = d[d0 + r + 3];
                    double x0 = a0r[i];
                    double x1 = a1r[i];
                    double x2 = a2r[i];
                    double x3 = a3r[i];
                    double y0 = a0r[i + 1];
                    double y1 = a1r[i + 1];
                    double y2 = a2r[i + 1];
                    double y3 = a3r[i + 1];
                    double u0 = a0r[i + 2];
                    double u1 = a1r[i + 2];
                    double u2 = a2r[i + 2];
                    double u3 = a3r[i + 2];
                    double v0 = a0r[i + 3];
                    double v1 = a1r[i + 3];
                    double v2 = a2r[i + 3];
                    double v3 = a3r[i + 3];
                    if ((x0 != 0 || x1 != 0 || x2 != 0 || x3 != 0)
                            && (y0 != 0 || y1 != 0 || y2 != 0 || y3 != 0)
                            && (u0 != 0 || u1 != 0 || u2 != 0 || u3 != 0)
                            && (v0 != 0 || v1 != 0 || v2 != 0 || v3 != 0)) {
                        RowAxpy.axpy4x4(
                                x0, x1, x2, x3, gi, y0, y1, y2, y3, gj, u0, u1, u2, u3, gk, v0, v1, v2, v3, gl, da, db,
                                dc, dd);
                    } else {
                        pair(x0, x1, x2, x3, gi, y0, y1, y2, y3, gj, da, db, dc, dd);
                        pair(u0, u1, u2, u3, gk, v0, v1, v2, v3, gl, da, db, dc, dd);
                    }
                }
                for (; r < r1; r++) {
                    double[] ar = a[a0 + r];
                    double[] dr = d[d0 + r];
                    if (ar[i] != 0) {
                        axpy(ar[i], dr, gi);
                    }
                    if (ar[i + 1] != 0) {
                        axpy(ar[i + 1], dr, gj);
                    }
                    if (ar[i + 2] != 0) {
                        axpy(ar[i + 2], dr, gk);
                    }
                    if (ar[i + 3] != 0) {
                        axpy(ar[i + 3], dr, gl);
                    }
                }
            }
            for (; i + 1 < kk; i += 2) {
                double[] gi = g[g0 + i];
                double[] gj = g[g0 + i + 1];
                int r = r0;
                for (; r + 3 < r1; r += 4) {
                    double[] a0r = a[a0 + r];
                    double[] a1r = a[a0 + r + 1];
                    double[] a2r = a[a0 + r + 2];
                    double[] a3r = a[a0 + r + 3];
                    double x0 = a0r[i];
                    double x1 = a1r[i];
                    double x2 = a2r[i];
                    double x3 = a3r[i];
                    double y0 = a0r[i + 1];
                    double y1 = a1r[i + 1];
                    double y2 = a2r[i + 1];
                    double y3 = a3r[i + 1];
                    boolean skipI = x0 == 0 && x1 == 0 && x2 == 0 && x3 == 0;
                    boolean skipJ = y0 == 0 && y1 == 0 && y2 == 0 && y3 == 0;
                    if (skipI && skipJ) {
                        continue;
                    }
                    double[] da = d[d0 + r];
                    double[] db = d[d0 + r + 1];
                    double[] dc = d[d0 + r + 2];
                    double[] dd = d[d0 + r + 3];
                    if (skipI) {
                        RowAxpy.axpy4(y0, da, y1, db, y2, dc, y3, dd, gj);
                    } else if (skipJ) {
                        RowAxpy.axpy4(x0, da, x1, db, x2, dc, x3, dd, gi);
                    } else {
                        RowAxpy.axpy4x2(x0, x1, x2, x3, gi, y0, y1, y2, y3, gj, da, db, dc, dd);
                    }
                }
                for (; r < r1; r++) {
                    double x = a[a0 + r][i];
                    if (x != 0) {
                        axpy(x, d[d0 + r], gi);
                    }
                    double y = a[a0 + r][i + 1];
                    if (y != 0) {
                        axpy(y, d[d0 + r], gj);
                    }
                }
            }
            for (; i < kk; i++) {
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
                    RowAxpy.axpy4(x0, d[d0 + r], x1, d[d0 + r + 1], x2, d[d0 + r + 2], x3, d[d0 + r + 3], gi);
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

    // Departs from separate multiply-then-add: fused multiply-adds (one rounding each) are faster
    // and change results only in the last bits; BlasTest compares with plain loops to 1e-12.
    private static void axpy(double x, double[] w, double[] c) {
        Gemm.axpy(c.length, x, w, 0, c, 0);
    }

    /** Whether a group of four from k holds a non-zero entry (an all-zero group is skipped). */
    private static boolean nonZero(double[] x, int k) {
        return !(x[k] == 0 && x[k + 1] == 0 && x[k + 2] == 0 && x[k + 3] == 0);
    }

    /** The two-row step with each row's all-zero group skipped, as one row at a time would. */
    private static void pair(
            double x0,
            double x1,
            double x2,
            double x3,
            double[] c,
            double y0,
            double y1,
            double y2,
            double y3,
            double[] e,
            double[] w0,
            double[] w1,
            double[] w2,
            double[] w3) {
        boolean skipC = x0 == 0 && x1 == 0 && x2 == 0 && x3 == 0;
        boolean skipE = y0 == 0 && y1 == 0 && y2 == 0 && y3 == 0;
        if (skipC && skipE) {
            return;
        }
        if (skipC) {
            RowAxpy.axpy4(y0, w0, y1, w1, y2, w2, y3, w3, e);
        } else if (skipE) {
            RowAxpy.axpy4(x0, w0, x1, w1, x2, w2, x3, w3, c);
        } else {
            RowAxpy.axpy4x2(x0, x1, x2, x3, c, y0, y1, y2, y3, e, w0, w1, w2, w3);
        }
    }
}
