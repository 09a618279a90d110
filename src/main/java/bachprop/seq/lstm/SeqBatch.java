package bachprop.seq.lstm;

import java.util.Arrays;

/**
 * A mini-batch of B sequences padded to T steps, time-major: row t·B + b is sequence b at step t.
 * {@code x} holds one input row (X numbers) per step; {@code pitch} and {@code duration} the
 * target classes, −1 where a sequence has already ended (those steps add nothing to the loss);
 * {@code last} the pitch class of the previous note (−1 before the first), which the
 * interval head of {@link Lstm} reads.
 */
public record SeqBatch(int steps, int size, int width, double[][] x, int[] pitch, int[] duration, int[] last) {
    public SeqBatch {
        if (x.length != steps * size || pitch.length != steps * size || duration.length != steps * size || last.length != steps * size) {
            throw new IllegalArgumentException("batch arrays do not match " + steps + " steps × " + size + " sequences");
        }
    }

    public static SeqBatch empty(int steps, int size, int width) {
        int[] p = new int[steps * size];
        int[] d = new int[steps * size];
        int[] l = new int[steps * size];
        Arrays.fill(p, -1);
        Arrays.fill(d, -1);
        Arrays.fill(l, -1);
        return new SeqBatch(steps, size, width, new double[steps * size][width], p, d, l);
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
        return "SeqBatch[" + steps + " steps × " + size + " sequences × " + width + " inputs, " + targets() + " targets]";
    }
}
