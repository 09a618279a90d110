package bachprop.seq.satb;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * How much a four-voice model trusts its {@link PieceMemory}: p = (1 − λ) p_LTM + λ p_memory, with
 * λ chosen per voice and per agreement length L (buckets 0, 1, 2, 3–4, 5–8, 9–16, 17–32, 33+) on the
 * validation chorales. λ = 0 everywhere is the long-term model alone.
 */
public record MemoryWeights(double[][] lambda) {
    public static final int BUCKETS = 8;

    /** The grid λ is chosen from. */
    static final int STEPS = 19; // 0, 0.05, …, 0.9

    /** The long-term model alone. */
    public static final MemoryWeights OFF = new MemoryWeights(new double[Tokens.VOICES][BUCKETS]);

    public MemoryWeights {
        if (lambda.length != Tokens.VOICES) {
            throw new IllegalArgumentException("memory weights for " + lambda.length + " voices, not 4");
        }
        for (double[] row : lambda) {
            if (row.length != BUCKETS) {
                throw new IllegalArgumentException("memory weights with " + row.length + " buckets, not " + BUCKETS);
            }
            for (double l : row) {
                if (!(l >= 0 && l < 1)) {
                    throw new IllegalArgumentException("a memory weight " + l + " is not in [0, 1)");
                }
            }
        }
    }

    /** The bucket of an agreement length: 0, 1, 2, 3–4, 5–8, 9–16, 17–32, 33+. */
    public static int bucket(int length) {
        if (length <= 2) {
            return Math.max(0, length);
        }
        int b = 3; // 3–4
        for (int top = 4; length > top && b < BUCKETS - 1; top *= 2) {
            b++;
        }
        return b;
    }

    public double lambda(int voice, int length) {
        return lambda[voice][bucket(length)];
    }

    public boolean on() {
        return Arrays.stream(lambda).flatMapToDouble(Arrays::stream).anyMatch(l -> l > 0);
    }

    /** p = (1 − λ) p_LTM + λ p_memory; the long-term distribution itself when the memory recalls nothing. */
    public double[] mix(int voice, double[] pLtm, PieceMemory.Recall recall) {
        double l = recall.p() == null ? 0 : lambda(voice, recall.length());
        if (l == 0) {
            return pLtm;
        }
        double[] p = new double[pLtm.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (1 - l) * pLtm[i] + l * recall.p()[i];
        }
        return p;
    }

    public void write(DataOutputStream out) throws IOException {
        for (double[] row : lambda) {
            for (double l : row) {
                out.writeDouble(l);
            }
        }
    }

    public static MemoryWeights read(DataInputStream in) throws IOException {
        double[][] lambda = new double[Tokens.VOICES][BUCKETS];
        for (double[] row : lambda) {
            for (int b = 0; b < BUCKETS; b++) {
                row[b] = in.readDouble();
            }
        }
        return new MemoryWeights(lambda);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoryWeights w && Arrays.deepEquals(lambda, w.lambda);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(lambda);
    }

    @Override
    public String toString() {
        if (!on()) {
            return "no piece memory";
        }
        StringBuilder s = new StringBuilder("piece memory λ by agreement 0,1,2,3-4,5-8,9-16,17-32,33+:");
        String[] names = {" S", " A", " T", " B"};
        for (int v = 0; v < Tokens.VOICES; v++) {
            s.append(names[v]);
            for (double l : lambda[v]) {
                s.append(String.format(" %.2f", l));
            }
        }
        return s.toString();
    }
}
