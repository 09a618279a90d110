package bachprop.seq.satb.ngram;

import bachprop.seq.satb.Tokens;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The choices of a {@link SatbNgram}, all made on the validation chorales except {@code maxShift}
 * (the transpositions counted, ±maxShift semitones, each chorale's copies weighing 1 together):
 * for each chain c ({@link #HOLD}, {@link #HARMONY}, {@link #MELODY}, {@link #CHORD}) its discount
 * D_c, and per voice v how many of its features are read ({@code depth[c][v]}) and, for the experts
 * after the harmony one, their weight in the product ({@code weight[c][v]}; the harmony expert's is 1).
 */
public record SatbNgramSettings(int maxShift, double[] discount, int[][] depth, double[][] weight) {
    static final int HOLD = 0;
    static final int HARMONY = 1;
    static final int MELODY = 2;
    static final int CHORD = 3;
    static final int CHAINS = 4;
    static final String[] NAMES = {"hold", "harmony", "melody", "chord"};

    /** Where tuning starts: every feature read, D = 0.7, weights 1, 0.25, 0.25. */
    static SatbNgramSettings start(int maxShift, int[] lengths) {
        double[] d = new double[CHAINS];
        int[][] depth = new int[CHAINS][Tokens.VOICES];
        double[][] w = new double[CHAINS][Tokens.VOICES];
        for (int c = 0; c < CHAINS; c++) {
            d[c] = 0.7;
            Arrays.fill(depth[c], lengths[c]);
            Arrays.fill(w[c], c == HOLD || c == HARMONY ? 1 : c == MELODY ? 0.25 : 0);
        }
        return new SatbNgramSettings(maxShift, d, depth, w);
    }

    SatbNgramSettings copy() {
        int[][] depth = new int[CHAINS][];
        double[][] w = new double[CHAINS][];
        for (int c = 0; c < CHAINS; c++) {
            depth[c] = this.depth[c].clone();
            w[c] = weight[c].clone();
        }
        return new SatbNgramSettings(maxShift, discount.clone(), depth, w);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(maxShift);
        for (int c = 0; c < CHAINS; c++) {
            out.writeDouble(discount[c]);
            for (int v = 0; v < Tokens.VOICES; v++) {
                out.writeInt(depth[c][v]);
                out.writeDouble(weight[c][v]);
            }
        }
    }

    static SatbNgramSettings read(DataInputStream in, int[] lengths) throws IOException {
        int maxShift = in.readInt();
        if (maxShift < 0 || maxShift > 45) {
            throw new IllegalArgumentException("max-shift " + maxShift + " is outside 0..45");
        }
        double[] d = new double[CHAINS];
        int[][] depth = new int[CHAINS][Tokens.VOICES];
        double[][] w = new double[CHAINS][Tokens.VOICES];
        for (int c = 0; c < CHAINS; c++) {
            d[c] = in.readDouble();
            if (!(d[c] > 0 && d[c] < 1)) {
                throw new IllegalArgumentException(NAMES[c] + " discount " + d[c] + " is outside (0, 1)");
            }
            for (int v = 0; v < Tokens.VOICES; v++) {
                depth[c][v] = in.readInt();
                w[c][v] = in.readDouble();
                if (depth[c][v] < 0 || depth[c][v] > lengths[c]) {
                    throw new IllegalArgumentException(
                            NAMES[c] + " depth " + depth[c][v] + " is outside 0.." + lengths[c]);
                }
                if (!(w[c][v] >= 0 && w[c][v] <= 10)) {
                    throw new IllegalArgumentException(NAMES[c] + " weight " + w[c][v] + " is outside 0..10");
                }
            }
        }
        return new SatbNgramSettings(maxShift, d, depth, w);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("±" + maxShift + " semitones");
        for (int c = 0; c < CHAINS; c++) {
            s.append(String.format("; %s D %.2f depth %s", NAMES[c], discount[c], Arrays.toString(depth[c])));
            if (c > HARMONY) {
                s.append(" weight ").append(Arrays.toString(weight[c]));
            }
        }
        return s.toString();
    }
}
