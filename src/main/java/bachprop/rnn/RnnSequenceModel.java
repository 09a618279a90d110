package bachprop.rnn;

import bachprop.nn.Mat;
import bachprop.nn.Vec;
import bachprop.seq.ModelFile;
import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import bachprop.seq.Vocab;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The text's RNN (eq. 25) as a chapter-9 {@link SequenceModel}: the input x_t is the note before
 * note t, one-hot pitch ⊕ one-hot duration (62 numbers, the text's encoding of section 6.2), and
 * the output has two softmax groups, the pitch (46) and the duration (16) of note t.
 *
 * <p>Departing from the text, which has no notion of a start: the first input x₁ is all zeros
 * ("no note yet"), so the model also gives a distribution for a melody's first note.
 */
public final class RnnSequenceModel implements SequenceModel {
    private final Rnn rnn;
    private final Map<String, Object> info;

    public RnnSequenceModel(Rnn rnn, Map<String, Object> info) {
        if (rnn.nIn() != Vocab.WIDTH
                || rnn.groups().length != 2
                || rnn.groups()[0] != Vocab.PITCHES
                || rnn.groups()[1] != Vocab.DURATIONS) {
            throw new IllegalArgumentException("a chorale RNN takes " + Vocab.WIDTH + " inputs and has output groups ("
                    + Vocab.PITCHES + ", " + Vocab.DURATIONS + "), not " + rnn);
        }
        this.rnn = rnn;
        this.info = new LinkedHashMap<>(info);
    }

    /** An untrained model with n_h hidden neurons. */
    public static RnnSequenceModel untrained(long seed, int hidden) {
        return new RnnSequenceModel(
                Rnn.randomGrouped(seed, Vocab.WIDTH, hidden, Vocab.PITCHES, Vocab.DURATIONS), Map.of());
    }

    public Rnn rnn() {
        return rnn;
    }

    @Override
    public String kind() {
        return "rnn";
    }

    @Override
    public String describe() {
        return "rnn: the text's eq.-25 RNN, " + rnn.nHidden()
                + " sigmoid hidden neurons, softmax pitch and duration, BPTT + SGD"
                + (info.containsKey("epochs") ? ", " + info.get("epochs") + " epochs" : "");
    }

    /** x_t for a note: one-hot pitch ⊕ one-hot duration; null gives the all-zero start input. */
    static Vec encode(SeqNote note) {
        double[] x = new double[Vocab.WIDTH];
        if (note != null) {
            x[note.pitchIndex()] = 1;
            x[Vocab.PITCHES + note.durationIndex()] = 1;
        }
        return new Vec(x);
    }

    /** The inputs for predicting every note of {@code melody}: the start input, then each note but the last. */
    static List<Vec> inputs(List<SeqNote> melody) {
        List<Vec> xs = new ArrayList<>();
        xs.add(encode(null));
        for (int t = 0; t + 1 < melody.size(); t++) {
            xs.add(encode(melody.get(t)));
        }
        return xs;
    }

    /** The targets: (pitch, duration) class of every note. */
    static int[][] targets(List<SeqNote> melody) {
        int[][] y = new int[melody.size()][];
        for (int t = 0; t < y.length; t++) {
            y[t] = new int[] {melody.get(t).pitchIndex(), melody.get(t).durationIndex()};
        }
        return y;
    }

    static NextNote split(Vec yHat) {
        double[] p = new double[Vocab.PITCHES];
        double[] d = new double[Vocab.DURATIONS];
        for (int k = 0; k < p.length; k++) {
            p[k] = yHat.get(k);
        }
        for (int k = 0; k < d.length; k++) {
            d[k] = yHat.get(Vocab.PITCHES + k);
        }
        return new NextNote(p, d);
    }

    /** The state after reading the start input and then {@code notes}. */
    private Vec state(List<SeqNote> notes) {
        Vec h = rnn.step(Vec.zeros(rnn.nHidden()), encode(null));
        for (SeqNote n : notes) {
            h = rnn.step(h, encode(n));
        }
        return h;
    }

    @Override
    public NextNote next(List<SeqNote> soFar) {
        return split(rnn.probabilities(state(soFar)));
    }

    /** One forward pass over the melody, O(n). */
    @Override
    public List<NextNote> teacherForced(List<SeqNote> melody) {
        List<NextNote> out = new ArrayList<>(melody.size());
        if (melody.isEmpty()) {
            return out;
        }
        int[][] none = new int[melody.size()][];
        RnnForward f = rnn.forward(inputs(melody), Vec.zeros(rnn.nHidden()), none, null);
        for (int t = 1; t <= f.T(); t++) {
            out.add(split(f.yHat(t)));
        }
        return out;
    }

    /** Samples n notes, carrying the hidden state along (O(n), as section 7.2 feeds outputs back in). */
    @Override
    public List<SeqNote> extend(List<SeqNote> opening, int n, double temperature, Random rng) {
        Vec h = state(opening);
        List<SeqNote> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SeqNote note = split(rnn.probabilities(h)).sample(rng, temperature);
            out.add(note);
            h = rnn.step(h, encode(note));
        }
        return out;
    }

    @Override
    public Map<String, Object> info() {
        Map<String, Object> m = new LinkedHashMap<>(info);
        m.put("hidden", rnn.nHidden());
        m.put("parameters", rnn.parameterCount());
        return m;
    }

    /** Sizes (n_in, n_h, pitch group, duration group), then W_xh, W_hh, b_h, W_ho, b_o row by row as doubles. */
    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(rnn.nIn());
        out.writeInt(rnn.nHidden());
        out.writeInt(rnn.groups()[0]);
        out.writeInt(rnn.groups()[1]);
        for (Param q : Param.values()) {
            Mat m = rnn.get(q);
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    out.writeDouble(m.get(i, j));
                }
            }
        }
    }

    static RnnSequenceModel readPayload(DataInputStream in, Map<String, Object> info) throws IOException {
        int nIn = in.readInt();
        int nH = in.readInt();
        int nP = in.readInt();
        int nD = in.readInt();
        if (nIn != Vocab.WIDTH || nP != Vocab.PITCHES || nD != Vocab.DURATIONS || nH < 1 || nH > 4096) {
            throw new IOException("RNN payload has sizes " + nIn + "→" + nH + "→(" + nP + ", " + nD + "), expected "
                    + Vocab.WIDTH + "→n_h→(" + Vocab.PITCHES + ", " + Vocab.DURATIONS + ")");
        }
        Mat wxh = readMat(in, nIn, nH);
        Mat whh = readMat(in, nH, nH);
        Vec bh = readMat(in, 1, nH).row(0);
        Mat who = readMat(in, nH, nP + nD);
        Vec bo = readMat(in, 1, nP + nD).row(0);
        Rnn rnn = new Rnn(wxh, whh, bh, who, bo, nP, nD);
        if (!rnn.isFinite()) {
            throw new IOException("RNN payload holds a NaN or infinite parameter");
        }
        return new RnnSequenceModel(rnn, info);
    }

    private static Mat readMat(DataInputStream in, int rows, int cols) throws IOException {
        ModelFile.need(in, (long) rows * cols, Double.BYTES, "RNN payload: a " + rows + "×" + cols + " matrix");
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = in.readDouble();
            }
        }
        return new Mat(m);
    }

    @Override
    public String toString() {
        return describe();
    }
}
