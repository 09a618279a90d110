package bachprop.seq.satb.ngram;

import static bachprop.seq.satb.ngram.Feature.before;
import static bachprop.seq.satb.ngram.Feature.changedAbove;
import static bachprop.seq.satb.ngram.Feature.degree;
import static bachprop.seq.satb.ngram.Feature.held;
import static bachprop.seq.satb.ngram.Feature.move;
import static bachprop.seq.satb.ngram.Feature.now;
import static bachprop.seq.satb.ngram.Feature.position;

import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoicePredictor;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.Tokens;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code satb-ngram}: the count-based floor of the four-voice task. Token (t, v) is
 * <pre>p(x) = h·[x = x_{t−1,v}] + (1 − h)·q(x),  q(x) ∝ q_harmony(x) · q_melody(x)^μ  (x ≠ x_{t−1,v})</pre>
 * h, the chance that the voice keeps its token, from the hold chain (where the step falls, how
 * long the token has lasted, which voices above changed); q, the token it moves to, from a product
 * of two experts over the interval from the voice's last sounding pitch r: the harmony chain (the
 * voices above at t, the others at t − 1, relative to r) and the melody chain (the voice's own
 * last moves). Each chain is an interpolated absolute-discounting n-gram ({@link Chain}), counted
 * on the training chorales in every transposition within ±maxShift semitones.
 */
public final class SatbNgram implements FourVoiceModel {
    /** Relative symbols: 0 rest, 2..92 the interval from r plus 47. */
    static final int SYMBOLS = Feature.LIMIT;
    /** The reference of a voice that has not sounded yet (MIDI 67, 62, 57, 50): an origin only. */
    static final int[] ORIGIN = {32, 27, 22, 15};

    final SatbNgramSettings settings;
    final List<SatbScore> train;
    final Chain[] hold = new Chain[Tokens.VOICES];
    final Chain[] harmony = new Chain[Tokens.VOICES];
    final Chain[] melody = new Chain[Tokens.VOICES];

    /** Counts {@code train} (every transposition within ±settings.maxShift). */
    SatbNgram(SatbNgramSettings settings, List<SatbScore> train) {
        this.settings = settings;
        this.train = List.copyOf(train);
        for (int v = 0; v < Tokens.VOICES; v++) {
            hold[v] = new Chain("hold", holdFeatures(v), 2);
            harmony[v] = new Chain("harmony", harmonyFeatures(v), SYMBOLS);
            melody[v] = new Chain("melody", melodyFeatures(), SYMBOLS);
        }
        for (SatbScore s : this.train) {
            count(s.tokens());
        }
    }

    /** The same counts with other settings (tuning: the counts do not depend on them). */
    SatbNgram(SatbNgram counted, SatbNgramSettings settings) {
        this.settings = settings;
        this.train = counted.train;
        System.arraycopy(counted.hold, 0, hold, 0, Tokens.VOICES);
        System.arraycopy(counted.harmony, 0, harmony, 0, Tokens.VOICES);
        System.arraycopy(counted.melody, 0, melody, 0, Tokens.VOICES);
    }

    static List<Feature> holdFeatures(int v) {
        return v == Tokens.SOPRANO
                ? List.of(position(4), held(), position(16), move(1))
                : List.of(changedAbove(), position(4), held(), position(16));
    }

    static List<Feature> harmonyFeatures(int v) {
        return switch (v) {
            case Tokens.SOPRANO -> List.of(before(3), before(1), before(2), position(4));
            case Tokens.ALTO -> List.of(now(0), before(3), before(2), position(4));
            case Tokens.TENOR -> List.of(now(1), now(0), before(3), position(4));
            default -> List.of(now(0), now(2), now(1), position(4));
        };
    }

    static List<Feature> melodyFeatures() {
        return List.of(degree(), move(1), move(2), move(3));
    }

    /** Every transposition of x within ±maxShift that keeps every note in 36..81, each weighing 1/copies. */
    private void count(int[][] x) {
        List<int[][]> copies = new ArrayList<>();
        for (int shift = -settings.maxShift(); shift <= settings.maxShift(); shift++) {
            int[][] y = transposed(x, shift);
            if (y != null) {
                copies.add(y);
            }
        }
        double w = 1.0 / copies.size();
        for (int[][] y : copies) {
            for (int t = 0; t < y.length; t++) {
                for (int v = 0; v < Tokens.VOICES; v++) {
                    countToken(y, t, v, w);
                }
            }
        }
    }

    private void countToken(int[][] y, int t, int v, double w) {
        int r = reference(y, t, v);
        boolean noRef = r < 0;
        int ref = noRef ? ORIGIN[v] : r;
        boolean kept = t > 0 && y[t][v] == y[t - 1][v];
        if (t > 0) {
            hold[v].add(hold[v].keys(y, t, v, ref, noRef), kept ? 1 : 0, w);
        }
        if (!kept) {
            int s = Feature.relative(y[t][v], ref);
            harmony[v].add(harmony[v].keys(y, t, v, ref, noRef), s, w);
            melody[v].add(melody[v].keys(y, t, v, ref, noRef), s, w);
        }
    }

