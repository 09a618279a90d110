package bachprop.seq.satb.viz;

import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoicePredictor;
import bachprop.seq.satb.Tokens;
import java.io.DataOutputStream;
import java.util.Arrays;

/**
 * A test's four-voice model: 0.97 on "a whole tone above this voice's previous token", 0.03 spread
 * over every token — a chord moved up as a block, so every fifth and octave in it runs in parallel.
 */
record LockstepModel() implements FourVoiceModel {
    @Override
    public String kind() {
        return "lockstep";
    }

    @Override
    public String describe() {
        return "lockstep (a test's model)";
    }

    @Override
    public FourVoicePredictor start() {
        return new FourVoicePredictor() {
            int t;
            int v;
            final int[] previous = new int[Tokens.VOICES];

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
                double[] p = new double[Tokens.COUNT];
                Arrays.fill(p, 0.03 / Tokens.COUNT);
                p[Math.min(previous[v] + 2, Tokens.COUNT - 1)] += 0.97;
                return p;
            }

            @Override
            public void choose(int token) {
                previous[v] = token;
                if (++v == Tokens.VOICES) {
                    v = 0;
                    t++;
                }
            }
        };
    }

    @Override
    public void writePayload(DataOutputStream out) {}
}
