package bachprop.nn.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.Sigmoid;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kernel against a naive triple loop on sizes that hit every edge of the blocking: rows not a
 * multiple of the 4-row tile, columns not a multiple of the SIMD width, batches not a multiple of
 * the 5-column tile, and sizes large enough to be split between two threads.
 *
 * <p>Tolerance: each entry within 1e-13 × (the sum of the absolute values of its terms), a bound
 * that rounding in any order meets and that cancellation cannot loosen.
 */
class KernelsTest {
    private static final double TOL = 1e-13;
    private static Kernels one;
    private static Kernels two;

    @BeforeAll
    static void start() {
        one = new Kernels(1);
        two = new Kernels(2);
    }

    @AfterAll
    static void stop() {
        one.close();
        two.close();
    }

    static Stream<Arguments> shapes() {
        int[][] s = {
            {1, 1, 1},
            {3, 7, 2},
            {4, 8, 4},
            {5, 9, 5},
            {7, 17, 3},
            {4, 16, 10},
            {9, 33, 11},
            {33, 65, 10},
            {67, 129, 7},
            {40, 263, 10},
            {35, 300, 1},
            {64, 1, 6},
            {1, 70, 9},
        };
        return Stream.of(s).map(x -> Arguments.of(x[0], x[1], x[2]));
    }

    @ParameterizedTest(name = "{0}×{1} weights, {2} columns")
    @MethodSource("shapes")
    void affineMatchesTripleLoop(int rows, int cols, int m) {
        Random r = new Random(rows * 1000L + cols * 10L + m);
        double[] W = gaussian(rows * cols, r), A = gaussian(cols * m, r), b = gaussian(rows, r);
        double[] Z1 = new double[rows * m], Z2 = new double[rows * m];
        one.affine(W, rows, cols, b, A, m, Z1);
        two.affine(W, rows, cols, b, A, m, Z2);
        for (int k = 0; k < rows; k++) {
            for (int c = 0; c < m; c++) {
                double sum = b[k], abs = Math.abs(b[k]);
                for (int j = 0; j < cols; j++) {
                    sum += W[k * cols + j] * A[c * cols + j];
                    abs += Math.abs(W[k * cols + j] * A[c * cols + j]);
                }
                assertClose(sum, Z1[c * rows + k], abs, "Z(" + k + "," + c + ")");
            }
        }
        assertArrayEquals(Z1, Z2, "1 and 2 threads must agree bitwise");
    }

    @ParameterizedTest(name = "{0}×{1} weights, {2} columns")
    @MethodSource("shapes")
    void transposeTimesMatchesTripleLoop(int rows, int cols, int m) {
        Random r = new Random(rows * 1000L + cols * 10L + m + 1);
        double[] W = gaussian(rows * cols, r), Delta = gaussian(rows * m, r);
        double[] D1 = new double[cols * m], D2 = new double[cols * m];
        one.transposeTimes(W, rows, cols, Delta, m, D1);
        two.transposeTimes(W, rows, cols, Delta, m, D2);
        for (int j = 0; j < cols; j++) {
            for (int c = 0; c < m; c++) {
                double sum = 0, abs = 0;
                for (int k = 0; k < rows; k++) {
                    sum += W[k * cols + j] * Delta[c * rows + k];
                    abs += Math.abs(W[k * cols + j] * Delta[c * rows + k]);
                }
                assertClose(sum, D1[c * cols + j], abs, "D(" + j + "," + c + ")");
            }
        }
        assertArrayEquals(D1, D2, "1 and 2 threads must agree bitwise");
    }

    @ParameterizedTest(name = "{0}×{1} weights, {2} columns")
    @MethodSource("shapes")
    void addScaledOuterMatchesTripleLoop(int rows, int cols, int m) {
        Random r = new Random(rows * 1000L + cols * 10L + m + 2);
        double[] W = gaussian(rows * cols, r), Delta = gaussian(rows * m, r), A = gaussian(cols * m, r);
        double s = -0.37;
        double[] W1 = W.clone(), W2 = W.clone();
        one.addScaledOuter(W1, rows, cols, s, Delta, A, m);
        two.addScaledOuter(W2, rows, cols, s, Delta, A, m);
        for (int k = 0; k < rows; k++) {
            for (int j = 0; j < cols; j++) {
                double sum = 0, abs = 0;
                for (int c = 0; c < m; c++) {
                    sum += Delta[c * rows + k] * A[c * cols + j];
                    abs += Math.abs(s * Delta[c * rows + k] * A[c * cols + j]);
                }
                double expected = W[k * cols + j] + s * sum;
                assertClose(expected, W1[k * cols + j], abs + Math.abs(W[k * cols + j]), "W(" + k + "," + j + ")");
            }
        }
        assertArrayEquals(W1, W2, "1 and 2 threads must agree bitwise");
    }

