package bachprop.seq.ngram;

import bachprop.seq.Key;
import bachprop.seq.NextNote;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.Vocab;
import bachprop.seq.stm.LongTermModel;
import bachprop.seq.stm.StmSettings;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the next pitch from a mixture of two smoothed n-grams — one over pitches, one
 * over melodic intervals (which does not care about the key, so it learns from every key at
 * once) — and the next duration from an n-gram over durations:
 * <pre>
 *   P(pitch) = λ · P_pitch(pitch | previous pitches) + (1 − λ) · P_interval(pitch − last | previous intervals)
 * </pre>
 * (the interval part renormalised over the pitches in range; λ = 1 for a melody's first note).
 * A third viewpoint, the scale degree in the melody's key (from the notes' annotations: UCI the
 * key signature, JSB all four voices; else estimated from the notes so far), joins as a weighted
 * geometric combination (a product of experts, as Pearce combines viewpoints):
 * <pre>
 *   P'(pitch) ∝ P(pitch) · P_degree(degree(pitch) | previous degrees)^μ
 * </pre>
 * (μ = 0: the degree is not used; no degree for a melody's first note, whose key is not known
 * from an empty prefix). Orders, discounts, λ and μ are chosen on the validation melodies
 * ({@link NgramKind}).
 */
public final class NgramModel implements SequenceModel, LongTermModel {
    /** Intervals beyond ±RANGE semitones share the outermost symbol. */
    static final int RANGE = 24;

    static final int INTERVALS = 2 * RANGE + 1;

