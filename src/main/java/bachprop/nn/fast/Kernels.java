package bachprop.nn.fast;

import bachprop.nn.Sigmoid;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The products {@link FastTrainer} needs, each one call into the {@link Gemm} family (its
 * MLP-shaped tiles, {@link GemmNT} and {@link GemmSkinny}) on the worker {@link Pool}:
 * FastTrainer reads like the text, and here each product is named by its equation.
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
    private static volatile Kernels shared;

    private final Pool pool;
    private final boolean ownsPool;

    /** Kernels that split each product between {@code threads} threads (1 = no helper threads). */
    public Kernels(int threads) {
        this(new Pool(threads), true);
    }

    private Kernels(Pool pool, boolean ownsPool) {
        warmUp();
        this.pool = pool;
        this.ownsPool = ownsPool;
    }

    /** One instance for the whole program, on the shared {@link Pool}. */
    public static Kernels shared() {
        Kernels k = shared;
        if (k == null) {
            synchronized (Kernels.class) {
                if (shared == null) {
                    shared = new Kernels(Pool.shared(), false);
                }
                k = shared;
            }
        }
        return k;
    }

    public int threads() {
        return pool.threads();
    }

    @Override
    public void close() {
        if (ownsPool) {
            pool.close();
        }
    }

    @Override
    public String toString() {
        return "Kernels(" + threads() + (threads() == 1 ? " thread, " : " threads, ") + Gemm64.L
                + " doubles per SIMD vector)";
    }

    /**
     * (4) for every column: Z = W A + b 1ᵀ. W is rows × cols, A is cols × m, Z (written) is
     * rows × m. If {@code b} is null no bias is added.
     */
    public void affine(double[] W, int rows, int cols, double[] b, double[] A, int m, double[] Z) {
        pool.parallel(rows, 4, (from, to) -> GemmNT.affineRows(W, rows, cols, b, A, m, Z, from, to));
    }

    /**
     * The sum inside BP2 for every column: D = Wᵀ Δ. W is rows × cols, Δ is rows × m, D (written)
     * is cols × m; d_{j,c} = Σ_k Δ_{k,c} w_{k,j}, added in order of k.
     */
    public void transposeTimes(double[] W, int rows, int cols, double[] Delta, int m, double[] D) {
        pool.parallel(
                cols, 16 * Gemm64.L, (from, to) -> GemmSkinny.transposeTimesCols(W, rows, cols, Delta, m, D, from, to));
    }

    /**
     * BP4 summed over the columns, and the step of eq. 13, in one pass: W ← W + s Δ Aᵀ. W is
     * rows × cols, Δ is rows × m, A is cols × m. Each w_{k,j} becomes w_{k,j} + Σ_c (s·Δ_{k,c}) A_{j,c},
     * the sum taken in column order.
     */
    public void addScaledOuter(double[] W, int rows, int cols, double s, double[] Delta, double[] A, int m) {
        pool.parallel(rows, 4, (from, to) -> GemmSkinny.addScaledOuterRows(W, rows, cols, s, Delta, A, m, from, to));
    }

    /** (6) a = σ(z) for the first n entries, split between the threads. */
    public void sigma(double[] z, double[] a, int n) {
        pool.parallel(n, 64, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] = Sigmoid.sigma(z[i]);
            }
        });
    }

    // ---- warm-up ----

    private static final AtomicBoolean WARM = new AtomicBoolean();
    private static final int WARM_CALLS = 2000;

    /**
     * Runs every kernel on small matrices until the JIT compiler has turned the vector code into
     * SIMD instructions. Until then each vector operation is an object: without this, the first
     * mini-batch of a large network takes seconds. Once per JVM; about {@value #WARM_CALLS} calls each.
     */
    static void warmUp() {
        if (!WARM.compareAndSet(false, true)) {
            return;
        }
        int rows = 8, cols = 4 * Gemm64.L, m = 10;
        double[] W = new double[(rows + 1) * (cols + 3)];
        double[] A = new double[(cols + 3) * (m + 1)],
                D = new double[(rows + 1) * (m + 1)],
                Z = new double[(rows + 1) * (m + 1)];
        double[] b = new double[rows + 1], out = new double[A.length];
        Arrays.fill(A, 0.5);
        Arrays.fill(D, 0.25);
        for (int i = 0; i < WARM_CALLS; i++) {
            boolean edges = i % 16 == 0; // now and then a shape with every kind of leftover
            int r = edges ? rows + 1 : rows, n = edges ? cols + 3 : cols, mm = edges ? m + 1 : m;
            GemmNT.affineRows(W, r, n, b, A, mm, Z, 0, r);
            GemmSkinny.transposeTimesCols(W, r, n, D, mm, out, 0, n);
            GemmSkinny.addScaledOuterRows(W, r, n, 0.0, D, A, mm, 0, r);
        }
    }
}
