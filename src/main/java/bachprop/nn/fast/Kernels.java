package bachprop.nn.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The only place where the fast path is clever. {@link FastTrainer} reads like the text; every
 * matrix product it needs comes from here, computed with SIMD lanes (the incubating Vector API),
 * register tiles and up to {@code threads} threads.
 *
 * <p>Layouts. A weight matrix W (rows × cols) is stored row after row: W[k·cols + j] = w_{k,j}.
 * A batch matrix with one column per example (n × m) is stored column after column, so that each
 * example's n numbers are contiguous: A[c·n + j] = entry (j, c).
 *
 * <p>Every output entry is always computed by the same sequence of fused multiply-adds, whatever
 * the tile it falls in and however the work is split between threads, so results are bitwise the
 * same for 1 or 2 threads, warm or cold.
 */
public final class Kernels implements AutoCloseable {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();

    private static volatile Kernels shared;

    private final int threads;
    private final Helper[] helpers; // threads − 1 helper threads; the calling thread does one share
    private final java.util.concurrent.locks.ReentrantLock team = new java.util.concurrent.locks.ReentrantLock();

    /** Kernels that split each product between {@code threads} threads (1 = no helper threads). */
    public Kernels(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        warmUp();
        this.threads = threads;
        this.helpers = new Helper[threads - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Helper(i + 1);
            helpers[i].start();
        }
    }

    /** One instance for the whole program, using up to 2 threads (the cores of a small machine). */
    public static Kernels shared() {
        Kernels k = shared;
        if (k == null) {
            synchronized (Kernels.class) {
                if (shared == null) {
                    shared = new Kernels(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
                }
                k = shared;
            }
        }
        return k;
    }

    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        if (this != shared) {
            for (Helper h : helpers) {
                h.quit();
            }
        }
    }

    @Override
    public String toString() {
        return "Kernels(" + threads + (threads == 1 ? " thread, " : " threads, ") + V + " doubles per SIMD vector)";
    }

    // ---- Z = W A + b 1ᵀ (forward, eq. 4 for every column) ----

    /**
     * Z = W A + b 1ᵀ: W is rows × cols, A is cols × m, Z (written) is rows × m. If {@code b} is
     * null no bias is added.
     */
    public void affine(double[] W, int rows, int cols, double[] b, double[] A, int m, double[] Z) {
        parallel(rows, 4, (from, to) -> affineRows(W, rows, cols, b, A, m, Z, from, to));
    }

