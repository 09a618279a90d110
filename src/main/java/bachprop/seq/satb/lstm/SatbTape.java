package bachprop.seq.satb.lstm;

import static bachprop.seq.satb.lstm.SatbFeatures.C_ACTIVE;
import static bachprop.seq.satb.lstm.SatbFeatures.N;
import static bachprop.seq.satb.lstm.SatbFeatures.X_ACTIVE;

import bachprop.seq.lstm.Tape32;
import bachprop.seq.satb.Tokens;
import java.util.Arrays;
import java.util.List;

/**
 * What one batched pass of {@link SatbFast} keeps (one per worker thread, reused): the LSTM
 * cells' {@link Tape32}, the inputs as active positions, and per voice the head's u = tanh(a) and
 * p. Row r = t·size + b is step t of sequence b.
 */
final class SatbTape {
    final Tape32 cells = new Tape32();
    int steps;
    int size;
    int[] x = new int[0];
    final int[][] cond = new int[Tokens.VOICES][0];
    final int[][] refs = new int[Tokens.VOICES][0];
    /** Voice v's token at each row, −1 on the padding after a sequence's end. */
    final int[][] target = new int[Tokens.VOICES][0];

    final float[][] u = new float[Tokens.VOICES][0];
    final float[][] p = new float[Tokens.VOICES][0];
    float[] o = new float[0];
    float[] dO = new float[0];
    float[] dU = new float[0];
    float[] dHead = new float[0];
    /** ∂C/∂θ of the last backward pass, flat like {@link SatbFast#theta}. */
    float[] grad = new float[0];

    /** Sizes the buffers for {@code seqs} and fills in their inputs, conditions, refs and targets. */
    void load(SatbFast net, List<int[][]> seqs) {
        int size = seqs.size();
        int steps = 0;
        for (int[][] s : seqs) {
            steps = Math.max(steps, s.length);
        }
        this.steps = steps;
        this.size = size;
        int rows = steps * size;
        cells.ensureCells(steps, size, net.hidden);
        if (x.length < rows * X_ACTIVE) {
            x = new int[rows * X_ACTIVE];
            for (int v = 0; v < Tokens.VOICES; v++) {
                cond[v] = new int[rows * C_ACTIVE];
                refs[v] = new int[rows * (1 + v)];
                target[v] = new int[rows];
                u[v] = new float[rows * net.head];
                p[v] = new float[rows * N];
            }
            o = new float[rows * SatbFeatures.outputs(Tokens.VOICES - 1)];
            dO = new float[o.length];
            dU = new float[rows * net.head];
            dHead = new float[rows * net.hidden];
        }
        if (grad.length != net.theta.length) {
            grad = new float[net.theta.length];
        }
        for (int b = 0; b < size; b++) {
            int[][] tokens = seqs.get(b);
            for (int t = 0; t < steps; t++) {
                int r = t * size + b;
                if (t >= tokens.length) {
                    Arrays.fill(x, r * X_ACTIVE, (r + 1) * X_ACTIVE, -1);
                    for (int v = 0; v < Tokens.VOICES; v++) {
                        Arrays.fill(cond[v], r * C_ACTIVE, (r + 1) * C_ACTIVE, -1);
                        Arrays.fill(refs[v], r * (1 + v), (r + 1) * (1 + v), Tokens.REST);
                        target[v][r] = -1;
                    }
                    continue;
                }
                SatbFeatures.inputs(tokens, t, x, r * X_ACTIVE);
                for (int v = 0; v < Tokens.VOICES; v++) {
                    SatbFeatures.conditions(tokens, t, v, cond[v], r * C_ACTIVE);
                    SatbFeatures.refs(tokens, t, v, refs[v], r * (1 + v));
                    target[v][r] = tokens[t][v];
                }
            }
        }
    }

    @Override
    public String toString() {
        return "SatbTape[" + steps + " steps × " + size + " sequences]";
    }
}