    /** x moved by {@code shift} semitones, or null when a note would leave 36..81 (rests stay rests). */
    static int[][] transposed(int[][] x, int shift) {
        int[][] y = new int[x.length][Tokens.VOICES];
        for (int t = 0; t < x.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                int token = x[t][v];
                if (Tokens.sounding(token)) {
                    token += shift;
                    if (token < 1 || token >= Tokens.COUNT) {
                        return null;
                    }
                }
                y[t][v] = token;
            }
        }
        return y;
    }

    /** r: the last sounding token of voice v before step t, or −1 when it has not sounded yet. */
    static int reference(int[][] x, int t, int v) {
        for (int s = t - 1; s >= 0; s--) {
            if (Tokens.sounding(x[s][v])) {
                return x[s][v];
            }
        }
        return -1;
    }

    /** p(token (t, v) | x before it): the equation in the class comment. */
    double[] distribution(int[][] x, int t, int v) {
        return distribution(where(x, t, v), v);
    }

    /** What the chains read at (t, v): their context keys, r (or the origin) and the previous token (−1 at t = 0). */
    record Where(long[] hold, long[] harmony, long[] melody, int ref, int previous) {}

    Where where(int[][] x, int t, int v) {
        int r = reference(x, t, v);
        boolean noRef = r < 0;
        int ref = noRef ? ORIGIN[v] : r;
        return new Where(
                t > 0 ? hold[v].keys(x, t, v, ref, noRef) : null,
                harmony[v].keys(x, t, v, ref, noRef),
                melody[v].keys(x, t, v, ref, noRef),
                ref,
                t > 0 ? x[t - 1][v] : -1);
    }

    double[] distribution(Where w, int v) {
        double h = w.hold() != null
                ? hold[v].p(w.hold(), settings.holdDepth()[v], settings.holdDiscount())[1]
                : 0;
        double[] qHarmony = harmony[v].p(w.harmony(), settings.harmonyDepth()[v], settings.harmonyDiscount());
        double[] qMelody = melody[v].p(w.melody(), settings.melodyDepth()[v], settings.melodyDiscount());
        return mix(h, qHarmony, qMelody, settings.melodyWeight()[v], w.ref(), w.previous());
    }

    /** h at the voice's previous token, (1 − h)·q elsewhere, q the normalised product of experts. */
    static double[] mix(double h, double[] qHarmony, double[] qMelody, double mu, int ref, int previous) {
        double[] p = new double[Tokens.COUNT];
        double sum = 0;
        for (int x = 0; x < Tokens.COUNT; x++) {
            if (x == previous) {
                continue;
            }
            int s = Feature.relative(x, ref);
            p[x] = qHarmony[s] * (mu == 0 ? 1 : Math.pow(qMelody[s], mu));
            sum += p[x];
        }
        for (int x = 0; x < Tokens.COUNT; x++) {
            p[x] *= (1 - h) / sum;
        }
        if (previous >= 0) {
            p[previous] = h;
        }
        return p;
    }

    @Override
    public String kind() {
        return SatbNgramKind.NAME;
    }

    @Override
    public String describe() {
        return "satb-ngram: hold × (harmony ⊗ melody^μ) interpolated absolute discounting, " + settings + ", "
                + train.size() + " training chorales";
    }

    @Override
    public FourVoicePredictor start() {
        return new Predictor();
    }

    @Override
    public double[][][] teacherForced(int[][] tokens) {
        double[][][] p = new double[tokens.length][Tokens.VOICES][];
        for (int t = 0; t < tokens.length; t++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                p[t][v] = distribution(tokens, t, v);
            }
        }
        return p;
    }

    @Override
    public Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("trainingChorales", train.size());
        info.put("maxShift", settings.maxShift());
        info.put("settings", settings.toString());
        return info;
    }

    /** Payload v1: the settings, then the training chorales' tokens (the counts are made again on loading). */
    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        settings.write(out);
        out.writeInt(train.size());
        for (SatbScore s : train) {
            out.writeUTF(s.id());
            out.writeInt(s.steps());
            for (int[] step : s.tokens()) {
                for (int token : step) {
                    out.writeByte(token);
                }
            }
        }
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Reads the score as it is chosen: rows up to the current step, the current row filled above the voice. */
    private final class Predictor implements FourVoicePredictor {
        private int[][] x = new int[64][Tokens.VOICES];
        private int t;
        private int v;

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
            return distribution(x, t, v);
        }

        @Override
        public void choose(int token) {
            Tokens.midi(token); // checks the range
            x[t][v] = token;
            if (++v == Tokens.VOICES) {
                v = 0;
                if (++t == x.length) {
                    x = Arrays.copyOf(x, 2 * x.length);
                    for (int s = t; s < x.length; s++) {
                        x[s] = new int[Tokens.VOICES];
                    }
                }
            }
        }
    }
}
