package bachprop.seq.stm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A variable-order Markov model of one symbol sequence, learned as it is read (Cleary & Witten's
 * PPM, blended over orders as in Pearce's IDyOM, "mixtures"): for the next symbol after
 * x_0..x_{t−1}, p_k is the estimate in the context of the last k symbols, interpolated down to
 * a uniform distribution over the alphabet (order −1):
 *
 * <pre>p_k(x) = c_k(x) / (T_k + e_k) + e_k / (T_k + e_k) · p_{k−1}(x)</pre>
 *
 * where T_k is how often the context was seen and e_k the escape count: method C, the number of
 * distinct symbols seen after it; method X (Moffat), the number seen exactly once, plus one. A
 * context never seen leaves p_{k−1} as it is. Orders 0..{@code order} are used (the longest
 * contexts that occurred; IDyOM's STM is unbounded, PPM*, and its update exclusion is not used
 * here: every order counts every symbol).
 */
public final class Ppm {
    /** The escape method (Witten & Bell's C, or Moffat's X as IDyOM's STM uses). */
    public enum Escape {
        C,
        X
    }

    /** The longest context the symbol key packs: 8 symbols of 7 bits. */
    public static final int MAX_ORDER = 8;

    private final int alphabet;
    private final int order;
    private final Escape escape;
    private int[] seq;
    private int length;
    /** context key → counts per symbol, then T (the total), distinct symbols, symbols seen once. */
    private final Map<Long, int[]> counts = new HashMap<>();

    public Ppm(int alphabet, int order, Escape escape) {
        if (alphabet < 1 || alphabet > 127) {
            throw new IllegalArgumentException("alphabet of " + alphabet + " symbols: 1..127 are packed");
        }
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order " + order + " is not in 0.." + MAX_ORDER);
        }
        this.alphabet = alphabet;
        this.order = order;
        this.escape = escape;
        this.seq = new int[64];
    }

    /** How many symbols have been read. */
    public int length() {
        return length;
    }

    /** Reads symbol x_t: counts it after each of its contexts of length 0..order. */
    public void add(int symbol) {
        if (symbol < 0 || symbol >= alphabet) {
            throw new IllegalArgumentException("symbol " + symbol + " is outside 0.." + (alphabet - 1));
        }
        for (int k = 0; k <= Math.min(order, length); k++) {
            int[] c = counts.computeIfAbsent(key(k), x -> new int[alphabet + 3]);
            c[symbol]++;
            c[alphabet]++; // T
            if (c[symbol] == 1) {
                c[alphabet + 1]++; // a new distinct symbol, seen once
                c[alphabet + 2]++;
            } else if (c[symbol] == 2) {
                c[alphabet + 2]--; // no longer seen only once
            }
        }
        if (length == seq.length) {
            seq = Arrays.copyOf(seq, 2 * length);
        }
        seq[length++] = symbol;
    }

    /** p(x_t | x_0..x_{t−1}) for every symbol x, t = {@link #length()}: the blend above. */
    public double[] predict() {
        return predict(null);
    }

    /** The blend above with {@code base} as order −1 instead of the uniform distribution (null: uniform). */
    public double[] predict(double[] base) {
        double[] p = new double[alphabet];
        if (base == null) {
            Arrays.fill(p, 1.0 / alphabet); // order −1: uniform
        } else {
            System.arraycopy(base, 0, p, 0, alphabet);
        }
        for (int k = 0; k <= Math.min(order, length); k++) {
            int[] c = counts.get(key(k));
            if (c == null) {
                break; // a longer context containing this one was not seen either
            }
            double total = c[alphabet];
            double e = escape == Escape.C ? c[alphabet + 1] : c[alphabet + 2] + 1;
            for (int x = 0; x < alphabet; x++) {
                p[x] = c[x] / (total + e) + e / (total + e) * p[x]; // interpolate with order k − 1
            }
        }
        return p;
    }

    /** The context of the last k symbols read (k ≤ 8), packed with its length. */
    private long key(int k) {
        long key = k;
        for (int i = length - k; i < length; i++) {
            key = (key << 7) | seq[i];
        }
        return key;
    }

    @Override
    public String toString() {
        return "Ppm[" + alphabet + " symbols, orders 0.." + order + ", escape " + escape + ", " + length + " read, "
                + counts.size() + " contexts]";
    }
}
