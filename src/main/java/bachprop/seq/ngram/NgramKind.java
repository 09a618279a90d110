package bachprop.seq.ngram;

import bachprop.seq.Key;
import bachprop.seq.ModelKind;
import bachprop.seq.NoteSequence;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --model ngram}: counts the training melodies, then chooses on the validation melodies
 * (by bits per note) the pitch order and discount, whether to count the pitches in every key
 * (transposed copies), the interval order and discount, the weight λ, and the duration order and
 * discount; then (viewpoints 1) the order, discount and weight μ of the scale-degree viewpoint,
 * the mixture fixed (μ = 0 when it does not help). Options: max-order 7, max-shift 6, viewpoints 1.
 */
public final class NgramKind implements ModelKind {
    static final double[] DISCOUNTS = {0.5, 0.7, 0.8, 0.9, 0.99};

    @Override
    public String name() {
        return "ngram";
    }

    @Override
    public int payloadVersion() {
        return 2; // v2: the degree viewpoint and the training melodies' keys, and the STM settings at the end
    }

    @Override
    public SequenceModel train(TrainingData data, TrainingOptions options, TrainingListener listener) {
        int maxOrder = options.getInt("max-order", 7);
        int maxShift = options.getInt("max-shift", 6);
        boolean viewpoints = options.getInt("viewpoints", 1) != 0;
        // the n-gram's STM is off unless asked: its validation figures with one are not a fair choice (it tunes on that
        // split)
        StmSettings stm = StmSettings.DEFAULT.with(
                options.getInt("stm", 0) != 0,
                options.getDouble("stm-bias", StmSettings.DEFAULT.combination().bias()));
        options.checkAllUsed("ngram");
        long start = System.nanoTime();
        List<List<SeqNote>> train = NgramModel.melodies(data.train());
        List<List<SeqNote>> valid = NgramModel.melodies(data.valid());
        Ngram[] pitch = {NgramCounts.pitchCounts(train, maxOrder, 0), NgramCounts.pitchCounts(train, maxOrder, maxShift)
        };
        Ngram interval = NgramCounts.intervalCounts(train, maxOrder);
        Ngram duration = NgramCounts.durationCounts(train, maxOrder);
        listener.update(
                new TrainingStatus(0, 1, 0.2, Double.NaN, Double.NaN, "counted " + data.trainNotes() + " notes"));

        // p(true pitch) of every validation note under every pitch setting and every interval setting
        int notes = valid.stream().mapToInt(List::size).sum();
        List<double[]> pitchProbs = new ArrayList<>();
        List<Object[]> pitchSettings = new ArrayList<>();
        for (int aug = 0; aug < 2; aug++) {
            for (int order = 1; order <= maxOrder; order++) {
                for (double d : DISCOUNTS) {
                    double[] p = new double[notes];
                    int i = 0;
                    for (List<SeqNote> m : valid) {
                        int[] s = m.stream().mapToInt(SeqNote::pitchIndex).toArray();
                        for (int t = 0; t < s.length; t++) {
                            p[i++] = pitch[aug].distribution(s, t, order, d)[s[t]];
                        }
                    }
                    pitchProbs.add(p);
                    pitchSettings.add(new Object[] {order, d, aug == 1});
                }
            }
        }
        listener.update(new TrainingStatus(0, 1, 0.5, Double.NaN, Double.NaN, "scored pitch settings"));
        List<double[]> intervalProbs = new ArrayList<>();
        List<Object[]> intervalSettings = new ArrayList<>();
        NgramModel probe =
                new NgramModel(new NgramModel.Settings(1, 0.5, false, maxOrder, 0.5, 0, 1, 0.5), train, 0, Map.of());
        for (int order = 1; order <= maxOrder; order++) {
            for (double d : DISCOUNTS) {
                double[] p = new double[notes];
                int i = 0;
                for (List<SeqNote> m : valid) {
                    for (int t = 0; t < m.size(); t++) {
                        p[i++] = t == 0
                                ? Double.NaN
                                : probe.intervalPitchDistribution(m.subList(0, t), order, d)[
                                        m.get(t).pitchIndex()];
                    }
                }
                intervalProbs.add(p);
                intervalSettings.add(new Object[] {order, d});
            }
        }
        listener.update(new TrainingStatus(0, 1, 0.8, Double.NaN, Double.NaN, "scored interval settings"));
        double bestBits = Double.POSITIVE_INFINITY;
        int bestP = 0;
        int bestI = 0;
        double bestLambda = 1;
        for (int a = 0; a < pitchProbs.size(); a++) {
            double[] pp = pitchProbs.get(a);
            for (int b = 0; b < intervalProbs.size(); b++) {
                double[] qq = intervalProbs.get(b);
                for (int l = 0; l <= 20; l++) {
                    double lambda = l / 20.0;
                    double bits = 0;
                    for (int i = 0; i < notes; i++) {
                        double p = Double.isNaN(qq[i]) ? pp[i] : lambda * pp[i] + (1 - lambda) * qq[i];
                        bits -= Math.log(p);
                    }
                    bits /= notes * Math.log(2);
                    if (bits < bestBits) {
                        bestBits = bits;
                        bestP = a;
                        bestI = b;
                        bestLambda = lambda;
                    }
                }
            }
        }
        double bestDurationBits = Double.POSITIVE_INFINITY;
        int durationOrder = 1;
        double durationDiscount = 0.5;
        for (int order = 1; order <= maxOrder; order++) {
            for (double d : DISCOUNTS) {
                double bits = 0;
                for (List<SeqNote> m : valid) {
                    int[] s = m.stream().mapToInt(SeqNote::durationIndex).toArray();
                    for (int t = 0; t < s.length; t++) {
                        bits -= Math.log(duration.distribution(s, t, order, d)[s[t]]);
                    }
                }
                bits /= notes * Math.log(2);
                if (bits < bestDurationBits) {
                    bestDurationBits = bits;
                    durationOrder = order;
                    durationDiscount = d;
                }
            }
        }
        Object[] ps = pitchSettings.get(bestP);
        Object[] is = intervalSettings.get(bestI);
        NgramModel.Settings settings = new NgramModel.Settings(
                (Integer) ps[0],
                (Double) ps[1],
                (Boolean) ps[2],
                (Integer) is[0],
                (Double) is[1],
                bestLambda,
                durationOrder,
                durationDiscount);
        NgramModel.Degree degree = NgramModel.Degree.NONE;
        double mixBits = bestBits;
        if (viewpoints) {
            // the degree viewpoint: its order, discount and μ chosen on the validation melodies, the mixture fixed
            NgramModel mix = new NgramModel(settings, train, maxShift, Map.of());
            List<double[]> mixed = new ArrayList<>();
            for (List<SeqNote> m : valid) {
                for (int t = 0; t < m.size(); t++) {
                    mixed.add(mix.next(m.subList(0, t)).pitch());
                }
            }
            Ngram degrees = NgramCounts.degreeCounts(train, maxOrder);
            for (int order = 1; order <= maxOrder; order++) {
                for (double d : DISCOUNTS) {
                    List<double[]> q = new ArrayList<>();
                    for (List<SeqNote> m : valid) {
                        for (int t = 0; t < m.size(); t++) {
                            q.add(t == 0 ? null : mix.degreePitchWeights(degrees, m.subList(0, t), order, d));
                        }
                    }
                    for (int k = 1; k <= 20; k++) {
                        double mu = k / 10.0;
                        double bits = 0;
                        int i = 0;
                        for (List<SeqNote> m : valid) {
                            for (int t = 0; t < m.size(); t++, i++) {
                                double[] p = mixed.get(i).clone();
                                if (q.get(i) != null) {
                                    NgramModel.combine(p, q.get(i), mu);
                                }
                                bits -= Math.log(p[m.get(t).pitchIndex()]);
                            }
                        }
                        bits /= notes * Math.log(2);
                        if (bits < bestBits) {
                            bestBits = bits;
                            degree = new NgramModel.Degree(order, d, mu);
                        }
                    }
                }
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("data", data.source());
        if (viewpoints) {
            info.put("validPitchBitsWithoutDegree", mixBits);
        }
        info.put("options", options.used());
        info.put("validPitchBitsPerNote", bestBits);
        info.put("validDurationBitsPerNote", bestDurationBits);
        info.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        listener.update(new TrainingStatus(
                1,
                1,
                1.0,
                Double.NaN,
                bestBits + bestDurationBits,
                String.format("chose on validation: pitch %.3f bits/note", bestBits)));
        return LongShortTerm.of(new NgramModel(settings, degree, train, maxShift, info), stm);
    }

    /** The n-gram trained with this kind's defaults (its STM off), as the LSTM joins it. */
    public static NgramModel trainDefault(TrainingData data, TrainingListener listener) {
        return (NgramModel) new NgramKind().train(data, TrainingOptions.defaults(), listener);
    }

    @Override
    public SequenceModel read(DataInputStream in, int version) throws IOException {
        NgramModel ltm = readBody(in, version);
        return LongShortTerm.of(ltm, version >= 2 ? StmSettings.read(in) : StmSettings.OFF);
    }

    /** The payload version {@link NgramModel#writeBody} writes. */
    public static final int BODY_VERSION = 2;

    /** The n-gram of a payload of {@code version}, up to the STM settings that end it (v2). */
    public static NgramModel readBody(DataInputStream in, int version) throws IOException {
        int pitchOrder = in.readInt();
        double pitchDiscount = in.readDouble();
        boolean transposed = in.readBoolean();
        int intervalOrder = in.readInt();
        double intervalDiscount = in.readDouble();
        double lambda = in.readDouble();
        int durationOrder = in.readInt();
        double durationDiscount = in.readDouble();
        NgramModel.Degree degree = NgramModel.Degree.NONE;
        if (version >= 2) {
            int order = in.readInt();
            double discount = in.readDouble();
            double mu = in.readDouble();
            checkOrder("degree", order, discount);
            if (!(mu >= 0 && mu <= 10)) {
                throw new IllegalArgumentException("implausible degree weight μ " + mu);
            }
            degree = new NgramModel.Degree(order, discount, mu);
        }
        int maxShift = in.readInt();
        int count = in.readInt();
        if (count < 0 || count > 100_000 || maxShift < 0 || maxShift > 24 || !(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("implausible n-gram header (" + count + " melodies, λ " + lambda + ")");
        }
        checkOrder("pitch", pitchOrder, pitchDiscount);
        checkOrder("interval", intervalOrder, intervalDiscount);
        checkOrder("duration", durationOrder, durationDiscount);
        List<List<SeqNote>> melodies = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            Key key = null;
            if (version >= 2) {
                int tonic = in.readByte();
                int minor = in.readByte();
                if (tonic != -1 && (tonic < 0 || tonic > 11 || minor < 0 || minor > 1)) {
                    throw new IllegalArgumentException("implausible key " + tonic + "/" + minor);
                }
                key = tonic == -1 ? null : new Key(tonic, minor == 1);
            }
            int n = in.readInt();
            if (n < 0 || n > 100_000) {
                throw new IllegalArgumentException("implausible melody length " + n);
            }
            List<SeqNote> notes = new ArrayList<>(n);
            SeqNote.Score score = key == null ? null : new SeqNote.Score(null, null, false, key);
            for (int i = 0; i < n; i++) {
                notes.add(new SeqNote(in.readByte(), in.readShort(), score));
            }
            melodies.add(notes);
        }
        return new NgramModel(
                new NgramModel.Settings(
                        pitchOrder,
                        pitchDiscount,
                        transposed,
                        intervalOrder,
                        intervalDiscount,
                        lambda,
                        durationOrder,
                        durationDiscount),
                degree,
                melodies,
                maxShift,
                Map.of());
    }

    /** An order the counts know (1..9) and an absolute discount d with 0 ≤ d ≤ 1 (a finite number). */
    private static void checkOrder(String what, int order, double discount) {
        if (order < 1 || order > 9 || !(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException(
                    "implausible " + what + " settings (order " + order + ", discount " + discount + ")");
        }
    }

    static List<List<SeqNote>> melodies(List<NoteSequence> s) {
        return NgramModel.melodies(s);
    }
}
