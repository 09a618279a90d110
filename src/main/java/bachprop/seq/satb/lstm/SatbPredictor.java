package bachprop.seq.satb.lstm;

import static bachprop.seq.satb.lstm.SatbFeatures.C_ACTIVE;
import static bachprop.seq.satb.lstm.SatbFeatures.X_ACTIVE;

import bachprop.seq.satb.FourVoicePredictor;
import bachprop.seq.satb.Tokens;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a chorale token by token with every network of a {@link SatbLstmModel} in double
 * precision ({@link SatbNet#step}, {@link SatbNet#distribution}): at the first voice of step t
 * each LSTM reads step t − 1 (h_{t−1} → h_t); each voice's distribution is the networks' mean.
 */
final class SatbPredictor implements FourVoicePredictor {
    private final List<SatbNet> nets;
    private final double[][] h;
    private final double[][] c;
    private int[][] tokens = new int[64][Tokens.VOICES];
    private int t;
    private int v;
    private boolean stepped;

    SatbPredictor(List<SatbNet> nets) {
        this.nets = nets;
        this.h = new double[nets.size()][];
        this.c = new double[nets.size()][];
        for (int n = 0; n < nets.size(); n++) {
            h[n] = new double[nets.get(n).hidden];
            c[n] = new double[nets.get(n).hidden];
        }
    }

    @Override
    public int step() {
        return t;
    }

    @Override
    public int voice() {
        return v;
    }

    @Override
    public double[] next() {
        if (!stepped) {
            int[] x = new int[X_ACTIVE];
            SatbFeatures.inputs(tokens, t, x, 0);
            for (int n = 0; n < nets.size(); n++) {
                nets.get(n).step(x, h[n], c[n]); // h_{t−1} → h_t from x_t (step t − 1's tokens)
            }
            stepped = true;
        }
        int[] cond = new int[C_ACTIVE];
        int[] refs = new int[1 + v];
        SatbFeatures.conditions(tokens, t, v, cond, 0);
        SatbFeatures.refs(tokens, t, v, refs, 0);
        double[] mean = new double[Tokens.COUNT];
        for (int n = 0; n < nets.size(); n++) {
            double[] p = nets.get(n).distribution(v, h[n], cond, refs);
            for (int q = 0; q < p.length; q++) {
                mean[q] += p[q] / nets.size(); // p = mean of the networks' distributions
            }
        }
        return mean;
    }

    @Override
    public void choose(int token) {
        if (token < 0 || token >= Tokens.COUNT) {
            throw new IllegalArgumentException("token " + token + " is outside 0.." + (Tokens.COUNT - 1));
        }
        if (!stepped) {
            next(); // the LSTM must have read step t − 1 before step t's tokens are fixed
        }
        if (t >= tokens.length) {
            tokens = Arrays.copyOf(tokens, 2 * tokens.length);
            for (int s = t; s < tokens.length; s++) {
                tokens[s] = new int[Tokens.VOICES];
            }
        }
        tokens[t][v] = token;
        if (++v == Tokens.VOICES) {
            v = 0;
            t++;
            stepped = false;
        }
    }

    @Override
    public String toString() {
        return "SatbPredictor[step " + t + ", " + Tokens.VOICE_NAMES[v] + ", " + nets.size() + " networks]";
    }
}
