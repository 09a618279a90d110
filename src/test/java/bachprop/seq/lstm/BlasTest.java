package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The blocked products (fused multiply-adds, sums grouped by four) must match plain triple loops
 * (multiply, then add, one product at a time). Rounding differs, so each element may differ by at
 * most 1e-12 · (|c| + Σ_k |a_k · w_k|), far above double rounding over 512 terms (about 1e-13)
 * and far below any real error (a dropped or doubled product moves an element by its own size).
 */
class BlasTest {

    /** Entries zero with probability {@code zeros}, so whole groups of four are skipped too. */
    private static double[][] random(int rows, int cols, double zeros, Random rng) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextDouble() < zeros ? 0 : rng.nextGaussian();
            }
        }
        return m;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r].clone();
        }
        return c;
    }

    /** The reference: C[r][j] += Σ_k A[r][k] · W[k][j], one product at a time. */
    private static void gemmPlain(double[][] a, int rows, double[][] w, double[][] c, double[][] scale) {
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < c[r].length; j++) {
                double sum = c[r][j];
                double abs = Math.abs(c[r][j]);
                for (int k = 0; k < a[r].length; k++) {
                    sum += a[r][k] * w[k][j];
                    abs += Math.abs(a[r][k] * w[k][j]);
                }
                c[r][j] = sum;
                scale[r][j] = abs;
            }
        }
    }

    /** The reference for G += Aᵀ D: G[i][j] += Σ_r A[r][i] · D[r][j], one product at a time. */
    private static void gemmTNPlain(double[][] a, int rows, double[][] d, double[][] g, double[][] scale) {
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) {
                double sum = g[i][j];
                double abs = Math.abs(g[i][j]);
                for (int r = 0; r < rows; r++) {
                    sum += a[r][i] * d[r][j];
                    abs += Math.abs(a[r][i] * d[r][j]);
                }
                g[i][j] = sum;
                scale[i][j] = abs;
            }
        }
    }

    private static void assertClose(double[][] expected, double[][] actual, double[][] scale) {
        for (int r = 0; r < expected.length; r++) {
            for (int j = 0; j < expected[r].length; j++) {
                double tolerance = 1e-12 * scale[r][j];
                assertEquals(
                        expected[r][j],
                        actual[r][j],
                        tolerance,
                        "element [" + r + "][" + j + "]: " + expected[r][j] + " vs " + actual[r][j]);
            }
        }
    }

    @Test
    void blockedProductMatchesPlainLoopsWithinRounding() {
        Random rng = new Random(7);
        for (int rows : new int[] {1, 2, 5, 16}) {
            for (int k : new int[] {3, 62, 129}) {
                for (int n : new int[] {1, 7, 177, 512}) {
                    for (double zeros : new double[] {0.0, 0.6, 0.97}) {
                        double[][] a = random(rows, k, zeros, rng);
                        double[][] w = random(k, n, 0.0, rng);
                        double[][] c = random(rows, n, 0.1, rng);
                        double[][] expected = copy(c);
                        double[][] scale = new double[rows][n];
                        gemmPlain(a, rows, w, expected, scale);
                        Blas.gemm(a, 0, rows, w, 0, c, 0);
                        assertClose(expected, c, scale);
                    }
                }
            }
        }
    }

    @Test
    void blockedWeightGradientMatchesPlainLoopsWithinRounding() {
        Random rng = new Random(8);
        for (int rows : new int[] {1, 5, 33, 70}) {
            for (int k : new int[] {1, 62, 129}) {
                for (int n : new int[] {3, 177, 512}) {
                    for (double zeros : new double[] {0.0, 0.6, 0.97}) {
                        double[][] a = random(rows, k, zeros, rng);
                        double[][] d = random(rows, n, 0.2, rng);
                        double[][] g = random(k, n, 0.0, rng);
                        double[][] expected = copy(g);
                        double[][] scale = new double[k][n];
                        gemmTNPlain(a, rows, d, expected, scale);
                        Blas.gemmTN(a, 0, rows, d, 0, g, 0);
                        assertClose(expected, g, scale);
                    }
                }
            }
        }
    }
}