    @Test
    void sigmaMatchesTheScalarSigmoidOnBothThreads() {
        double[] z = gaussian(1000, new Random(5));
        z[3] = 800;
        z[4] = -800;
        double[] a = new double[1000];
        two.sigma(z, a, 1000);
        for (int i = 0; i < 1000; i++) {
            assertTrue(a[i] == Sigmoid.sigma(z[i]), "σ(" + z[i] + ")");
        }
    }

    @Test
    void allFiniteSpotsNaNAndInfinity() {
        double[] x = {1, -2, 0, -0.0, Double.MAX_VALUE};
        assertTrue(FastNetwork.allFinite(x, x.length));
        x[2] = Double.NaN;
        assertTrue(!FastNetwork.allFinite(x, x.length));
        x[2] = Double.NEGATIVE_INFINITY;
        assertTrue(!FastNetwork.allFinite(x, x.length));
        assertTrue(FastNetwork.allFinite(x, 2), "only the first n entries count");
        double[] y = {1, 2, 3, 4, 5, 6, 7, Double.POSITIVE_INFINITY, 9};
        assertTrue(!FastNetwork.allFinite(y, 9), "∞ in the last of a group of four");
        y[7] = 8;
        y[8] = Double.NaN;
        assertTrue(!FastNetwork.allFinite(y, 9), "NaN after the groups of four");
    }

    @Test
    void twoCallersAtOnceBothGetTheRightAnswer() throws Exception {
        int rows = 64, cols = 200, m = 10;
        Random r = new Random(77);
        double[] W = gaussian(rows * cols, r), A = gaussian(cols * m, r);
        double[] expected = new double[rows * m];
        one.affine(W, rows, cols, null, A, m, expected);
        double[][] got = new double[2][rows * m];
        Thread other = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                two.affine(W, rows, cols, null, A, m, got[1]);
            }
        });
        other.start();
        for (int i = 0; i < 200; i++) {
            two.affine(W, rows, cols, null, A, m, got[0]);
        }
        other.join();
        assertArrayEquals(expected, got[0]);
        assertArrayEquals(expected, got[1]);
    }

    @Test
    void aFailureInAnyPieceReachesTheCallerAndTheKernelsStayUsable() {
        double[] W = new double[64 * 200], Z = new double[64 * 10];
        double[] tooShort = new double[200 * 10 - 1];
        Assertions.assertThrows(IndexOutOfBoundsException.class, () -> two.affine(W, 64, 200, null, tooShort, 10, Z));
        Random r = new Random(78); // still works afterwards, on both threads: the same Z as one thread gives
        double[] W2 = gaussian(64 * 200, r), A = gaussian(200 * 10, r), expected = new double[64 * 10];
        one.affine(W2, 64, 200, null, A, 10, expected);
        two.affine(W2, 64, 200, null, A, 10, Z);
        assertArrayEquals(expected, Z);
        assertTrue(Arrays.stream(Z).anyMatch(z -> z != 0), "a product that is not all zeros");
    }

    @ParameterizedTest(name = "{0}×{1} weights, {2} columns")
    @MethodSource("shapes")
    void theBackwardProductsAreGemmMulBitForBit(int rows, int cols, int m) {
        // GemmSkinny's claim: the same sums in the same order as the strided Gemm.mul, only faster on these shapes
        Random r = new Random(rows * 1000L + cols * 10L + m + 5);
        double[] W = gaussian(rows * cols, r), Delta = gaussian(rows * m, r), A = gaussian(cols * m, r);
        double[] D = new double[cols * m], viaGemm = new double[cols * m];
        two.transposeTimes(W, rows, cols, Delta, m, D);
        Gemm.mul(m, cols, rows, Delta, 0, rows, 1, W, 0, cols, viaGemm, 0, cols); // Dᵀ = Δᵀ W
        assertArrayEquals(viaGemm, D, "D = Wᵀ Δ");
        double s = -0.3;
        double[] W1 = W.clone(), sDelta = new double[rows * m];
        for (int i = 0; i < sDelta.length; i++) {
            sDelta[i] = s * Delta[i];
        }
        two.addScaledOuter(W1, rows, cols, s, Delta, A, m);
        Gemm.mul(rows, cols, m, sDelta, 0, 1, rows, A, 0, cols, W, 0, cols); // W + (sΔ) Aᵀ, sΔ read through (1, rows)
        assertArrayEquals(W, W1, "W + s Δ Aᵀ");
    }

    private static void assertClose(double expected, double actual, double scale, String what) {
        assertTrue(
                Math.abs(expected - actual) <= TOL * scale + Double.MIN_NORMAL,
                what + ": expected " + expected + ", got " + actual + " (scale " + scale + ")");
    }

    private static double[] gaussian(int n, Random r) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
        }
        return x;
    }
}