    public record Settings(
            int pitchOrder,
            double pitchDiscount,
            boolean transposed,
            int intervalOrder,
            double intervalDiscount,
            double lambda,
            int durationOrder,
            double durationDiscount) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pitchOrder", pitchOrder);
            m.put("pitchDiscount", pitchDiscount);
            m.put("transposedPitchCounts", transposed);
            m.put("intervalOrder", intervalOrder);
            m.put("intervalDiscount", intervalDiscount);
            m.put("lambda", lambda);
            m.put("durationOrder", durationOrder);
            m.put("durationDiscount", durationDiscount);
            return m;
        }
    }

    /** The degree viewpoint: its n-gram's order and discount and its exponent μ (0: not used). */
    public record Degree(int order, double discount, double mu) {
        public static final Degree NONE = new Degree(1, 0.5, 0);

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("degreeOrder", order);
            m.put("degreeDiscount", discount);
            m.put("mu", mu);
            return m;
        }
    }

    /** Symbols of the degree n-gram: degree 0..11 in major, 12..23 in minor. */
    static final int DEGREES = 24;

    final Settings settings;
    final Degree degreeSettings;
    /** Counts of degree symbols (null when μ = 0). */
    final Ngram degree;

    final List<List<SeqNote>> training;
    final int maxShift;
    final Ngram pitch;
    final Ngram interval;
    final Ngram duration;
    private final Map<String, Object> info;

    NgramModel(Settings settings, List<List<SeqNote>> training, int maxShift, Map<String, Object> info) {
        this(settings, Degree.NONE, training, maxShift, info);
    }

    NgramModel(Settings settings, Degree degree, List<List<SeqNote>> training, int maxShift, Map<String, Object> info) {
        this.settings = settings;
        this.degreeSettings = degree;
        this.degree = degree.mu() > 0 ? NgramCounts.degreeCounts(training, degree.order()) : null;
        this.training = training;
        this.maxShift = maxShift;
        this.info = new LinkedHashMap<>(info);
        this.pitch = NgramCounts.pitchCounts(training, settings.pitchOrder(), settings.transposed() ? maxShift : 0);
        this.interval = NgramCounts.intervalCounts(training, settings.intervalOrder());
        this.duration = NgramCounts.durationCounts(training, settings.durationOrder());
    }

    /** The key for predicting note t: the first annotated key among notes 0..t−1, else their estimate (t > 0). */
    static Key keyOf(List<SeqNote> m, int t) {
        for (int i = 0; i < t; i++) {
            SeqNote.Score s = m.get(i).score();
            if (s != null && s.key() != null) {
                return s.key();
            }
        }
        return Key.estimate(m.subList(0, t));
    }

    /** Degree of the pitch in the key, 0..11, plus 12 in minor. */
    static int degreeSymbol(int pitch, Key key) {
        return Math.floorMod(pitch - key.tonic(), 12) + (key.minor() ? 12 : 0);
    }

    /** q(w) = P_degree(degree of pitch w | the degrees of soFar), over the pitches (not normalised; soFar not empty). */
    double[] degreePitchWeights(Ngram counts, List<SeqNote> soFar, int order, double discount) {
        int t = soFar.size();
        Key key = keyOf(soFar, t);
        int[] s = new int[t];
        for (int i = 0; i < t; i++) {
            s[i] = degreeSymbol(soFar.get(i).pitch(), key);
        }
        double[] pd = counts.distribution(s, t, order, discount);
        double[] q = new double[Vocab.PITCHES];
        for (int w = 0; w < q.length; w++) {
            q[w] = pd[degreeSymbol(Vocab.pitchOf(w), key)];
        }
        return q;
    }

    /** P'(w) ∝ p(w) · q(w)^μ, the weighted geometric combination (in place). */
    static double[] combine(double[] p, double[] q, double mu) {
        double total = 0;
        for (int w = 0; w < p.length; w++) {
            p[w] *= Math.pow(q[w], mu);
            total += p[w];
        }
        for (int w = 0; w < p.length; w++) {
            p[w] /= total;
        }
        return p;
    }

    /** The intervals between notes 0..n−1 as symbols (n − 1 of them). */
    static List<Integer> intervalSymbols(List<SeqNote> m, int n) {
        List<Integer> out = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            out.add(intervalSymbol(m.get(t).pitch() - m.get(t - 1).pitch()));
        }
        return out;
    }

    static int intervalSymbol(int semitones) {
        return Math.max(-RANGE, Math.min(RANGE, semitones)) + RANGE;
    }

    @Override
    public String kind() {
        return "ngram";
    }

    @Override
    public String describe() {
        Settings s = settings;
        Degree g = degreeSettings;
        return describeMix()
                + (g.mu() > 0
                        ? String.format(" ⊗ degree order %d (D=%.2f)^μ, μ=%.2f", g.order(), g.discount(), g.mu())
                        : "");
    }

    private String describeMix() {
        Settings s = settings;
        return String.format(
                "n-gram: pitch order %d (D=%.2f%s) ⊕ interval order %d (D=%.2f), λ=%.2f; duration order %d (D=%.2f)",
                s.pitchOrder(),
                s.pitchDiscount(),
                s.transposed() ? ", all keys" : "",
                s.intervalOrder(),
                s.intervalDiscount(),
                s.lambda(),
                s.durationOrder(),
                s.durationDiscount());
    }

    @Override
    public Map<String, Object> info() {
        Map<String, Object> m = new LinkedHashMap<>(info);
        Map<String, Object> json = settings.toJson();
        if (degreeSettings.mu() > 0) {
            json.putAll(degreeSettings.toJson()); // only then: a model without the degree reads as before
        }
        m.put("settings", json);
        return m;
    }

    @Override
    public NextNote next(List<SeqNote> soFar) {
        double[] p = pitchDistribution(
                soFar,
                settings.lambda(),
                settings.pitchOrder(),
                settings.pitchDiscount(),
                settings.intervalOrder(),
                settings.intervalDiscount());
        if (degree != null && !soFar.isEmpty()) {
            Degree g = degreeSettings;
            combine(p, degreePitchWeights(degree, soFar, g.order(), g.discount()), g.mu());
        }
        return new NextNote(p, durationDistribution(soFar, settings.durationOrder(), settings.durationDiscount()));
    }

    double[] pitchDistribution(
            List<SeqNote> soFar, double lambda, int pitchOrder, double pitchD, int intervalOrder, double intervalD) {
        int t = soFar.size();
        int[] pitches = new int[t];
        for (int i = 0; i < t; i++) {
            pitches[i] = soFar.get(i).pitchIndex();
        }
        double[] p = pitch.distribution(pitches, t, pitchOrder, pitchD);
        if (t == 0 || lambda >= 1) {
            return p;
        }
        double[] q = intervalPitchDistribution(soFar, intervalOrder, intervalD);
        for (int w = 0; w < p.length; w++) {
            p[w] = lambda * p[w] + (1 - lambda) * q[w];
        }
        return p;
    }

    /** P_interval over the pitches, renormalised over the pitches in range (soFar not empty). */
    double[] intervalPitchDistribution(List<SeqNote> soFar, int order, double discount) {
        int t = soFar.size();
        int[] iv =
                intervalSymbols(soFar, t).stream().mapToInt(Integer::intValue).toArray();
        double[] pi = interval.distribution(iv, iv.length, order, discount);
        int last = soFar.get(t - 1).pitch();
        double[] q = new double[Vocab.PITCHES];
        double total = 0;
        for (int w = 0; w < q.length; w++) {
            int semis = Vocab.pitchOf(w) - last;
            if (Math.abs(semis) < RANGE) {
                q[w] = pi[semis + RANGE];
            } else {
                // the outermost symbol stands for every interval beyond the range: share it out
                q[w] = pi[intervalSymbol(semis)] / Math.max(1, countBeyond(last, semis > 0));
            }
            total += q[w];
        }
        for (int w = 0; w < q.length; w++) {
            q[w] /= total;
        }
        return q;
    }

    private static int countBeyond(int last, boolean up) {
        int n = 0;
        for (int w = 0; w < Vocab.PITCHES; w++) {
            int semis = Vocab.pitchOf(w) - last;
            if (up ? semis >= RANGE : semis <= -RANGE) {
                n++;
            }
        }
        return n;
    }

    double[] durationDistribution(List<SeqNote> soFar, int order, double discount) {
        int[] d = soFar.stream().mapToInt(SeqNote::durationIndex).toArray();
        return duration.distribution(d, d.length, order, discount);
    }

    /**
     * Payload v2: the settings, the degree settings (order, discount, μ), the shift range, then
     * the training melodies, each with its key (tonic byte, minor byte; −1 −1 when none; the counts are
     * rebuilt from them), and at the end the {@link StmSettings} (off for the n-gram alone).
     * Payload v1 has no degree settings, no keys (μ = 0) and no STM settings.
     */
    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        writeBody(out);
        StmSettings.OFF.write(out);
    }

    /** Reads one note at a time by asking {@link #next} on the notes read (an n-gram looks back a few notes only). */
    @Override
    public Stepper start(List<SeqNote> opening) {
        List<SeqNote> read = new ArrayList<>(opening);
        return new Stepper() {
            @Override
            public NextNote next() {
                return NgramModel.this.next(read);
            }

            @Override
            public void add(SeqNote note) {
                read.add(note);
            }
        };
    }

    /** The payload but the STM settings at its end. */
    @Override
    public void writeBody(DataOutputStream out) throws IOException {
        Settings s = settings;
        out.writeInt(s.pitchOrder());
        out.writeDouble(s.pitchDiscount());
        out.writeBoolean(s.transposed());
        out.writeInt(s.intervalOrder());
        out.writeDouble(s.intervalDiscount());
        out.writeDouble(s.lambda());
        out.writeInt(s.durationOrder());
        out.writeDouble(s.durationDiscount());
        out.writeInt(degreeSettings.order());
        out.writeDouble(degreeSettings.discount());
        out.writeDouble(degreeSettings.mu());
        out.writeInt(maxShift);
        out.writeInt(training.size());
        for (List<SeqNote> m : training) {
            Key key = m.isEmpty() || m.get(0).score() == null
                    ? null
                    : m.get(0).score().key();
            out.writeByte(key == null ? -1 : key.tonic());
            out.writeByte(key == null ? -1 : key.minor() ? 1 : 0);
            out.writeInt(m.size());
            for (SeqNote n : m) {
                out.writeByte(n.pitch());
                out.writeShort(n.duration());
            }
        }
    }

    /** How many melodies were counted. */
    public int trainingMelodies() {
        return training.size();
    }

    /**
     * The same settings counted on {@code sequences} instead (the LSTM's refit: chosen on the
     * validation melodies, then counted on train + validation).
     */
    public NgramModel refit(List<NoteSequence> sequences) {
        return new NgramModel(settings, degreeSettings, melodies(sequences), maxShift, info);
    }

    static List<List<SeqNote>> melodies(List<NoteSequence> sequences) {
        return sequences.stream().map(NoteSequence::notes).toList();
    }

    @Override
    public String toString() {
        return "NgramModel[" + describe() + "]";
    }
}
