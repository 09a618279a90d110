package bachprop.seq.lstm;

import bachprop.seq.IntervalCalibration;
import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.Vocab;
import bachprop.seq.ngram.NgramModel;
import bachprop.seq.stm.LongTermModel;
import bachprop.seq.stm.StmSettings;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The trained LSTM as a {@link SequenceModel}: reads a melody note by note (input
 * {@link Features}) and gives the next note's pitch and duration distributions. Teacher
 * forcing and extension run the recurrence once, carrying (h, c) forward. It may hold several
 * LSTMs trained from different random starts (an ensemble); its distributions are then the
 * average of theirs.
 */
public final class LstmModel implements SequenceModel, LongTermModel {
    final List<Lstm> nets;
    final Lstm net;
    private final Map<String, Object> info;
    /** The nucleus {@link #extend} samples from (1 = the whole distribution); see {@link NextNote#sample(Random, double, double)}. */
    public final double topP;
    /**
     * With a short-term model ({@link bachprop.seq.stm.LongShortTerm}): whether {@code extend} draws
     * from the networks' own distribution (true) or from the LTM + STM mixture (false); the
     * mixture scores either way. Chosen on the validation split ({@link SamplingChoice}).
     */
    public final boolean samplesAlone;
    /** Which inputs the networks read (the width of their input tells). */
    public final Features.Layout layout;
    /**
     * The trained n-gram whose pitch distribution joins the networks' as a product of experts,
     * p ∝ p_LSTM^(1 − w) · p_n-gram^w ({@link #product}); null when w = 0. Chosen on the
     * validation split ({@link NgramWeightChoice}).
     */
    public final NgramModel ngram;
    /** w of {@link #ngram}: 0 = the networks alone. */
    public final double ngramWeight;
    /** The interval reweighting {@link #extend} applies before each draw (never to what is scored). */
    private final IntervalCalibration calibration;

    public LstmModel(Lstm net, Map<String, Object> info) {
        this(List.of(net), info);
    }

    public LstmModel(List<Lstm> nets, Map<String, Object> info) {
        this(nets, info, 1.0);
    }

    public LstmModel(List<Lstm> nets, Map<String, Object> info, double topP) {
        this(nets, info, topP, false);
    }

    public LstmModel(List<Lstm> nets, Map<String, Object> info, double topP, boolean samplesAlone) {
        this(nets, info, topP, samplesAlone, null, 0, IntervalCalibration.NONE);
    }