    private static void affineRows(double[] W, int rows, int cols, double[] b, double[] A, int m, double[] Z, int from, int to) {
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

    private static void store(DoubleVector s, double[] W, int w, double[] A, int a, int vn, int n, double[] b, int k, double[] Z, int z) {
        Z[z] = tail(s.reduceLanes(VectorOperators.ADD), W, w, A, a, vn, n) + (b == null ? 0 : b[k]);
    }

    // ---- D = Wᵀ Δ (the sum inside BP2, for every column) ----

    /** D = Wᵀ Δ: W is rows × cols, Δ is rows × m, D (written) is cols × m. */
    public void transposeTimes(double[] W, int rows, int cols, double[] Delta, int m, double[] D) {
        parallel(cols, 16 * V, (from, to) -> transposeTimesCols(W, rows, cols, Delta, m, D, from, to));
    }

    /**
     * Columns from..to−1 of D = Wᵀ Δ. W is read row after row, four rows at a time (reading it
     * down its columns instead is several times slower once W no longer fits in the cache); the
     * sums build up in D: D_{j,c} = Σ_k Δ_{k,c} w_{k,j}, added in order of k.
     */
    private static void transposeTimesCols(double[] W, int rows, int cols, double[] Delta, int m, double[] D, int from, int to) {
        for (int c = 0; c < m; c++) {
            java.util.Arrays.fill(D, c * cols + from, c * cols + to, 0.0);
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

    private static void bp2Row(double[] W, int rows, int cols, int k, double[] Delta, int c, double[] D, int from, int to) {
        DoubleVector e = DoubleVector.broadcast(S, Delta[c * rows + k]);
        int w = k * cols, d = c * cols;
        for (int j = from; j < to; j += V) {
            e.fma(DoubleVector.fromArray(S, W, w + j), DoubleVector.fromArray(S, D, d + j)).intoArray(D, d + j);
        }
    }

    /** Rows k..k+3 of W times Δ_{k..k+3, c..c+4}, added into columns c..c+4 of D (20 factors in registers). */
    private static void bp2Rows4x5(double[] W, int rows, int cols, int k, double[] Delta, int c, double[] D, int from, int to) {
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

    // ---- W ← W + s Δ Aᵀ (BP4 summed over the columns, and the step of eq. 13, in one pass) ----

    /**
     * W ← W + s Δ Aᵀ: W is rows × cols, Δ is rows × m, A is cols × m. Each w_{k,j} is read and
     * written once: w_{k,j} + s·Σ_c Δ_{k,c} A_{j,c}, the sum taken in column order.
     */
    public void addScaledOuter(double[] W, int rows, int cols, double s, double[] Delta, double[] A, int m) {
        parallel(rows, 4, (from, to) -> addScaledOuterRows(W, rows, cols, s, Delta, A, m, from, to));
    }

    private static void addScaledOuterRows(double[] W, int rows, int cols, double s, double[] Delta, double[] A, int m, int from, int to) {
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
    private static void rowUpdate4x5(double[] W, int w, int cols, double[] A, int c, double[] e, int m, int j0, int j1) {
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
            e0.fma(DoubleVector.fromArray(S, A, a0 + j), DoubleVector.fromArray(S, W, w + j)).intoArray(W, w + j);
        }
    }

    // ---- element-wise ----

    /** (6) a = σ(z) for the first n entries, split between the threads. */
    public void sigma(double[] z, double[] a, int n) {
        parallel(n, 64, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] = bachprop.nn.Sigmoid.sigma(z[i]);
            }
        });
    }

    // ---- warm-up ----

    private static final java.util.concurrent.atomic.AtomicBoolean WARM = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Runs every kernel on small matrices until the JIT compiler has turned the vector code into
     * SIMD instructions. Until then each vector operation is an object: without this, the first
     * mini-batch of a large network takes seconds. Once per JVM; about {@value #WARM_CALLS} calls each.
     */
    static void warmUp() {
        if (!WARM.compareAndSet(false, true)) {
            return;
        }
        int rows = 8, cols = 4 * V, m = 10;
        double[] W = new double[(rows + 1) * (cols + 3)];
        double[] A = new double[(cols + 3) * (m + 1)], D = new double[(rows + 1) * (m + 1)], Z = new double[(rows + 1) * (m + 1)];
        double[] b = new double[rows + 1];
        java.util.Arrays.fill(A, 0.5);
        java.util.Arrays.fill(D, 0.25);
        for (int i = 0; i < WARM_CALLS; i++) {
            boolean edges = i % 16 == 0; // now and then a shape with every kind of leftover
            int r = edges ? rows + 1 : rows, n = edges ? cols + 3 : cols, mm = edges ? m + 1 : m;
            affineRows(W, r, n, b, A, mm, Z, 0, r);
            transposeTimesCols(W, r, n, D, mm, A, 0, n);
            addScaledOuterRows(W, r, n, 0.0, D, A, mm, 0, r);
        }
    }

    private static final int WARM_CALLS = 2000;

    // ---- threads ----

    private interface Range {
        void run(int from, int to);
    }

    /**
     * Runs {@code task} over [0, n), cut into pieces (edges multiples of {@code align}) that the
     * calling thread and the helpers take one at a time. If a helper is slow to start (other
     * programs share the cores), the caller simply takes more pieces instead of waiting for it.
     * A second caller arriving while the helpers are busy runs its task alone on its own thread.
     */
    private void parallel(int n, int align, Range task) {
        int piece = Math.max(align, (n / (threads * 4) + align - 1) / align * align);
        if (threads == 1 || n < 2 * Math.max(piece, 16) || team.isHeldByCurrentThread() || !team.tryLock()) {
            task.run(0, n);
            return;
        }
        try {
            Job job = new Job(task, n, piece);
            for (Helper h : helpers) {
                h.post(job);
            }
            job.work();
            job.await();
        } finally {
            team.unlock();
        }
    }

    /** One product cut into pieces; whoever is free takes the next piece. */
    private static final class Job {
        private final Range task;
        private final int n, piece, pieces;
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        private volatile Throwable failure;

        Job(Range task, int n, int piece) {
            this.task = task;
            this.n = n;
            this.piece = piece;
            this.pieces = (n + piece - 1) / piece;
        }

        void work() {
            for (int i; (i = next.getAndIncrement()) < pieces; ) {
                try {
                    task.run(i * piece, Math.min(n, (i + 1) * piece));
                } catch (Throwable t) {
                    failure = t;
                }
                done.incrementAndGet();
            }
        }

        /** Waits until every piece is done: spinning briefly, then sleeping in short naps. */
        void await() {
            long spinUntil = System.nanoTime() + 200_000;
            while (done.get() < pieces) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000);
                }
            }
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException("a kernel thread failed", t);
            }
        }
    }

    /**
     * A helper thread. Between products it spins for a short while (the gaps between the products
     * of one mini-batch are microseconds), then sleeps until the next product is posted.
     */
    private static final class Helper extends Thread {
        private volatile Job job;
        private volatile boolean quit;

        Helper(int index) {
            super("bachprop-kernel-" + index);
            setDaemon(true);
        }

        void post(Job j) {
            job = j;
            java.util.concurrent.locks.LockSupport.unpark(this);
        }

        void quit() {
            quit = true;
            java.util.concurrent.locks.LockSupport.unpark(this);
        }

        @Override
        public void run() {
            Job last = null;
            while (!quit) {
                long spinUntil = System.nanoTime() + 200_000;
                while (job == last && !quit) {
                    if (System.nanoTime() < spinUntil) {
                        Thread.onSpinWait();
                    } else {
                        java.util.concurrent.locks.LockSupport.park(this);
                    }
                }
                last = job;
                if (last != null && !quit) {
                    last.work();
                }
            }
        }
    }
}
