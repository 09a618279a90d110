package bachprop.seq.satb.ngram;

import bachprop.seq.satb.Tokens;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The choices of a {@link SatbNgram}, all made on the validation chorales except {@code maxShift}:
 * the transpositions counted (±maxShift semitones, each chorale's copies weighing 1 together), the
 * discount D of each chain, and per voice how many features of each chain are read and the weight
 * μ of the melody chain in the product of experts.
 */
public record SatbNgramSettings(
        int maxShift,
        double holdDiscount,
        double harmonyDiscount,
        double melodyDiscount,
        int[] holdDepth,
        int[] harmonyDepth,
        int[] melodyDepth,
        double[] melodyWeight) {

    /** Where tuning starts: every feature read, D = 0.7, μ = 0.5. */
    static SatbNgramSettings start(int maxShift, int holdLength, int harmonyLength, int melodyLength) {
        int[] h = new int[Tokens.VOICES];
        int[] a = new int[Tokens.VOICES];
        int[] m = new int[Tokens.VOICES];
        double[] mu = new double[Tokens.VOICES];
        Arrays.fill(h, holdLength);
        Arrays.fill(a, harmonyLength);
        Arrays.fill(m, melodyLength);
        Arrays.fill(mu, 0.5);
        return new SatbNgramSettings(maxShift, 0.7, 0.7, 0.7, h, a, m, mu);
    }

    SatbNgramSettings copy() {
        return new SatbNgramSettings(
                maxShift,
                holdDiscount,
                harmonyDiscount,
                melodyDiscount,
                holdDepth.clone(),
                harmonyDepth.clone(),
                melodyDepth.clone(),
                melodyWeight.clone());
    }

    SatbNgramSettings withDiscounts(double hold, double harmony, double melody) {
        return new SatbNgramSettings(
                maxShift, hold, harmony, melody, holdDepth, harmonyDepth, melodyDepth, melodyWeight);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(maxShift);
        out.writeDouble(holdDiscount);
        out.writeDouble(harmonyDiscount);
        out.writeDouble(melodyDiscount);
        for (int v = 0; v < Tokens.VOICES; v++) {
            out.writeInt(holdDepth[v]);
            out.writeInt(harmonyDepth[v]);
            out.writeInt(melodyDepth[v]);
            out.writeDouble(melodyWeight[v]);
        }
    }

    static SatbNgramSettings read(DataInputStream in, int holdLength, int harmonyLength, int melodyLength)
            throws IOException {
        int maxShift = in.readInt();
        double dh = discount(in.readDouble(), "hold");
        double da = discount(in.readDouble(), "harmony");
        double dm = discount(in.readDouble(), "melody");
        int[] h = new int[Tokens.VOICES];
        int[] a = new int[Tokens.VOICES];
        int[] m = new int[Tokens.VOICES];
        double[] mu = new double[Tokens.VOICES];
        for (int v = 0; v < Tokens.VOICES; v++) {
            h[v] = depth(in.readInt(), holdLength, "hold");
            a[v] = depth(in.readInt(), harmonyLength, "harmony");
            m[v] = depth(in.readInt(), melodyLength, "melody");
            mu[v] = in.readDouble();
            if (!(mu[v] >= 0 && mu[v] <= 10)) {
                throw new IllegalArgumentException("melody weight " + mu[v] + " is outside 0..10");
            }
        }
        if (maxShift < 0 || maxShift > 45) {
            throw new IllegalArgumentException("max-shift " + maxShift + " is outside 0..45");
        }
        return new SatbNgramSettings(maxShift, dh, da, dm, h, a, m, mu);
    }

    private static double discount(double d, String chain) {
        if (!(d > 0 && d < 1)) {
            throw new IllegalArgumentException(chain + " discount " + d + " is outside (0, 1)");
        }
        return d;
    }

    private static int depth(int d, int length, String chain) {
        if (d < 0 || d > length) {
            throw new IllegalArgumentException(chain + " depth " + d + " is outside 0.." + length);
        }
        return d;
    }

    @Override
    public String toString() {
        return String.format(
                "±%d semitones; D hold %.2f, harmony %.2f, melody %.2f; depths hold %s, harmony %s, melody %s; μ %s",
                maxShift,
                holdDiscount,
                harmonyDiscount,
                melodyDiscount,
                Arrays.toString(holdDepth),
                Arrays.toString(harmonyDepth),
                Arrays.toString(melodyDepth),
                Arrays.toString(melodyWeight));
    }
}
