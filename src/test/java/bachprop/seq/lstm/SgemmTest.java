package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The register-tiled float products must match a plain triple loop in double. Each element may
 * differ by 1e-5 · (|c| + Σ_p |a·b|): float rounding over a few hundred terms stays near 1e-6 of
 * that sum, while a dropped, doubled or misplaced product moves the element by its own size.
 * The shapes hit the 4 × 4-vector tiles, the one-vector tiles, the scalar columns, row blocks
 * with leftover rows, more than one chunk of the inner index, and offsets into larger arrays.
 */
class SgemmTest {

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
    void tiledProductMatchesPlainLoops(int m, int n, int k, boolean transposed) {
        Random rng = new Random(m * 1000L + n * 10L + k);
        int lda = transposed ? m + 3 : k + 2;                           // padded rows: strides are honoured
        int aOff = 5;
        int bOff = 7;
        int cOff = 3;
        int ldb = n + 1;
        int ldc = n + 4;
        float[] a = new float[aOff + (transposed ? k : m) * lda];
        float[] b = new float[bOff + k * ldb];
        float[] c = new float[cOff + m * ldc];
        for (float[] x : new float[][] {a, b, c}) {
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) rng.nextGaussian();
            }
        }
        float[] before = c.clone();
        int aRow = transposed ? 1 : lda;
        int aCol = transposed ? lda : 1;
        Sgemm.mul(m, n, k, a, aOff, aRow, aCol, b, bOff, ldb, c, cOff, ldc);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = before[cOff + i * ldc + j];
                double abs = Math.abs(sum);
                for (int p = 0; p < k; p++) {
                    double term = (double) a[aOff + i * aRow + p * aCol] * b[bOff + p * ldb + j];
                    sum += term;
                    abs += Math.abs(term);
                }
                assertEquals(sum, c[cOff + i * ldc + j], 1e-5 * abs, "C[" + i + "][" + j + "]");
            }
        }
        // nothing outside C's m × n block is touched (the padding of each row, and before C)
        for (int i = 0; i < c.length; i++) {
            int r = (i - cOff) / ldc;
            int col = (i - cOff) % ldc;
            boolean inside = i >= cOff && r < m && col < n;
            if (!inside) {
                assertEquals(before[i], c[i], 0.0, "element " + i + " outside C");
            }
        }
    }
}
