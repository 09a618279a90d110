package bachprop.seq.satb.ngram;

import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import bachprop.seq.satb.FourVoiceKind;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.PieceMemoryFit;
import bachprop.seq.satb.SatbData;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --model satb-ngram}: counts the training chorales in every transposition within
 * ±{@code max-shift} (6) semitones, then chooses on the validation chorales, by bits per token, each
 * chain's discount and, per voice, each chain's depth and the melody expert's weight μ (coordinate
 * descent, two rounds); then the piece memory's weights ({@link PieceMemoryFit}). Options: {@code max-shift},
 * {@code memory}. Payload version 2.
 */
public final class SatbNgramKind implements FourVoiceKind {
    public static final String NAME = "satb-ngram";
    static final double[] DISCOUNTS = {0.6, 0.7, 0.8, 0.9};
    static final double[] WEIGHTS = {0, 0.25, 0.5, 0.75, 1};
    static final int ROUNDS = 2;

    @Override
    public String name() {
        return NAME;
    }

    /** Version 2 = version 1's settings and chorales, then the piece memory's weights. */
    @Override
    public int payloadVersion() {
        return 2;
    }

    @Override
    public int memorySince() {
        return 2;
    }

    @Override
    public FourVoiceModel train(SatbData data, TrainingOptions options, TrainingListener listener) {
        int maxShift = options.getInt("max-shift", 6);
        boolean memory = PieceMemoryFit.wanted(options);
        options.checkAllUsed(NAME);
        if (maxShift < 0 || maxShift > 45) {
            throw new IllegalArgumentException("max-shift must be 0..45, not " + maxShift);
        }
        SatbNgramSettings s = SatbNgramSettings.start(maxShift, SatbNgram.lengths());
        SatbNgram counted = new SatbNgram(s, data.train());
        listener.update(status(0.3, "counted " + data.trainTokens() + " tokens in every transposition"));
        Tuner tuner = new Tuner(counted, data.valid());
        double best = tuner.bits(s);
        for (int round = 1; round <= ROUNDS; round++) {
            for (int c = 0; c < SatbNgramSettings.CHAINS; c++) {
                for (double d : DISCOUNTS) {
                    SatbNgramSettings next = s.copy();
                    next.discount()[c] = d;
                    double b = tuner.bits(next);
                    if (b < best) {
                        best = b;
                        s = next;
                    }
                }
            }
            for (int v = 0; v < Tokens.VOICES; v++) {
                s = tuneVoice(tuner, s, v);
            }
            best = tuner.bits(s);
            listener.update(
                    status(0.3 + 0.7 * round / ROUNDS, String.format("round %d: valid %.4f bits/token", round, best)));
        }
        SatbNgram ngram = new SatbNgram(counted, s);
        return memory ? PieceMemoryFit.fit(ngram, data, listener) : ngram;
    }

    private static TrainingStatus status(double fraction, String message) {
        return new TrainingStatus(0, 1, fraction, Double.NaN, Double.NaN, message);
    }

    /** Voice v's depths, then the experts' weights, one at a time, each the best on the validation tokens of v. */
    private static SatbNgramSettings tuneVoice(Tuner tuner, SatbNgramSettings s, int v) {
        double best = tuner.bits(s, v);
        int[] lengths = SatbNgram.lengths();
        for (int c = 0; c < SatbNgramSettings.CHAINS; c++) {
            for (int depth = 0; depth <= lengths[c]; depth++) {
                SatbNgramSettings next = s.copy();
                next.depth()[c][v] = depth;
                double b = tuner.bits(next, v);
                if (b < best) {
                    best = b;
                    s = next;
                }
            }
        }
        for (int c = SatbNgramSettings.HARMONY + 1; c < SatbNgramSettings.CHAINS; c++) {
            for (double w : WEIGHTS) {
                SatbNgramSettings next = s.copy();
                next.weight()[c][v] = w;
                double b = tuner.bits(next, v);
                if (b < best) {
                    best = b;
                    s = next;
                }
            }
        }
        return s;
    }

    @Override
    public FourVoiceModel read(DataInputStream in, int version) throws IOException {
        SatbNgramSettings s = SatbNgramSettings.read(in, SatbNgram.lengths());
        int n = in.readInt();
        if (n < 1 || n > 100_000) {
            throw new IOException("satb-ngram payload: " + n + " training chorales");
        }
        List<SatbScore> train = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            int steps = in.readInt();
            if (steps < 0 || (long) steps * Tokens.VOICES > in.available()) {
                throw new IOException("satb-ngram payload: chorale " + id + " declares " + steps
                        + " steps, more than the payload holds");
            }
            int[][] tokens = new int[steps][Tokens.VOICES];
            for (int t = 0; t < steps; t++) {
                for (int v = 0; v < Tokens.VOICES; v++) {
                    int token = in.readUnsignedByte();
                    Tokens.midi(token); // a token outside 0..46 is an IllegalArgumentException: corrupt
                    tokens[t][v] = token;
                }
            }
            train.add(new SatbScore(id, tokens));
        }
        return new SatbNgram(s, train);
    }

    /** Mean bits per validation token under settings, with the counts fixed (each token's contexts read once). */
    static final class Tuner {
        private final SatbNgram counted;
        private final List<List<SatbNgram.Where>> where = new ArrayList<>();
        private final List<int[]> truth = new ArrayList<>();

        Tuner(SatbNgram counted, List<SatbScore> valid) {
            this.counted = counted;
            for (int v = 0; v < Tokens.VOICES; v++) {
                List<SatbNgram.Where> w = new ArrayList<>();
                List<Integer> x = new ArrayList<>();
                for (SatbScore score : valid) {
                    for (int t = 0; t < score.steps(); t++) {
                        w.add(counted.where(score.tokens(), t, v));
                        x.add(score.token(t, v));
                    }
                }
                where.add(w);
                truth.add(x.stream().mapToInt(Integer::intValue).toArray());
            }
        }

        double bits(SatbNgramSettings s) {
            double sum = 0;
            long n = 0;
            for (int v = 0; v < Tokens.VOICES; v++) {
                sum += bits(s, v) * truth.get(v).length;
                n += truth.get(v).length;
            }
            return sum / n;
        }

        double bits(SatbNgramSettings s, int v) {
            SatbNgram m = new SatbNgram(counted, s);
            int[] x = truth.get(v);
            List<SatbNgram.Where> w = where.get(v);
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                sum -= Math.log(m.distribution(w.get(i), v)[x[i]]);
            }
            return sum / Math.log(2) / x.length;
        }
    }
}
