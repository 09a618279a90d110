package bachprop.seq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The measures of {@code bachprop chorale evaluate} (keys documented in docs/sequence-models.md).
 * <ul>
 * <li>Teacher-forced: for every note of every melody (the first one included), the model's
 *     distribution given the true notes before it: −log₂ p(true pitch) averaged (bits per note),
 *     how often the most probable pitch is the true one, and the same for the duration.</li>
 * <li>Generation: from each melody's first {@code opening} notes the model samples
 *     {@code notes} new notes ({@code samples} times); Bach's own continuation is the same
 *     number of true notes after the same opening. Compared: the melodic-interval histogram
 *     (KL divergence from Bach's, in bits), leaps beyond an octave, the share of notes in the
 *     melody's key, the range.</li>
 * </ul>
 */
public final class Evaluation {
    /** Interval bins: −12..+12 semitones, then "down more than an octave" and "up more than an octave". */
    public static final int BINS = 27;
    /** Pseudo-count added to every bin of the model's histogram so the KL divergence stays finite. */
    public static final double PSEUDO_COUNT = 0.5;

    private Evaluation() {}

    public record Options(int opening, int notes, int samples, double temperature, long seed) {
        public static Options defaults() {
            return new Options(8, 32, 4, 1.0, 1);
        }
    }

    /** Sums over notes of the teacher-forced measures. */
    public record TeacherForced(
            int notes, double pitchBits, int pitchCorrect, double durationBits, int durationCorrect) {
        public double pitchBitsPerNote() {
            return pitchBits / notes;
        }

        public double pitchAccuracy() {
            return (double) pitchCorrect / notes;
        }

        public double durationBitsPerNote() {
            return durationBits / notes;
        }

        public double durationAccuracy() {
            return (double) durationCorrect / notes;
        }

        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("notes", notes);
            m.put("pitchBitsPerNote", pitchBitsPerNote());
            m.put("pitchAccuracy", pitchAccuracy());
            m.put("durationBitsPerNote", durationBitsPerNote());
            m.put("durationAccuracy", durationAccuracy());
            return m;
        }

        /** The sums over both sets of notes (pooling folds: note-weighted). */
        public TeacherForced plus(TeacherForced o) {
            return new TeacherForced(
                    notes + o.notes,
                    pitchBits + o.pitchBits,
                    pitchCorrect + o.pitchCorrect,
                    durationBits + o.durationBits,
                    durationCorrect + o.durationCorrect);
        }
    }

    public static TeacherForced teacherForced(SequenceModel model, List<NoteSequence> melodies) {
        int notes = 0;
        double pitchBits = 0;
        int pitchCorrect = 0;
        double durationBits = 0;
        int durationCorrect = 0;
        for (NoteSequence m : melodies) {
            List<NextNote> predicted = model.teacherForced(m.notes());
            for (int t = 0; t < m.notes().size(); t++) {
                SeqNote truth = m.notes().get(t);
                NextNote p = predicted.get(t);
                pitchBits -= log2(p.pitchProbability(truth.pitch()));
                durationBits -= log2(p.durationProbability(truth.duration()));
                if (p.topPitch() == truth.pitch()) {
                    pitchCorrect++;
                }
                if (p.topDuration() == Vocab.durationOf(truth.durationIndex())) {
                    durationCorrect++;
                }
                notes++;
            }
        }
        return new TeacherForced(notes, pitchBits, pitchCorrect, durationBits, durationCorrect);
    }

    /** Statistics of a set of continuations (each preceded by the last opening note). */
    public static final class Continuations {
        final double[] histogram = new double[BINS];
        int intervals;
        int leaps;
        double absIntervalSum;
        int notes;
        int inKey;
        int keyed;
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        double rangeSum;
        int count;

        /** Adds one continuation; {@code before} is the last note of the opening. */
        public void add(SeqNote before, List<SeqNote> continuation, Key key) {
            int prev = before.pitch();
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (SeqNote n : continuation) {
                int interval = n.pitch() - prev;
                histogram[bin(interval)]++;
                intervals++;
                absIntervalSum += Math.abs(interval);
                if (Math.abs(interval) > 12) {
                    leaps++;
                }
                if (key != null) {
                    keyed++;
                    if (key.contains(n.pitch())) {
                        inKey++;
                    }
                }
                lo = Math.min(lo, n.pitch());
                hi = Math.max(hi, n.pitch());
                notes++;
                prev = n.pitch();
            }
            if (!continuation.isEmpty()) {
                lowest = Math.min(lowest, lo);
                highest = Math.max(highest, hi);
                rangeSum += hi - lo;
                count++;
            }
        }

        public double[] histogram() {
            return histogram.clone();
        }

        /** Adds another set's counts to these (pooling folds). */
        public void addAll(Continuations o) {
            for (int i = 0; i < BINS; i++) {
                histogram[i] += o.histogram[i];
            }
            intervals += o.intervals;
            leaps += o.leaps;
            absIntervalSum += o.absIntervalSum;
            notes += o.notes;
            inKey += o.inKey;
            keyed += o.keyed;
            lowest = Math.min(lowest, o.lowest);
            highest = Math.max(highest, o.highest);
            rangeSum += o.rangeSum;
            count += o.count;
        }

        public double leapShare() {
            return intervals == 0 ? 0 : (double) leaps / intervals;
        }

        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("continuations", count);
            m.put("notes", notes);
            m.put("meanAbsInterval", intervals == 0 ? Double.NaN : absIntervalSum / intervals);
            m.put("leapsBeyondOctave", leaps);
            m.put("leapShare", leapShare());
            m.put("inKeyShare", keyed == 0 ? Double.NaN : (double) inKey / keyed);
            m.put("lowest", count == 0 ? null : lowest);
            m.put("highest", count == 0 ? null : highest);
            m.put("meanRange", count == 0 ? Double.NaN : rangeSum / count);
            List<Double> h = new ArrayList<>();
            for (double v : histogram) {
                h.add(intervals == 0 ? 0.0 : v / intervals);
            }
            m.put("intervalHistogram", h);
            return m;
        }
    }

    /** The bin of a melodic interval: 0..24 for −12..+12, 25 below −12, 26 above +12. */
    public static int bin(int interval) {
        if (interval < -12) {
            return 25;
        }
        if (interval > 12) {
            return 26;
        }
        return interval + 12;
    }

    /** Bin labels for the JSON: "-12".."12", "<-12", ">12". */
    public static List<String> binLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = -12; i <= 12; i++) {
            labels.add(Integer.toString(i));
        }
        labels.add("<-12");
        labels.add(">12");
        return labels;
    }

    /**
     * KL(P‖Q) = Σ P(i) log₂(P(i)/Q(i)) in bits, P from {@code reference} counts as they are, Q from
     * {@code model} counts with {@link #PSEUDO_COUNT} added to every bin.
     */
    public static double klBits(double[] reference, double[] model) {
        double pTotal = 0;
        double qTotal = 0;
        for (int i = 0; i < reference.length; i++) {
            pTotal += reference[i];
            qTotal += model[i] + PSEUDO_COUNT;
        }
        double kl = 0;
        for (int i = 0; i < reference.length; i++) {
            if (reference[i] > 0) {
                double p = reference[i] / pTotal;
                double q = (model[i] + PSEUDO_COUNT) / qTotal;
                kl += p * log2(p / q);
            }
        }
        return kl;
    }

    /** The sampled continuations and Bach's, as counts (so that folds can be pooled). */
    public record Generated(Continuations model, Continuations bach, int skipped) {
        /** Both sets' counts together. */
        public Generated plus(Generated o) {
            Continuations m = new Continuations();
            m.addAll(model);
            m.addAll(o.model);
            Continuations b = new Continuations();
            b.addAll(bach);
            b.addAll(o.bach);
            return new Generated(m, b, skipped + o.skipped);
        }
    }

    /** Samples continuations beside Bach's; melodies too short for opening + 1 note are skipped. */
    public static Generated sample(SequenceModel model, List<NoteSequence> melodies, Options o) {
        Continuations generated = new Continuations();
        Continuations bach = new Continuations();
        Random rng = new Random(o.seed());
        int skipped = 0;
        for (NoteSequence m : melodies) {
            if (m.notes().size() < o.opening() + 1 || o.opening() < 1) {
                skipped++;
                continue;
            }
            List<SeqNote> opening = m.notes().subList(0, o.opening());
            int n = Math.min(o.notes(), m.notes().size() - o.opening());
            SeqNote last = opening.get(opening.size() - 1);
            bach.add(last, m.notes().subList(o.opening(), o.opening() + n), m.key());
            for (int s = 0; s < o.samples(); s++) {
                generated.add(last, model.extend(opening, n, o.temperature(), rng), m.key());
            }
        }
        return new Generated(generated, bach, skipped);
    }

    /** Samples continuations and compares them with Bach's; melodies too short for opening + 1 note are skipped. */
    public static Map<String, Object> generation(SequenceModel model, List<NoteSequence> melodies, Options o) {
        return generationJson(sample(model, melodies, o), o);
    }

    /** The {@code generation} object of the JSON for these counts. */
    public static Map<String, Object> generationJson(Generated s, Options o) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("opening", o.opening());
        g.put("notes", o.notes());
        g.put("samples", o.samples());
        g.put("temperature", o.temperature());
        g.put("seed", o.seed());
        g.put("skippedMelodies", s.skipped());
        g.put("intervalKlBits", klBits(s.bach().histogram, s.model().histogram));
        g.put("intervalBins", binLabels());
        g.put("model", s.model().toJson());
        g.put("bach", s.bach().toJson());
        return g;
    }

    /** Everything {@code evaluate --json} prints. */
    public static Map<String, Object> evaluate(
            SequenceModel model, String data, List<NoteSequence> melodies, Options o) {
        return evaluate(model, data, melodies, o, false);
    }

    /** Everything {@code evaluate --json} prints; with {@code perNote} also {@link #perNote}'s list ("perNote"). */
    public static Map<String, Object> evaluate(
            SequenceModel model, String data, List<NoteSequence> melodies, Options o, boolean perNote) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model.kind());
        out.put("describe", model.describe());
        out.put("data", data);
        out.put("melodies", melodies.size());
        out.put("teacherForced", teacherForced(model, melodies).toJson());
        out.put("generation", generation(model, melodies, o));
        if (perNote) {
            out.put("perNote", perNote(model, melodies));
        }
        return out;
    }

    /**
     * {@code evaluate --per-note}: per melody its id and, per note (teacher-forced, the first
     * included), pitch, duration, information content and entropy in bits ({@link Surprise}).
     */
    public static List<Map<String, Object>> perNote(SequenceModel model, List<NoteSequence> melodies) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NoteSequence m : melodies) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("melody", m.id());
            one.put("notes", Surprise.toJson(Surprise.of(model, m.notes())));
            out.add(one);
        }
        return out;
    }

    static double log2(double p) {
        return Math.log(p) / Math.log(2);
    }
}
