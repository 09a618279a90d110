package bachprop.seq.satb.io;

import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoicePredictor;
import bachprop.seq.satb.Tokens;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A small stand-in four-voice model for the commands' tests: each voice prefers its previous token
 * (weight 20), then notes in its range that are consonant with the voice above at this step (1),
 * anything else a little (0.01). Every token keeps some probability, as a real model's would.
 */
public final class FakeFourVoiceModel implements FourVoiceModel {
    static final int[][] RANGES = {{60, 81}, {53, 74}, {48, 69}, {36, 62}};

    @Override
    public String kind() {
        return "fake";
    }

    @Override
    public String describe() {
        return "fake: previous token, else consonant in range";
    }

    @Override
    public FourVoicePredictor start() {
        return new FourVoicePredictor() {
            final List<int[]> steps = new ArrayList<>();
            int[] current = new int[Tokens.VOICES];
            int voice;

            @Override
            public int step() {
                return steps.size();
            }

            @Override
            public int voice() {
                return voice;
            }

            @Override
            public double[] next() {
                double[] p = new double[Tokens.COUNT];
                int previous = steps.isEmpty() ? -1 : steps.get(steps.size() - 1)[voice];
                int above = voice == 0 ? 0 : current[voice - 1];
                double sum = 0;
                for (int k = 0; k < Tokens.COUNT; k++) {
                    int midi = Tokens.midi(k);
                    boolean inRange = midi >= RANGES[voice][0] && midi <= RANGES[voice][1];
                    int interval = above == 0 ? 0 : Math.floorMod(Tokens.midi(above) - midi, 12);
                    boolean consonant = above == 0
                            || (Tokens.midi(above) > midi
                                    && (interval == 0
                                            || interval == 3
                                            || interval == 4
                                            || interval == 7
                                            || interval == 8
                                            || interval == 9));
                    p[k] = k == previous ? 20 : k != 0 && inRange && consonant ? 1 : 0.01;
                    sum += p[k];
                }
                for (int k = 0; k < p.length; k++) {
                    p[k] /= sum;
                }
                return p;
            }

            @Override
            public void choose(int token) {
                current[voice] = token;
                voice++;
                if (voice == Tokens.VOICES) {
                    steps.add(current);
                    current = new int[Tokens.VOICES];
                    voice = 0;
                }
            }
        };
    }

    @Override
    public void writePayload(DataOutputStream out) {}
}
