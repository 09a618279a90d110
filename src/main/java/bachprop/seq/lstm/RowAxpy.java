package bachprop.seq.lstm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector steps of {@link Blas}: a row c gets four rows of w, each times its own factor,
 * added in order by fused multiply-adds (c[j] += x0·w0[j] + … + x3·w3[j]); the x2 and x4 forms
 * update two or four rows of c from one load of w.
 */
final class RowAxpy {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private RowAxpy() {}

    static void axpy4(
            double x0,
            double[] w0,
            double x1,
            double[] w1,
            double x2,
            double[] w2,
            double x3,
            double[] w3,
            double[] c) {
        int n = c.length;
        int vn = S.loopBound(n);
        DoubleVector vx0 = DoubleVector.broadcast(S, x0);
        DoubleVector vx1 = DoubleVector.broadcast(S, x1);
        DoubleVector vx2 = DoubleVector.broadcast(S, x2);
        DoubleVector vx3 = DoubleVector.broadcast(S, x3);
        int j = 0;
        for (; j < vn; j += S.length()) {
            DoubleVector acc = DoubleVector.fromArray(S, c, j);
            acc = DoubleVector.fromArray(S, w0, j).fma(vx0, acc);
            acc = DoubleVector.fromArray(S, w1, j).fma(vx1, acc);
            acc = DoubleVector.fromArray(S, w2, j).fma(vx2, acc);
            acc = DoubleVector.fromArray(S, w3, j).fma(vx3, acc);
            acc.intoArray(c, j);
        }
        for (; j < n; j++) {
            c[j] = Math.fma(x3, w3[j], Math.fma(x2, w2[j], Math.fma(x1, w1[j], Math.fma(x0, w0[j], c[j]))));
        }
    }

    /** Four rows at once, each summed as in axpy4 (fused multiply-adds). */
    static void axpy4x4(
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
            double u0,
            double u1,
            double u2,
            double u3,
            double[] f,
            double v0,
            double v1,
            double v2,
            double v3,
            double[] g,
            double[] w0,
            double[] w1,
            double[] w2,
            double[] w3) {
        int n = c.length;
        int vn = S.loopBound(n);
        DoubleVector bx0 = DoubleVector.broadcast(S, x0);
        DoubleVector bx1 = DoubleVector.broadcast(S, x1);
        DoubleVector bx2 = DoubleVector.broadcast(S, x2);
        DoubleVector bx3 = DoubleVector.broadcast(S, x3);
        DoubleVector by0 = DoubleVector.broadcast(S, y0);
        DoubleVector by1 = DoubleVector.broadcast(S, y1);
        DoubleVector by2 = DoubleVector.broadcast(S, y2);
        DoubleVector by3 = DoubleVector.broadcast(S, y3);
        DoubleVector bu0 = DoubleVector.broadcast(S, u0);
        DoubleVector bu1 = DoubleVector.broadcast(S, u1);
        DoubleVector bu2 = DoubleVector.broadcast(S, u2);
        DoubleVector bu3 = DoubleVector.broadcast(S, u3);
        DoubleVector bv0 = DoubleVector.broadcast(S, v0);
        DoubleVector bv1 = DoubleVector.broadcast(S, v1);
        DoubleVector bv2 = DoubleVector.broadcast(S, v2);
        DoubleVector bv3 = DoubleVector.broadcast(S, v3);
        int j = 0;
        for (; j < vn; j += S.length()) {
            DoubleVector a = DoubleVector.fromArray(S, w0, j);
            DoubleVector b = DoubleVector.fromArray(S, w1, j);
            DoubleVector p = DoubleVector.fromArray(S, w2, j);
            DoubleVector q = DoubleVector.fromArray(S, w3, j);
            q.fma(bx3, p.fma(bx2, b.fma(bx1, a.fma(bx0, DoubleVector.fromArray(S, c, j)))))
                    .intoArray(c, j);
            q.fma(by3, p.fma(by2, b.fma(by1, a.fma(by0, DoubleVector.fromArray(S, e, j)))))
                    .intoArray(e, j);
            q.fma(bu3, p.fma(bu2, b.fma(bu1, a.fma(bu0, DoubleVector.fromArray(S, f, j)))))
                    .intoArray(f, j);
            q.fma(bv3, p.fma(bv2, b.fma(bv1, a.fma(bv0, DoubleVector.fromArray(S, g, j)))))
                    .intoArray(g, j);
        }
        for (; j < n; j++) {
            double a = w0[j];
            double b = w1[j];
            double p = w2[j];
            double q = w3[j];
            c[j] = Math.fma(x3, q, Math.fma(x2, p, Math.fma(x1, b, Math.fma(x0, a, c[j]))));
            e[j] = Math.fma(y3, q, Math.fma(y2, p, Math.fma(y1, b, Math.fma(y0, a, e[j]))));
            f[j] = Math.fma(u3, q, Math.fma(u2, p, Math.fma(u1, b, Math.fma(u0, a, f[j]))));
            g[j] = Math.fma(v3, q, Math.fma(v2, p, Math.fma(v1, b, Math.fma(v0, a, g[j]))));
        }
    }

    /**
     * Two rows at once: c[j] += x0·w0[j] + … + x3·w3[j] and e[j] += y0·w0[j] + … + y3·w3[j],
     * each summed as in axpy4 (fused multiply-adds from c[j]), in SIMD lanes of the Vector API
     * so that each load of w serves both rows.
     */
    static void axpy4x2(
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
        int n = c.length;
        int vn = S.loopBound(n);
        DoubleVector bx0 = DoubleVector.broadcast(S, x0);
        DoubleVector bx1 = DoubleVector.broadcast(S, x1);
        DoubleVector bx2 = DoubleVector.broadcast(S, x2);
        DoubleVector bx3 = DoubleVector.broadcast(S, x3);
        DoubleVector by0 = DoubleVector.broadcast(S, y0);
        DoubleVector by1 = DoubleVector.broadcast(S, y1);
        DoubleVector by2 = DoubleVector.broadcast(S, y2);
        DoubleVector by3 = DoubleVector.broadcast(S, y3);
        int j = 0;
        for (; j < vn; j += S.length()) {
            DoubleVector a = DoubleVector.fromArray(S, w0, j);
            DoubleVector b = DoubleVector.fromArray(S, w1, j);
            DoubleVector p = DoubleVector.fromArray(S, w2, j);
            DoubleVector q = DoubleVector.fromArray(S, w3, j);
            q.fma(bx3, p.fma(bx2, b.fma(bx1, a.fma(bx0, DoubleVector.fromArray(S, c, j)))))
                    .intoArray(c, j);
            q.fma(by3, p.fma(by2, b.fma(by1, a.fma(by0, DoubleVector.fromArray(S, e, j)))))
                    .intoArray(e, j);
        }
        for (; j < n; j++) {
            double a = w0[j];
            double b = w1[j];
            double p = w2[j];
            double q = w3[j];
            c[j] = Math.fma(x3, q, Math.fma(x2, p, Math.fma(x1, b, Math.fma(x0, a, c[j]))));
            e[j] = Math.fma(y3, q, Math.fma(y2, p, Math.fma(y1, b, Math.fma(y0, a, e[j]))));
        }
    }
}
