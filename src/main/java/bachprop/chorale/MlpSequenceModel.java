package bachprop.chorale;

import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.seq.ModelFile;
import bachprop.seq.NextNote;
import bachprop.seq.SeqNote;
import bachprop.seq.SequenceModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text's MLP (section 6.2: 32 notes in, 32 notes out, sigmoid layers, quadratic cost) as a
 * chapter-9 {@link SequenceModel}. The next note's distribution is the network's <em>first</em>
 * output note given the last 32 notes, each part (46 pitches, 16 durations) normalised by its sum
 * as the text does with its sigmoid outputs ({@link NoteEmbedding#pitchProbabilities}).
 *
 * <p>Only the first output note is computed (its 62 rows of the last layer); the other 31 output
 * notes are kept in the model and its file, as the text's network has them. Parameters are held
 * as floats (network.py uses float64): this halves the file and changes no digit that matters.
 */
public final class MlpSequenceModel implements SequenceModel {
    /** The input is {@value #IN} notes: the text's window. */
    public static final int IN = Windows.IN;

    private final int[] sizes;
    private final float[][] W; // W[l] for l = 2..L, row-major: entry (k, j) at k * size(l−1) + j
    private final float[][] b; // b[l] for l = 2..L
    private final Map<String, Object> info;

    private MlpSequenceModel(int[] sizes, float[][] W, float[][] b, Map<String, Object> info) {
        if (sizes.length < 2 || sizes[0] != IN * NoteEmbedding.WIDTH || sizes[sizes.length - 1] < NoteEmbedding.WIDTH) {
            throw new IllegalArgumentException("the text's chorale MLP takes " + IN * NoteEmbedding.WIDTH
                    + " inputs and has at least one output note (" + NoteEmbedding.WIDTH + " outputs), not sizes "
                    + Arrays.toString(sizes));
        }
        this.sizes = sizes.clone();
        this.W = W;
        this.b = b;
        this.info = new LinkedHashMap<>(info);
    }

    /** The weights and biases of a trained network, rounded to floats. */
    public static MlpSequenceModel of(Network net, Map<String, Object> info) {
        int L = net.L();
        float[][] W = new float[L + 1][];
        float[][] b = new float[L + 1][];
        for (int l = 2; l <= L; l++) {
            double[][] rows = net.weight(l).toArray();
            int cols = net.size(l - 1);
            W[l] = new float[rows.length * cols];
            for (int k = 0; k < rows.length; k++) {
                for (int j = 0; j < cols; j++) {
                    W[l][k * cols + j] = (float) rows[k][j];
                }
            }
            double[] bias = net.bias(l).toArray();
            b[l] = new float[bias.length];
            for (int k = 0; k < bias.length; k++) {
                b[l][k] = (float) bias[k];
            }
        }
        return new MlpSequenceModel(net.sizes(), W, b, info);
    }

    /** The model as the teaching {@link Network} (e.g. to look at in JShell). */
    public Network toNetwork() {
        List<Mat> weights = new ArrayList<>();
        List<Vec> biases = new ArrayList<>();
        for (int l = 2; l <= L(); l++) {
            double[][] rows = new double[size(l)][size(l - 1)];
            for (int k = 0; k < rows.length; k++) {
                for (int j = 0; j < rows[k].length; j++) {
                    rows[k][j] = W[l][k * size(l - 1) + j];
                }
            }
            double[] bias = new double[size(l)];
            for (int k = 0; k < bias.length; k++) {
                bias[k] = b[l][k];
            }
            weights.add(new Mat(rows));
            biases.add(new Vec(bias));
        }
        return new Network(weights, biases);
    }

    private int L() {
        return sizes.length;
    }

    private int size(int l) {
        return sizes[l - 1];
    }

    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public String kind() {
        return "mlp";
    }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("mlp: the text's network ");
        for (int i = 0; i < sizes.length; i++) {
            s.append(i == 0 ? "" : "-").append(sizes[i]);
        }
        s.append(", sigmoid, quadratic cost, SGD; next note = first output note given the last 32");
        if (info.containsKey("epochs")) {
            s.append(", ").append(info.get("epochs")).append(" epochs");
        }
        return s.toString();
    }

    /**
     * Where the ones of the input lie: note i of the window sets pitch and duration slots.
     * Departs from the text (its input is always 32 real notes): a shorter history is padded at the front with
     * copies of its first note, and an empty history is all zeros.
     */
    static int[] window(List<SeqNote> soFar) {
        if (soFar.isEmpty()) {
            return new int[0];
        }
        int[] ones = new int[2 * IN];
        int n = soFar.size();
        for (int i = 0; i < IN; i++) {
            int t = Math.max(0, n - IN + i);
            SeqNote note = soFar.get(t);
            ones[2 * i] = i * NoteEmbedding.WIDTH + note.pitchIndex();
            ones[2 * i + 1] = i * NoteEmbedding.WIDTH + NoteEmbedding.PITCHES + note.durationIndex();
        }
        return ones;
    }

    @Override
    public NextNote next(List<SeqNote> soFar) {
        double[] a = firstOutputNote(window(soFar));
        return new NextNote(NoteEmbedding.pitchProbabilities(a, 0), NoteEmbedding.durationProbabilities(a, 0));
    }

    /** (3)–(5) aˡ = σ(Wˡ aˡ⁻¹ + bˡ) layer by layer, for the first 62 outputs only; x is one-hot at {@code ones}. */
    double[] firstOutputNote(int[] ones) {
        double[] a = null;
        for (int l = 2; l <= L(); l++) {
            int rows = l == L() ? NoteEmbedding.WIDTH : size(l);
            a = sigma(l == 2 ? weightedInputOneHot(ones, rows) : weightedInput(l, a, rows));
        }
        return a;
    }

    /** (4) z² = W² x + b² for a 0/1 input x: the sum of the columns where x is 1. */
    private double[] weightedInputOneHot(int[] ones, int rows) {
        int cols = size(1);
        double[] z = new double[rows];
        for (int k = 0; k < rows; k++) {
            double s = b[2][k];
            int off = k * cols;
            for (int j : ones) {
                s += W[2][off + j];
            }
            z[k] = s;
        }
        return z;
    }

    /** (4) zˡ = Wˡ aˡ⁻¹ + bˡ for the first {@code rows} neurons of layer l. */
    private double[] weightedInput(int l, double[] aPrev, int rows) {
        int cols = size(l - 1);
        double[] z = new double[rows];
        for (int k = 0; k < rows; k++) {
            double s = b[l][k];
            int off = k * cols;
            for (int j = 0; j < cols; j++) {
                s += W[l][off + j] * aPrev[j];
            }
            z[k] = s;
        }
        return z;
    }

    /** (5) σ(z) = 1 / (1 + e⁻ᶻ), elementwise. */
    private static double[] sigma(double[] z) {
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = 1.0 / (1.0 + Math.exp(-z[k]));
        }
        return a;
    }

    @Override
    public Map<String, Object> info() {
        Map<String, Object> m = new LinkedHashMap<>(info);
        List<Integer> s = new ArrayList<>();
        for (int n : sizes) {
            s.add(n);
        }
        m.put("sizes", s);
        long params = 0;
        for (int l = 2; l <= L(); l++) {
            params += W[l].length + b[l].length;
        }
        m.put("parameters", params);
        return m;
    }

    /** The number of layers L, the sizes, then for l = 2..L the weights Wˡ row by row and the biases bˡ, as floats. */
    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(L());
        for (int n : sizes) {
            out.writeInt(n);
        }
        for (int l = 2; l <= L(); l++) {
            for (float w : W[l]) {
                out.writeFloat(w);
            }
            for (float v : b[l]) {
                out.writeFloat(v);
            }
        }
    }

    static MlpSequenceModel readPayload(DataInputStream in, Map<String, Object> info) throws IOException {
        int L = in.readInt();
        if (L < 2 || L > 8) {
            throw new IOException("MLP payload has " + L + " layers (2..8 expected)");
        }
        int[] sizes = new int[L];
        for (int i = 0; i < L; i++) {
            sizes[i] = in.readInt();
            if (sizes[i] < 1 || sizes[i] > 1 << 14) {
                throw new IOException("MLP payload: layer " + (i + 1) + " has " + sizes[i] + " neurons");
            }
        }
        if (sizes[0] != IN * NoteEmbedding.WIDTH || sizes[L - 1] != Windows.OUT * NoteEmbedding.WIDTH) {
            throw new IOException("MLP payload has sizes " + Arrays.toString(sizes) + "; the text's network is "
                    + IN * NoteEmbedding.WIDTH + " → … → " + Windows.OUT * NoteEmbedding.WIDTH);
        }
        float[][] W = new float[L + 1][];
        float[][] b = new float[L + 1][];
        for (int l = 2; l <= L; l++) {
            ModelFile.need(in, (long) sizes[l - 1] * sizes[l - 2], Float.BYTES, "MLP payload: layer " + (l - 1));
            W[l] = readFloats(in, sizes[l - 1] * sizes[l - 2]);
            b[l] = readFloats(in, sizes[l - 1]);
        }
        return new MlpSequenceModel(sizes, W, b, info);
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readFloat();
            if (!Float.isFinite(v[i])) {
                throw new IOException("MLP payload holds a NaN or infinite parameter");
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return describe();
    }
}
