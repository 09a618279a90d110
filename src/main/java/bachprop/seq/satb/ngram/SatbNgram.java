package bachprop.seq.satb.ngram;

import static bachprop.seq.satb.ngram.Feature.before;
import static bachprop.seq.satb.ngram.Feature.changedAbove;
import static bachprop.seq.satb.ngram.Feature.chordAbove;
import static bachprop.seq.satb.ngram.Feature.chordBelow;
import static bachprop.seq.satb.ngram.Feature.degree;
import static bachprop.seq.satb.ngram.Feature.held;
import static bachprop.seq.satb.ngram.Feature.move;
import static bachprop.seq.satb.ngram.Feature.now;
import static bachprop.seq.satb.ngram.Feature.position;
import static bachprop.seq.satb.ngram.SatbNgramSettings.CHORD;
import static bachprop.seq.satb.ngram.SatbNgramSettings.HARMONY;
import static bachprop.seq.satb.ngram.SatbNgramSettings.HOLD;
import static bachprop.seq.satb.ngram.SatbNgramSettings.MELODY;

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
    /** chain[c][v]: chain c ({@link SatbNgramSettings#HOLD} …) of voice v. */
    final Chain[][] chain = new Chain[SatbNgramSettings.CHAINS][Tokens.VOICES];

    /** Counts {@code train} (every transposition within ±settings.maxShift). */
    SatbNgram(SatbNgramSettings settings, List<SatbScore> train) {
        this.settings = settings;
        this.train = List.copyOf(train);
        for (int c = 0; c < SatbNgramSettings.CHAINS; c++) {
            for (int v = 0; v < Tokens.VOICES; v++) {
                chain[c][v] = new Chain(
                        SatbNgramSettings.NAMES[c], features(c, v), c == HOLD ? 2 : c == CHORD ? 13 : SYMBOLS);
            }
        }
        for (SatbScore s : this.train) {
            count(s.tokens());
        }
    }

    /** The same counts with other settings (tuning: the counts do not depend on them). */
    SatbNgram(SatbNgram counted, SatbNgramSettings settings) {
        this.settings = settings;
        this.train = counted.train;
        for (int c = 0; c < SatbNgramSettings.CHAINS; c++) {
            chain[c] = counted.chain[c].clone();
        }
    }

    /** The features of chain c for voice v, in the order the levels add them. */
    static List<Feature> features(int c, int v) {
        return switch (c) {
            case HOLD -> holdFeatures(v);
            case HARMONY -> harmonyFeatures(v);
            case MELODY -> melodyFeatures();
            default -> chordFeatures(v);
        };
    }

    /** How many features each chain has (the same for every voice). */
    static int[] lengths() {
        int[] n = new int[SatbNgramSettings.CHAINS];
        for (int c = 0; c < n.length; c++) {
            n[c] = features(c, 0).size();
        }
        return n;
    }

    static List<Feature> holdFeatures(int v) {
        return v == Tokens.SOPRANO
                ? List.of(position(4), held(), position(16), move(1))
                : List.of(changedAbove(), position(4), held(), position(16));
    }

    static List<Feature> harmonyFeatures(int v) {
        return switch (v) {
            case Tokens.SOPRANO -> List.of(before(3), degree(), before(1), before(2));
            case Tokens.ALTO -> List.of(now(0), degree(), before(3), before(2));
            case Tokens.TENOR -> List.of(now(1), now(0), degree(), before(3));
            default -> List.of(now(0), degree(), now(2), now(1));
        };
    }

    static List<Feature> chordFeatures(int v) {
        return List.of(chordAbove(), degree(), chordBelow());
    }

    static List<Feature> melodyFeatures() {
        return List.of(degree(), move(1), move(2), move(3));
    }

    /**
     * Every transposition of x within ±maxShift that keeps every note in 36..81, each weighing
     * 1/copies. Every context and symbol is relative to r except those of a voice that has not
     * sounded yet (read against a fixed origin), so only those differ between the copies; the
     * others are counted once with weight 1, which is the same sum.
     */
    private void count(int[][] x) {
        List<int[][]> copies = new ArrayList<>();
        for (int shift = -settings.maxShift(); shift <= settings.maxShift(); shift++) {
            int[][] y = transposed(x, shift);
            if (y != null) {
                copies.add(y);
            }
        }
        double w = 1.0 / copies.size();
        for (int v = 0; v < Tokens.VOICES; v++) {
            for (int t = 0; t < x.length; t++) {
                if (reference(x, t, v) >= 0) {
                    countToken(x, t, v, 1);
                } else {
                    for (int[][] y : copies) {
                        countToken(y, t, v, w);
                    }
                }
            }
        }
    }

    /** Token (t, v) of y after its contexts in every chain, with weight w (hold from t = 1; the others on a change). */
    private void countToken(int[][] y, int t, int v, double w) {
        int r = reference(y, t, v);
        boolean noRef = r < 0;
        int ref = noRef ? ORIGIN[v] : r;
        boolean kept = t > 0 && y[t][v] == y[t - 1][v];
        if (t > 0) {
            chain[HOLD][v].add(chain[HOLD][v].keys(y, t, v, ref, noRef), kept ? 1 : 0, w);
        }
        if (!kept) {
            int s = Feature.relative(y[t][v], ref);
            for (int c = HARMONY; c < SatbNgramSettings.CHAINS; c++) {
                chain[c][v].add(chain[c][v].keys(y, t, v, ref, noRef), c == CHORD ? pitchClass(y[t][v], ref) : s, w);
            }
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

    /** What the chains read at (t, v): their context keys (none for hold at t = 0), r (or the origin) and the previous token (−1 at t = 0). */
    record Where(long[][] keys, int ref, int previous) {}

    Where where(int[][] x, int t, int v) {
        int r = reference(x, t, v);
        boolean noRef = r < 0;
        int ref = noRef ? ORIGIN[v] : r;
        long[][] keys = new long[SatbNgramSettings.CHAINS][];
        for (int c = 0; c < keys.length; c++) {
            keys[c] = c == HOLD && t == 0 ? null : chain[c][v].keys(x, t, v, ref, noRef);
        }
        return new Where(keys, ref, t > 0 ? x[t - 1][v] : -1);
    }

    double[] distribution(Where w, int v) {
        SatbNgramSettings s = settings;
        double h = w.keys()[HOLD] != null
                ? chain[HOLD][v].p(w.keys()[HOLD], s.depth()[HOLD][v], s.discount()[HOLD])[1]
                : 0;
        double[][] q = new double[SatbNgramSettings.CHAINS][];
        for (int c = HARMONY; c < q.length; c++) {
            q[c] = s.weight()[c][v] == 0 ? null : chain[c][v].p(w.keys()[c], s.depth()[c][v], s.discount()[c]);
        }
        return mix(h, q, v, w.ref(), w.previous());
    }

    /** The chord expert's symbol: 0 rest, 1..12 the pitch class relative to r. */
    static int pitchClass(int token, int ref) {
        return Tokens.sounding(token) ? 1 + Math.floorMod(token - ref, 12) : 0;
    }

    /** h at the voice's previous token, (1 − h)·q elsewhere, q ∝ Π_c q_c^{w_c} the product of experts. */
    double[] mix(double h, double[][] q, int v, int ref, int previous) {
        double[] p = new double[Tokens.COUNT];
        double sum = 0;
        for (int x = 0; x < Tokens.COUNT; x++) {
            if (x == previous) {
                continue;
            }
            int s = Feature.relative(x, ref);
            double logP = 0;
            for (int c = HARMONY; c < q.length; c++) {
                if (q[c] != null) {
                    logP += settings.weight()[c][v] * Math.log(q[c][c == CHORD ? pitchClass(x, ref) : s]);
                }
            }
            p[x] = Math.exp(logP);
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
        return "satb-ngram: hold × (harmony · melody^μ · chord^γ), interpolated absolute discounting; " + settings
                + ", " + train.size() + " training chorales";
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
        info.put(
                "contexts",
                Arrays.stream(chain)
                        .flatMap(Arrays::stream)
                        .mapToInt(Chain::contexts)
                        .sum());
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
