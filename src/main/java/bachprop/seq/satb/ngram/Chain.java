package bachprop.seq.satb.ngram;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of symbols after a chain of ever longer contexts, and the interpolated absolute-discounting
 * estimate over them (Ney, Essen and Kneser 1994): from the shortest context up,
 * {@code p_k(x) = max(c_k(x) − D, 0)/T_k + D·N_k/T_k · p_{k−1}(x)}, with c_k the counts after
 * context k, T_k their sum, N_k the symbols seen there, and p_{−1} uniform. A context never seen
 * leaves the estimate as it is. Level 0 is the voice alone (and whether it has sounded yet); level
 * k adds the chain's k-th feature.
 */
final class Chain {
    final String name;
    final List<Feature> features;
    final int symbols;
    private final Map<Long, Counts> counts = new HashMap<>();

    Chain(String name, List<Feature> features, int symbols) {
        this.name = name;
        this.features = List.copyOf(features);
        this.symbols = symbols;
    }

    /** The keys of levels 0..features.size() for (t, v) of x, reference r. */
    long[] keys(int[][] x, int t, int v, int r, boolean noRef) {
        long[] keys = new long[features.size() + 1];
        long key = v * 2L + (noRef ? 1 : 0) + 1;
        keys[0] = key;
        for (int k = 0; k < features.size(); k++) {
            key = mix(key * 8191 + features.get(k).value(x, t, v, r) + 1);
            keys[k + 1] = key;
        }
        return keys;
    }

    /** SplitMix64's finaliser: a context's key is a hash (a collision between two contexts is vanishingly rare). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Counts symbol s after every level of {@code keys}, with weight w. */
    void add(long[] keys, int s, double w) {
        for (long key : keys) {
            counts.computeIfAbsent(key, k -> new Counts()).add(s, w);
        }
    }

    /** p over the symbols after the contexts of levels 0..depth, discount D. */
    double[] p(long[] keys, int depth, double discount) {
        double[] p = new double[symbols];
        Arrays.fill(p, 1.0 / symbols);
        for (int k = 0; k <= depth; k++) {
            Counts c = counts.get(keys[k]);
            if (c == null) {
                continue;
            }
            interpolate(p, c, discount);
        }
        return p;
    }

    /** One level: p ← max(c − D, 0)/T + D·N/T · p. */
    private static void interpolate(double[] p, Counts c, double discount) {
        double backoff = discount * c.types() / c.total;
        if (backoff > 1) {
            backoff = 1; // fractional counts (transposed copies) below D: the shorter context's mass is capped;
            // renormalised below
        }
        for (int i = 0; i < p.length; i++) {
            p[i] *= backoff;
        }
        for (int j = 0; j < c.size; j++) {
            p[c.symbol[j]] += Math.max(c.count[j] - discount, 0) / c.total;
        }
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
    }

    int contexts() {
        return counts.size();
    }

    @Override
    public String toString() {
        return name + " " + features + " (" + counts.size() + " contexts)";
    }

    /** The counts after one context: a short list of (symbol, count). */
    static final class Counts {
        int[] symbol = new int[2];
        double[] count = new double[2];
        int size;
        double total;

        void add(int s, double w) {
            total += w;
            for (int j = 0; j < size; j++) {
                if (symbol[j] == s) {
                    count[j] += w;
                    return;
                }
            }
            if (size == symbol.length) {
                symbol = Arrays.copyOf(symbol, size * 2);
                count = Arrays.copyOf(count, size * 2);
            }
            symbol[size] = s;
            count[size++] = w;
        }

        int types() {
            return size;
        }
    }
}
