package bachprop.nn;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A column vector of doubles, small and immutable in spirit: every operation returns a new
 * vector. Components are numbered from 0 in code; the text numbers neurons from 1.
 */
public final class Vec {
    final double[] v;

    public Vec(double... values) {
        this.v = values.clone();
    }

    private Vec(double[] values, boolean share) {
        this.v = values;
    }

    static Vec wrap(double[] values) {
        return new Vec(values, true);
    }

    public static Vec zeros(int n) {
        return wrap(new double[n]);
    }

    public int size() {
        return v.length;
    }

    public double get(int i) {
        return v[i];
    }

    public double[] toArray() {
        return v.clone();
    }

    public Vec plus(Vec o) {
        check(o);
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = v[i] + o.v[i];
        }
        return wrap(r);
    }

    public Vec minus(Vec o) {
        check(o);
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = v[i] - o.v[i];
        }
        return wrap(r);
    }

    /** The Hadamard (element-wise) product ⊙. */
    public Vec hadamard(Vec o) {
        check(o);
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = v[i] * o.v[i];
        }
        return wrap(r);
    }

    public Vec times(double s) {
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = v[i] * s;
        }
        return wrap(r);
    }

    /** The dot product x · w of eq. 2. */
    public double dot(Vec o) {
        check(o);
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * o.v[i];
        }
        return s;
    }

    public Vec map(DoubleUnaryOperator f) {
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = f.applyAsDouble(v[i]);
        }
        return wrap(r);
    }

    /** The outer product δ (a)ᵀ, used by BP4: entry (k, j) is this[k]·a[j]. */
    public Mat outer(Vec a) {
        double[][] r = new double[v.length][a.v.length];
        for (int k = 0; k < v.length; k++) {
            for (int j = 0; j < a.v.length; j++) {
                r[k][j] = v[k] * a.v[j];
            }
        }
        return Mat.wrap(r);
    }

    public boolean isFinite() {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private void check(Vec o) {
        if (o.v.length != v.length) {
            throw new IllegalArgumentException("vector sizes differ: " + v.length + " and " + o.v.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vec other && Arrays.equals(v, other.v);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(v);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Fmt.num(v[i]));
        }
        return sb.append(']').toString();
    }
}
