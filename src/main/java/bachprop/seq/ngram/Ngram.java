package bachprop.seq.ngram;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An interpolated n-gram model over symbols 0..V−1 with absolute discounting: the count of
 * each continuation loses D, and the mass freed goes to the next shorter context, down to the
 * uniform distribution:
 * <pre>
 *   P(w | h) = max(c(h w) − D, 0) / c(h) + D · N₁₊(h •) / c(h) · P(w | h′)     (h′ = h without its oldest symbol)
 *   P(w | ∅) ends in 1/V
 * </pre>
 * where N₁₊(h •) is how many different symbols followed h. A context that was never seen
 * passes all its mass down. Before a sequence's first symbol the context holds the start
 * symbol V.
 */
public final class Ngram {
    public final int symbols;
    public final int maxOrder;
    /** context key → counts of each following symbol (index V holds the context's total). */
    private final Map<Long, int[]> counts = new HashMap<>();

    public Ngram(int symbols, int maxOrder) {
        if (symbols < 1 || symbols > 126 || maxOrder < 1 || maxOrder > 9) {
            throw new IllegalArgumentException(
                    "an n-gram needs 1..126 symbols and order 1..9, not " + symbols + ", " + maxOrder);
        }
        this.symbols = symbols;
        this.maxOrder = maxOrder;
    }

    /** Counts every symbol of the sequence in all contexts of length 0..maxOrder−1. */
    public void add(List<Integer> sequence) {
        int[] s = sequence.stream().mapToInt(Integer::intValue).toArray();
        for (int t = 0; t < s.length; t++) {
            if (s[t] < 0 || s[t] >= symbols) {
                throw new IllegalArgumentException("symbol " + s[t] + " outside 0.." + (symbols - 1));
            }
            for (int k = 0; k < maxOrder; k++) {
                int[] c = counts.computeIfAbsent(key(s, t, k), x -> new int[symbols + 1]);
                c[s[t]]++;
                c[symbols]++;
            }
        }
    }

    /** The context of length k before position t (start symbols before the beginning), as a key. */
    long key(int[] s, int t, int k) {
        long key = k; // the length keeps contexts of different lengths apart
        for (int i = 1; i <= k; i++) {
            int sym = t - i >= 0 ? s[t - i] : symbols;
            key = key * 128 + sym + 1;
        }
        return key;
    }

    /**
     * P(w | the {@code order}−1 symbols before position t of s) for every w (s[t] itself is not
     * read; t may equal s.length).
     */
    public double[] distribution(int[] s, int t, int order, double discount) {
        double[] p = new double[symbols];
        Arrays.fill(p, 1.0 / symbols);
        for (int k = 0; k < Math.min(order, maxOrder); k++) {
            int[] c = counts.get(key(s, t, k));
            if (c == null || c[symbols] == 0) {
                continue; // an unseen context passes everything to the shorter one
            }
            double total = c[symbols];
            int types = 0;
            for (int w = 0; w < symbols; w++) {
                if (c[w] > 0) {
                    types++;
                }
            }
            double backoff = discount * types / total;
            for (int w = 0; w < symbols; w++) {
                p[w] = Math.max(c[w] - discount, 0) / total + backoff * p[w];
            }
        }
        return p;
    }

    public int contexts() {
        return counts.size();
    }

    @Override
    public String toString() {
        return "Ngram[" + symbols + " symbols, up to order " + maxOrder + ", " + counts.size() + " contexts]";
    }
}
