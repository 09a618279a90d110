package bachprop.seq.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The blocked products must give every element the same sums in the same order as the plain
 * one-row-at-a-time loops (so training stays bit for bit reproducible): tolerance 0, compared
 * as raw bits (which also tells +0 from −0).
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

    /** The reference: C[r] += A[r] W one row at a time, groups of four k, all-zero groups skipped. */
    private static void gemmPlain(double[][] a, int rows, double[][] w, double[][] c) {
        for (int r = 0; r < rows; r++) {
            double[] ar = a[r];
            int k = 0;
            for (; k + 3 < ar.length; k += 4) {
                if (ar[k] == 0 && ar[k + 1] == 0 && ar[k + 2] == 0 && ar[k + 3] == 0) {
                    continue;
                }
                for (int j = 0; j < c[r].length; j++) {
                    c[r][j] += ar[k] * w[k][j] + ar[k + 1] * w[k + 1][j] + ar[k + 2] * w[k + 2][j] + ar[k + 3] * w[k + 3][j];
                }
            }
            for (; k < ar.length; k++) {
                if (ar[k] != 0) {
                    for (int j = 0; j < c[r].length; j++) {
                        c[r][j] += ar[k] * w[k][j];
                    }
                }
            }
        }
    }

    /** The reference for G += Aᵀ D: blocks of 32 rows, groups of four rows, all-zero groups skipped. */
    private static void gemmTNPlain(double[][] a, int rows, double[][] d, double[][] g) {
        for (int r0 = 0; r0 < rows; r0 += 32) {
            int r1 = Math.min(rows, r0 + 32);
            for (int i = 0; i < a[0].length; i++) {
                int r = r0;
                for (; r + 3 < r1; r += 4) {
                    if (a[r][i] == 0 && a[r + 1][i] == 0 && a[r + 2][i] == 0 && a[r + 3][i] == 0) {
                        continue;
                    }
                    for (int j = 0; j < g[i].length; j++) {
                        g[i][j] += a[r][i] * d[r][j] + a[r + 1][i] * d[r + 1][j] + a[r + 2][i] * d[r + 2][j] + a[r + 3][i] * d[r + 3][j];
                    }
                }
                for (; r < r1; r++) {
                    if (a[r][i] != 0) {
                        for (int j = 0; j < g[i].length; j++) {
                            g[i][j] += a[r][i] * d[r][j];
                        }
                    }
                }
            }
        }
    }

    private static void assertBitwiseEqual(double[][] expected, double[][] actual) {
        for (int r = 0; r < expected.length; r++) {
            for (int j = 0; j < expected[r].length; j++) {
                assertEquals(Double.doubleToRawLongBits(expected[r][j]), Double.doubleToRawLongBits(actual[r][j]),
                    "element [" + r + "][" + j + "]: " + expected[r][j] + " vs " + actual[r][j]);
            }
        }
    }

    @Test
    void blockedProductIsBitwiseTheOneRowProduct() {
        Random rng = new Random(7);
        for (int rows : new int[] {1, 2, 5, 16}) {
            for (int k : new int[] {3, 62, 129}) {
                for (int n : new int[] {1, 7, 177, 512}) {
                    for (double zeros : new double[] {0.0, 0.6, 0.97}) {
                        double[][] a = random(rows, k, zeros, rng);
                        double[][] w = random(k, n, 0.0, rng);
                        double[][] c = random(rows, n, 0.1, rng);
                        double[][] expected = copy(c);
                        gemmPlain(a, rows, w, expected);
                        Blas.gemm(a, 0, rows, w, 0, c, 0);
                        assertBitwiseEqual(expected, c);
                    }
                }
            }
        }
    }

    @Test
    void blockedWeightGradientIsBitwiseTheOneRowSum() {
        Random rng = new Random(8);
        for (int rows : new int[] {1, 5, 33, 70}) {
            for (int k : new int[] {1, 62, 129}) {
                for (int n : new int[] {3, 177, 512}) {
                    for (double zeros : new double[] {0.0, 0.6, 0.97}) {
                        double[][] a = random(rows, k, zeros, rng);
                        double[][] d = random(rows, n, 0.2, rng);
                        double[][] g = random(k, n, 0.0, rng);
                        double[][] expected = copy(g);
                        gemmTNPlain(a, rows, d, expected);
                        Blas.gemmTN(a, 0, rows, d, 0, g, 0);
                        assertBitwiseEqual(expected, g);
                    }
                }
            }
        }
    }
}