    public LstmModel(
            List<Lstm> nets,
            Map<String, Object> info,
            double topP,
            boolean samplesAlone,
            NgramModel ngram,
            double ngramWeight,
            IntervalCalibration calibration) {
        if (!(ngramWeight >= 0 && ngramWeight < 1) || (ngram == null) != (ngramWeight == 0)) {
            throw new IllegalArgumentException(
                    "an n-gram weight is in [0, 1) and comes with an n-gram (0 without one), not " + ngramWeight
                            + (ngram == null ? " without one" : " with one"));
        }
        this.ngram = ngram;
        this.ngramWeight = ngramWeight;
        this.calibration = calibration;
        this.samplesAlone = samplesAlone;
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top-p must be in (0, 1], got " + topP);
        }
        this.topP = topP;
        if (nets.isEmpty()) {
            throw new IllegalArgumentException("an LSTM model needs at least one network");
        }
        this.layout = Features.Layout.ofWidth(nets.get(0).inputs);
        for (Lstm n : nets) {
            if (layout == null
                    || n.inputs != layout.width
                    || n.pitches != Vocab.PITCHES
                    || n.durations != Vocab.DURATIONS) {
                throw new IllegalArgumentException("an LSTM of " + n.inputs + " inputs and " + n.pitches + "+"
                        + n.durations + " outputs does not fit the note encoding (" + Features.Layout.V1.width
                        + " or " + Features.Layout.V2.width + " inputs, the same for every network, "
                        + Vocab.PITCHES + "+" + Vocab.DURATIONS + " outputs)");
            }
        }
        this.nets = List.copyOf(nets);
        this.net = nets.get(0);
        this.info = new LinkedHashMap<>(info);
    }

    public Lstm network() {
        return net;
    }

    public List<Lstm> networks() {
        return nets;
    }

    @Override
    public String kind() {
        return "lstm";
    }

    @Override
    public String describe() {
        int params = nets.stream().mapToInt(Lstm::parameterCount).sum();
        return (nets.size() > 1 ? nets.size() + " × " : "") + "LSTM " + net.inputs + "→" + net.hidden + "→"
                + net.pitches + "+" + net.durations + " (" + params + " parameters"
                + (ngram != null ? ", pitch × n-gram^" + ngramWeight : "")
                + (topP < 1 ? ", samples top-p " + topP : "") + (samplesAlone ? ", samples without the STM" : "")
                + (calibration.isNone() ? "" : ", samples with an interval calibration") + ")";
    }

    @Override
    public Map<String, Object> info() {
        return info;
    }

    @Override
    public NextNote next(List<SeqNote> soFar) {
        List<NextNote> all = run(soFar, soFar.size() + 1);
        return all.get(all.size() - 1);
    }

    @Override
    public List<NextNote> teacherForced(List<SeqNote> melody) {
        return run(melody, melody.size());
    }

    /** Runs the first {@code steps} steps over the melody (step t sees notes before t). */
    private List<NextNote> run(List<SeqNote> melody, int steps) {
        if (steps == 0) {
            return List.of();
        }
        SeqBatch in = SeqBatch.empty(steps, 1, layout.width);
        Features.encode(layout, melody, steps, 0, in.x(), in.last(), in.key(), 1, 0);
        double[][] mean = new double[steps][net.pitches + net.durations];
        for (Lstm n : nets) {
            Tape tape = new Tape();
            tape.ensure(steps, 1, n.hidden, n.outputs);
            n.forward(tape, in, 1.0, null);
            for (int t = 0; t < steps; t++) {
                for (int k = 0; k < mean[t].length; k++) {
                    mean[t][k] += tape.probs[t][k] / nets.size(); // the ensemble's average distribution
                }
            }
        }
        List<NextNote> out = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            out.add(split(mean[t], melody.subList(0, t)));
        }
        return out;
    }

    /** The networks' mean output as a note distribution, the pitch joined with the n-gram's for the same notes. */
    private NextNote split(double[] p, List<SeqNote> soFar) {
        double[] pitch = Arrays.copyOfRange(p, 0, net.pitches);
        if (ngram != null) {
            pitch = product(pitch, ngram.next(soFar).pitch(), ngramWeight);
        }
        return new NextNote(pitch, Arrays.copyOfRange(p, net.pitches, net.pitches + net.durations));
    }

    /**
     * The product of experts p(q) ∝ p_LSTM(q)^(1 − w) · p_n-gram(q)^w, renormalised (a weighted
     * geometric mean, as Pearce combines viewpoints): w = 0 is the networks alone.
     */
    static double[] product(double[] lstm, double[] ngram, double w) {
        double[] p = new double[lstm.length];
        double total = 0;
        for (int q = 0; q < p.length; q++) {
            p[q] = Math.pow(lstm[q], 1 - w) * Math.pow(ngram[q], w); // p_LSTM^(1−w) · p_n-gram^w
            total += p[q];
        }
        for (int q = 0; q < p.length; q++) {
            p[q] /= total; // renormalised
        }
        return p;
    }

    @Override
    public List<SeqNote> extend(List<SeqNote> opening, int n, double temperature, Random rng) {
        Stepper reader = start(opening);
        List<SeqNote> added = new ArrayList<>(n);
        List<SeqNote> melody = new ArrayList<>(opening);
        for (int i = 0; i < n; i++) {
            SeqNote note = calibration.apply(reader.next(), melody).sample(rng, temperature, topP);
            reader.add(note);
            added.add(note);
            melody.add(note);
        }
        return added;
    }

    @Override
    public IntervalCalibration calibration() {
        return calibration;
    }

    @Override
    public double topP() {
        return topP;
    }

    @Override
    public boolean samplesAlone() {
        return samplesAlone;
    }

    /** Reads the opening (all but its next-note step), then one note at a time, carrying (h, c). */
    @Override
    public Stepper start(List<SeqNote> opening) {
        return new Reader(opening);
    }

    private final class Reader implements Stepper {
        private final List<SeqNote> melody;
        private final Tape[] tapes;
        private final double[][] h;
        private final double[][] c;
        /** Whether the step that takes the last note read as input has run (its h, c are on the tapes). */
        private boolean stepped;

        Reader(List<SeqNote> opening) {
            melody = new ArrayList<>(opening);
            int members = nets.size();
            tapes = new Tape[members];
            h = new double[members][];
            c = new double[members][];
            int steps = opening.size();
            SeqBatch in = SeqBatch.empty(Math.max(steps, 1), 1, layout.width);
            if (steps > 0) {
                Features.encode(layout, opening, steps, 0, in.x(), in.last(), in.key(), 1, 0);
            }
            for (int m = 0; m < members; m++) {
                Lstm net = nets.get(m);
                tapes[m] = new Tape();
                h[m] = new double[net.hidden];
                c[m] = new double[net.hidden];
                // read the opening but its next-note step (h, c after the last opening note's input)
                if (steps > 0) {
                    tapes[m].ensure(steps, 1, net.hidden, net.outputs);
                    net.forward(tapes[m], in, 1.0, null);
                    System.arraycopy(tapes[m].h[steps - 1], 0, h[m], 0, net.hidden);
                    System.arraycopy(tapes[m].c[steps - 1], 0, c[m], 0, net.hidden);
                }
                tapes[m].ensure(1, 1, net.hidden, net.outputs);
            }
        }

        /** The next-note step: the ensemble's mean distribution; (h, c) move on past the last note read. */
        @Override
        public NextNote next() {
            int members = nets.size();
            SeqBatch one = SeqBatch.empty(1, 1, layout.width);
            one.x()[0] = Features.next(layout, melody);
            one.last()[0] =
                    melody.isEmpty() ? -1 : melody.get(melody.size() - 1).pitchIndex();
            one.key()[0] = Features.keyCode(layout, melody);
            double[] mean = new double[net.pitches + net.durations];
            for (int m = 0; m < members; m++) {
                Lstm net = nets.get(m);
                Tape tape = tapes[m];
                System.arraycopy(h[m], 0, tape.h0[0], 0, net.hidden);
                System.arraycopy(c[m], 0, tape.c0[0], 0, net.hidden);
                net.forward(tape, one, 1.0, null);
                for (int k = 0; k < mean.length; k++) {
                    mean[k] += tape.probs[0][k] / members;
                }
            }
            stepped = true;
            return split(mean, melody);
        }

        /** Reads a note: the state after the step that took the last note as input. */
        @Override
        public void add(SeqNote note) {
            if (!stepped) {
                next(); // the step that takes the last note read as input
            }
            for (int m = 0; m < nets.size(); m++) {
                System.arraycopy(tapes[m].h[0], 0, h[m], 0, nets.get(m).hidden);
                System.arraycopy(tapes[m].c[0], 0, c[m], 0, nets.get(m).hidden);
            }
            melody.add(note);
            stepped = false;
        }
    }

    /** The same networks sampling from the nucleus of mass {@code p}. */
    public LstmModel withTopP(double p) {
        return withSampling(p, samplesAlone);
    }

    /** The same networks sampling from the nucleus of mass {@code p}, from their own distribution ({@code alone}) or the mixture's. */
    public LstmModel withSampling(double p, boolean alone) {
        return new LstmModel(nets, info, p, alone, ngram, ngramWeight, calibration);
    }

    /** The same networks with the n-gram joined at weight {@code w} (null and 0: none). */
    public LstmModel withNgram(NgramModel n, double w) {
        return new LstmModel(nets, info, topP, samplesAlone, w == 0 ? null : n, w, calibration);
    }

    /** The same model sampling with the interval calibration {@code c}. */
    public LstmModel withCalibration(IntervalCalibration c) {
        return new LstmModel(nets, info, topP, samplesAlone, ngram, ngramWeight, c);
    }

    /** The same networks with more facts for the file header. */
    public LstmModel withInfo(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(info);
        all.putAll(more);
        return new LstmModel(nets, all, topP, samplesAlone, ngram, ngramWeight, calibration);
    }

    /**
     * Payload v6: the number of networks, the top-p of sampling (a float), the feature layout
     * ({@link Features.Layout#number}), whether it samples without the STM (a byte, v5), the
     * n-gram weight w (a float, v6), the 27 interval-calibration factors β (floats, v6), then the
     * networks deflated (v6: their byte count, then zlib data; the exponents of bfloat16 numbers
     * repeat, so this saves about a fifth): for each its inputs, hidden, pitches, durations and
     * every row of θ as 16-bit "bfloat16" numbers (the top half of a 32-bit float, rounded to
     * nearest: about three significant digits), then the n-gram's body when w > 0 (v6; its own
     * payload v2 but the STM settings), and at the end the {@link StmSettings} (off for this model
     * alone; see {@link bachprop.seq.stm.LongShortTerm}). Payload v5 (no n-gram, no calibration,
     * networks not deflated), v4 (no sampling byte: the mixture), v3 (no layout: layout 1; no STM
     * settings), v2 (no top-p: 1) and v1 (one network, 32-bit floats) are still read.
     */
    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        writeBody(out);
        StmSettings.OFF.write(out);
    }

    /** The payload but the STM settings at its end ({@link LstmPayload}). */
    @Override
    public void writeBody(DataOutputStream out) throws IOException {
        LstmPayload.write(this, out);
    }

    public static int toBf16(double v) {
        int bits = Float.floatToIntBits((float) v);
        return (bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16; // round to nearest, ties to even
    }

    public static double fromBf16(int half) {
        return Float.intBitsToFloat((half & 0xFFFF) << 16);
    }

    static LstmModel read(DataInputStream in, int version, Map<String, Object> info) throws IOException {
        return LstmPayload.read(in, version, info);
    }

    /** Rounds θ to what the file stores, so the model in memory is exactly the one its file holds. */
    void roundToStored() {
        for (Lstm n : nets) {
            for (double[] row : n.theta) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = fromBf16(toBf16(row[k]));
                }
            }
        }
    }

    @Override
    public String toString() {
        return "LstmModel[" + describe() + "]";
    }
}
