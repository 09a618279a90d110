package bachprop.nn.fast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final ExecutorService workers; // threads − 1 helpers; the calling thread does one share

    /** Kernels that split each product between {@code threads} threads (1 = no helper threads). */
    public Kernels(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "bachprop-kernel");
            t.setDaemon(true);
            return t;
        });
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
        if (workers != null && this != shared) {
            workers.shutdownNow();
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
            for (; c + 4 <= m; c += 4) {
                dot4x4(W, cols, k, A, c, rows, b, Z);
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

    /** Rows k..k+3 of W against columns c..c+3 of A: 16 accumulators stay in registers. */
    private static void dot4x4(double[] W, int n, int k, double[] A, int c, int rows, double[] b, double[] Z) {
        int w0 = k * n, w1 = w0 + n, w2 = w1 + n, w3 = w2 + n;
        int a0 = c * n, a1 = a0 + n, a2 = a1 + n, a3 = a2 + n;
        DoubleVector s00 = DoubleVector.zero(S), s01 = s00, s02 = s00, s03 = s00;
        DoubleVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
        DoubleVector s20 = s00, s21 = s00, s22 = s00, s23 = s00;
        DoubleVector s30 = s00, s31 = s00, s32 = s00, s33 = s00;
        int vn = n - n % V;
        for (int j = 0; j < vn; j += V) {
            DoubleVector x0 = DoubleVector.fromArray(S, A, a0 + j);
            DoubleVector x1 = DoubleVector.fromArray(S, A, a1 + j);
            DoubleVector x2 = DoubleVector.fromArray(S, A, a2 + j);
            DoubleVector x3 = DoubleVector.fromArray(S, A, a3 + j);
            DoubleVector w = DoubleVector.fromArray(S, W, w0 + j);
            s00 = w.fma(x0, s00);
            s01 = w.fma(x1, s01);
            s02 = w.fma(x2, s02);
            s03 = w.fma(x3, s03);
            w = DoubleVector.fromArray(S, W, w1 + j);
            s10 = w.fma(x0, s10);
            s11 = w.fma(x1, s11);
            s12 = w.fma(x2, s12);
            s13 = w.fma(x3, s13);
            w = DoubleVector.fromArray(S, W, w2 + j);
            s20 = w.fma(x0, s20);
            s21 = w.fma(x1, s21);
            s22 = w.fma(x2, s22);
            s23 = w.fma(x3, s23);
            w = DoubleVector.fromArray(S, W, w3 + j);
            s30 = w.fma(x0, s30);
            s31 = w.fma(x1, s31);
            s32 = w.fma(x2, s32);
            s33 = w.fma(x3, s33);
        }
        store(s00, W, w0, A, a0, vn, n, b, k, Z, c * rows + k);
        store(s01, W, w0, A, a1, vn, n, b, k, Z, (c + 1) * rows + k);
        store(s02, W, w0, A, a2, vn, n, b, k, Z, (c + 2) * rows + k);
        store(s03, W, w0, A, a3, vn, n, b, k, Z, (c + 3) * rows + k);
        store(s10, W, w1, A, a0, vn, n, b, k + 1, Z, c * rows + k + 1);
        store(s11, W, w1, A, a1, vn, n, b, k + 1, Z, (c + 1) * rows + k + 1);
        store(s12, W, w1, A, a2, vn, n, b, k + 1, Z, (c + 2) * rows + k + 1);
        store(s13, W, w1, A, a3, vn, n, b, k + 1, Z, (c + 3) * rows + k + 1);
        store(s20, W, w2, A, a0, vn, n, b, k + 2, Z, c * rows + k + 2);
        store(s21, W, w2, A, a1, vn, n, b, k + 2, Z, (c + 1) * rows + k + 2);
        store(s22, W, w2, A, a2, vn, n, b, k + 2, Z, (c + 2) * rows + k + 2);
        store(s23, W, w2, A, a3, vn, n, b, k + 2, Z, (c + 3) * rows + k + 2);
        store(s30, W, w3, A, a0, vn, n, b, k + 3, Z, c * rows + k + 3);
        store(s31, W, w3, A, a1, vn, n, b, k + 3, Z, (c + 1) * rows + k + 3);
        store(s32, W, w3, A, a2, vn, n, b, k + 3, Z, (c + 2) * rows + k + 3);
        store(s33, W, w3, A, a3, vn, n, b, k + 3, Z, (c + 3) * rows + k + 3);
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
        parallel(cols, 2 * V, (from, to) -> transposeTimesCols(W, rows, cols, Delta, m, D, from, to));
    }

    private static void transposeTimesCols(double[] W, int rows, int cols, double[] Delta, int m, double[] D, int from, int to) {
        int j = from;
        for (; j + 2 * V <= to; j += 2 * V) {
            int c = 0;
            for (; c + 4 <= m; c += 4) {
                axpy2x4(W, rows, cols, j, Delta, c, D);
            }
            for (; c < m; c++) {
                axpy1x1(W, rows, cols, j, Delta, c, D);
                axpy1x1(W, rows, cols, j + V, Delta, c, D);
            }
        }
        for (; j + V <= to; j += V) {
            for (int c = 0; c < m; c++) {
                axpy1x1(W, rows, cols, j, Delta, c, D);
            }
        }
        for (; j < to; j++) {
            for (int c = 0; c < m; c++) {
                double s = 0;
                for (int k = 0; k < rows; k++) {
                    s = Math.fma(W[k * cols + j], Delta[c * rows + k], s);
                }
                D[c * cols + j] = s;
            }
        }
    }

    /** Entries j..j+2V−1 of columns c..c+3 of D, summed over every row k of W: 8 accumulators. */
    private static void axpy2x4(double[] W, int rows, int cols, int j, double[] Delta, int c, double[] D) {
        int d0 = c * rows, d1 = d0 + rows, d2 = d1 + rows, d3 = d2 + rows;
        DoubleVector s00 = DoubleVector.zero(S), s01 = s00, s02 = s00, s03 = s00;
        DoubleVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
        for (int k = 0, w = j; k < rows; k++, w += cols) {
            DoubleVector w0 = DoubleVector.fromArray(S, W, w);
            DoubleVector w1 = DoubleVector.fromArray(S, W, w + V);
            DoubleVector e = DoubleVector.broadcast(S, Delta[d0 + k]);
            s00 = w0.fma(e, s00);
            s10 = w1.fma(e, s10);
            e = DoubleVector.broadcast(S, Delta[d1 + k]);
            s01 = w0.fma(e, s01);
            s11 = w1.fma(e, s11);
            e = DoubleVector.broadcast(S, Delta[d2 + k]);
            s02 = w0.fma(e, s02);
            s12 = w1.fma(e, s12);
            e = DoubleVector.broadcast(S, Delta[d3 + k]);
            s03 = w0.fma(e, s03);
            s13 = w1.fma(e, s13);
        }
        s00.intoArray(D, c * cols + j);
        s10.intoArray(D, c * cols + j + V);
        s01.intoArray(D, (c + 1) * cols + j);
        s11.intoArray(D, (c + 1) * cols + j + V);
        s02.intoArray(D, (c + 2) * cols + j);
        s12.intoArray(D, (c + 2) * cols + j + V);
        s03.intoArray(D, (c + 3) * cols + j);
        s13.intoArray(D, (c + 3) * cols + j + V);
    }

    private static void axpy1x1(double[] W, int rows, int cols, int j, double[] Delta, int c, double[] D) {
        int d = c * rows;
        DoubleVector s = DoubleVector.zero(S);
        for (int k = 0, w = j; k < rows; k++, w += cols) {
            s = DoubleVector.fromArray(S, W, w).fma(DoubleVector.broadcast(S, Delta[d + k]), s);
        }
        s.intoArray(D, c * cols + j);
    }

    // ---- W ← W + s Δ Aᵀ (BP4 summed over the columns, and the step of eq. 13, in one pass) ----

    /**
     * W ← W + s Δ Aᵀ: W is rows × cols, Δ is rows × m, A is cols × m. Each w_{k,j} is read and
     * written once: w_{k,j} + s·Σ_c Δ_{k,c} A_{j,c}, the sum taken in column order.
     */
    public void addScaledOuter(double[] W, int rows, int cols, double s, double[] Delta, double[] A, int m) {
        parallel(rows, 1, (from, to) -> addScaledOuterRows(W, rows, cols, s, Delta, A, m, from, to));
    }

    private static final int CHUNK = 256; // columns of A per pass: 10 examples × 256 × 8 bytes stay in L1

    private static void addScaledOuterRows(double[] W, int rows, int cols, double s, double[] Delta, double[] A, int m, int from, int to) {
        double[] e = new double[m];
        int vn = cols - cols % V;
        for (int j0 = 0; j0 < cols; j0 += CHUNK) {
            int j1 = Math.min(cols, j0 + CHUNK);
            int v1 = Math.min(vn, j1);
            for (int k = from; k < to; k++) {
                for (int c = 0; c < m; c++) {
                    e[c] = s * Delta[c * rows + k];
                }
                int w = k * cols;
                int c = 0;
                for (; c + 4 <= m; c += 4) {
                    rowUpdate4(W, w, A, cols, c, e, j0, v1);
                }
                for (; c < m; c++) {
                    rowUpdate1(W, w, A, cols, c, e[c], j0, v1);
                }
                for (int j = Math.max(j0, vn); j < j1; j++) {
                    double sum = W[w + j];
                    for (c = 0; c < m; c++) {
                        sum = Math.fma(e[c], A[c * cols + j], sum);
                    }
                    W[w + j] = sum;
                }
            }
        }
    }

    /** Adds four columns' terms e_c · A_{j,c} to row entries j0..j1−1 of W (j1 − j0 a multiple of V). */
    private static void rowUpdate4(double[] W, int w, double[] A, int cols, int c, double[] e, int j0, int j1) {
        DoubleVector e0 = DoubleVector.broadcast(S, e[c]);
        DoubleVector e1 = DoubleVector.broadcast(S, e[c + 1]);
        DoubleVector e2 = DoubleVector.broadcast(S, e[c + 2]);
        DoubleVector e3 = DoubleVector.broadcast(S, e[c + 3]);
        int a0 = c * cols, a1 = a0 + cols, a2 = a1 + cols, a3 = a2 + cols;
        for (int j = j0; j < j1; j += V) {
            DoubleVector x = DoubleVector.fromArray(S, W, w + j);
            x = e0.fma(DoubleVector.fromArray(S, A, a0 + j), x);
            x = e1.fma(DoubleVector.fromArray(S, A, a1 + j), x);
            x = e2.fma(DoubleVector.fromArray(S, A, a2 + j), x);
            x = e3.fma(DoubleVector.fromArray(S, A, a3 + j), x);
            x.intoArray(W, w + j);
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

    /** True if the first n entries are all finite (no NaN, no ±∞). */
    public static boolean allFinite(double[] x, int n) {
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += x[i] * 0; // x·0 is 0 for finite x and NaN for NaN or ±∞
        }
        return acc == 0;
    }

    // ---- threads ----

    private interface Range {
        void run(int from, int to);
    }

    /** Runs {@code task} over [0, n) cut into one share per thread, share edges multiples of align. */
    private void parallel(int n, int align, Range task) {
        int parts = Math.min(threads, Math.max(1, n / Math.max(align, 16)));
        if (parts <= 1) {
            task.run(0, n);
            return;
        }
        int[] edge = new int[parts + 1];
        for (int p = 1; p < parts; p++) {
            edge[p] = (int) ((long) n * p / parts) / align * align;
        }
        edge[parts] = n;
        List<Future<?>> pending = new ArrayList<>(parts - 1);
        for (int p = 0; p < parts - 1; p++) {
            int from = edge[p], to = edge[p + 1];
            pending.add(workers.submit(() -> task.run(from, to)));
        }
        task.run(edge[parts - 1], n);
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a kernel thread", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a kernel thread failed", e.getCause());
            }
        }
    }
}
