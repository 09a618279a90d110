package bachprop.nn.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The register-tiled products of {@link Gemm} against plain loops. Float: each element may differ
 * from a triple loop in double by 1e-5 · (|c| + Σ_p |a·b|): float rounding over a few hundred
 * terms stays near 1e-6 of that sum, while a dropped, doubled or misplaced product moves the
 * element by its own size. Double: each element must equal, bit for bit, the fused sum taken in
 * order of p (the promise the MLP and the LSTM rely on), on one thread and split over two. The
 * shapes hit the 4 × 4-vector tiles, the one-vector tiles, the scalar columns, row blocks with
 * leftover rows, more than one chunk of the inner index, and offsets into larger arrays.
 */
class GemmTest {
    private static Pool two;

    @BeforeAll
    static void start() {
        two = new Pool(2);
    }

    @AfterAll
    static void stop() {
        two.close();
    }

    @ParameterizedTest(name = "m {0}, n {1}, k {2}, transposed A {3}")
    @CsvSource({
        "4, 64, 7, false",
        "16, 512, 128, false",
        "5, 177, 130, false",
        "3, 20, 9, false",
        "1, 1, 1, false",
        "37, 148, 70, true",
        "128, 512, 200, true",
        "6, 17, 3, true",
    })
    void floatProductMatchesPlainLoops(int m, int n, int k, boolean transposed) {
        Shape s = new Shape(m, n, k, transposed);
        Random rng = new Random(m * 1000L + n * 10L + k);
        float[] a = gaussianFloats(s.aLength(), rng);
        float[] b = gaussianFloats(s.bLength(), rng);
        float[] c = gaussianFloats(s.cLength(), rng);
        float[] before = c.clone();
        Gemm.mul(m, n, k, a, s.aOff, s.aRow, s.aCol, b, s.bOff, s.ldb, c, s.cOff, s.ldc);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = before[s.cOff + i * s.ldc + j];
                double abs = Math.abs(sum);
                for (int p = 0; p < k; p++) {
                    double term = (double) a[s.aOff + i * s.aRow + p * s.aCol] * b[s.bOff + p * s.ldb + j];
                    sum += term;
                    abs += Math.abs(term);
                }
                assertEquals(sum, c[s.cOff + i * s.ldc + j], 1e-5 * abs, "C[" + i + "][" + j + "]");
            }
        }
        for (int i = 0; i < c.length; i++) {
            if (!s.inside(i)) {
                assertEquals(before[i], c[i], 0.0, "element " + i + " outside C");
            }
        }
    }

    @ParameterizedTest(name = "m {0}, n {1}, k {2}, transposed A {3}")
    @CsvSource({
        "4, 64, 7, false",
        "16, 512, 128, false",
        "5, 177, 130, false",
        "3, 20, 9, false",
        "1, 1, 1, false",
        "10, 500, 300, false",
        "37, 148, 70, true",
        "128, 512, 200, true",
        "6, 17, 3, true",
        "67, 129, 10, true",
    })
    void doubleProductIsTheFusedSumInOrderOfPOnOneOrTwoThreads(int m, int n, int k, boolean transposed) {
        Shape s = new Shape(m, n, k, transposed);
        Random rng = new Random(m * 1000L + n * 10L + k + 1);
        double[] a = gaussian(s.aLength(), rng);
        double[] b = gaussian(s.bLength(), rng);
        double[] c = gaussian(s.cLength(), rng);
        double[] expected = c.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = expected[s.cOff + i * s.ldc + j];
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[s.aOff + i * s.aRow + p * s.aCol], b[s.bOff + p * s.ldb + j], sum);
                }
                expected[s.cOff + i * s.ldc + j] = sum;
            }
        }
        double[] split = c.clone();
        Gemm.mul(m, n, k, a, s.aOff, s.aRow, s.aCol, b, s.bOff, s.ldb, c, s.cOff, s.ldc);
        Gemm.mul(two, m, n, k, a, s.aOff, s.aRow, s.aCol, b, s.bOff, s.ldb, split, s.cOff, s.ldc);
        assertArrayEquals(expected, c, "one thread: every entry (and nothing outside C changed)");
        assertArrayEquals(expected, split, "two threads");
    }

    /** A product's offsets and padded strides, so that strides are honoured and nothing outside C is written. */
    private static final class Shape {
        final int m;
        final int n;
        final int k;
        final boolean transposed;
        final int lda;
        final int aOff = 5;
        final int bOff = 7;
        final int cOff = 3;
        final int ldb;
        final int ldc;
        final int aRow;
        final int aCol;

        Shape(int m, int n, int k, boolean transposed) {
            this.m = m;
            this.n = n;
            this.k = k;
            this.transposed = transposed;
            this.lda = transposed ? m + 3 : k + 2;
            this.ldb = n + 1;
            this.ldc = n + 4;
            this.aRow = transposed ? 1 : lda;
            this.aCol = transposed ? lda : 1;
        }

        int aLength() {
            return aOff + (transposed ? k : m) * lda;
        }

        int bLength() {
            return bOff + k * ldb;
        }

        int cLength() {
            return cOff + m * ldc;
        }

        boolean inside(int i) {
            return i >= cOff && (i - cOff) / ldc < m && (i - cOff) % ldc < n;
        }
    }

    private static float[] gaussianFloats(int n, Random r) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextGaussian();
        }
        return x;
    }

    private static double[] gaussian(int n, Random r) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
        }
        return x;
    }
}
