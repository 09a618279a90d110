package bachprop.seq.satb;

import java.io.DataOutputStream;
import java.util.Arrays;

/** Tiny four-voice models for tests: uniform, and one that moves every voice up a tone in lockstep. */
final class FakeFourVoiceModels {
    private FakeFourVoiceModels() {}

    /** Every token equally likely, always. */
    static FourVoiceModel uniform() {
        return new Fake("uniform", false);
    }

    /**
     * 0.97 on "a whole tone above this voice's previous token" (on the voice's previous token at
     * step 0 or after a rest: a held note), 0.03 spread over every token: the parallels of a chord
     * moved up as a block.
     */
    static FourVoiceModel lockstep() {
        return new Fake("lockstep", true);
    }

    private record Fake(String kind, boolean lockstep) implements FourVoiceModel {
        @Override
        public String describe() {
            return kind + " (a test's fake)";
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
                    if (!lockstep) {
                        Arrays.fill(p, 1.0 / Tokens.COUNT);
                        return p;
                    }
                    Arrays.fill(p, 0.03 / Tokens.COUNT);
                    int up = previous[v] == Tokens.REST ? Tokens.REST : Math.min(previous[v] + 2, Tokens.COUNT - 1);
                    p[up] += 0.97;
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
}
