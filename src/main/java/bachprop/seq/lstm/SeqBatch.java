package bachprop.seq.lstm;

import java.util.Arrays;

/**
 * A mini-batch of B sequences padded to T steps, time-major: row t·B + b is sequence b at step t.
 * {@code x} holds one input row (X numbers) per step; {@code pitch} and {@code duration} the
 * target classes, −1 where a sequence has already ended (those steps add nothing to the loss);
 * {@code last} the pitch index of the previous note (−1 before the first), which the interval
 * head of {@link Lstm} reads; {@code key} the key estimated from the notes so far as
 * 12·minor + tonic (−1 before the first note), which its key head reads.
 */
public record SeqBatch(
        int steps, int size, int width, double[][] x, int[] pitch, int[] duration, int[] last, int[] key) {
    public SeqBatch {
        int rows = steps * size;
        if (x.length != rows
                || pitch.length != rows
                || duration.length != rows
                || last.length != rows
                || key.length != rows) {
            throw new IllegalArgumentException(
                    "batch arrays do not match " + steps + " steps × " + size + " sequences");
        }
    }

    public static SeqBatch empty(int steps, int size, int width) {
        int[] p = new int[steps * size];
        int[] d = new int[steps * size];
        int[] l = new int[steps * size];
        int[] k = new int[steps * size];
        Arrays.fill(p, -1);
        Arrays.fill(d, -1);
        Arrays.fill(l, -1);
        Arrays.fill(k, -1);
        return new SeqBatch(steps, size, width, new double[steps * size][width], p, d, l, k);
    }

    /** The number of steps that have a target (the loss is averaged over these). */
    public int targets() {
        int n = 0;
        for (int p : pitch) {
            if (p >= 0) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "SeqBatch[" + steps + " steps × " + size + " sequences × " + width + " inputs, " + targets()
                + " targets]";
    }
}
