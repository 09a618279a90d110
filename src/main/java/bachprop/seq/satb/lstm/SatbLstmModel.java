package bachprop.seq.satb.lstm;

import bachprop.seq.lstm.LstmModel;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoicePredictor;
import bachprop.seq.satb.Tokens;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Model kind {@code satb}: one or more {@link SatbNet}s whose distributions are averaged. The
 * payload (version 1): the number of networks; per network its hidden and head sizes, then θ
 * row after row as bfloat16 (the top half of a float32, rounded to nearest even, as the melody
 * LSTM's files; {@link #roundToStored} makes the model in memory the one its file holds).
 */
public final class SatbLstmModel implements FourVoiceModel {
    public static final String KIND = "satb";

    final List<SatbNet> nets;
    private final Map<String, Object> info;
    private volatile List<SatbFast> fast;

    public SatbLstmModel(List<SatbNet> nets, Map<String, Object> info) {
        if (nets.isEmpty()) {
            throw new IllegalArgumentException("a satb model needs at least one network");
        }
        this.nets = List.copyOf(nets);
        this.info = info;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String describe() {
        SatbNet n = nets.get(0);
        return KIND + ": " + nets.size() + " × LSTM " + SatbFeatures.INPUTS + "→" + n.hidden
                + " over steps, a head per voice (" + n.hidden + " + " + SatbFeatures.CONDITIONS + " → " + n.head
                + " → 47, relative logits), " + n.parameters() * nets.size() + " parameters";
    }

    @Override
    public FourVoicePredictor start() {
        return new SatbPredictor(nets);
    }

    /** The batched float32 pass ({@link SatbFast}) over the whole chorale, networks averaged: the predictor's numbers to float precision. */
    @Override
    public double[][][] teacherForced(int[][] tokens) {
        double[][][] out = new double[tokens.length][Tokens.VOICES][Tokens.COUNT];
        if (tokens.length == 0) {
            return out;
        }
        for (SatbFast f : fast()) {
            SatbTape tape = new SatbTape();
            tape.load(f, List.<int[][]>of(tokens));
            f.forward(tape, 1.0, null);
            for (int t = 0; t < tokens.length; t++) {
                for (int v = 0; v < Tokens.VOICES; v++) {
                    for (int q = 0; q < Tokens.COUNT; q++) {
                        out[t][v][q] += tape.p[v][t * Tokens.COUNT + q] / nets.size();
                    }
                }
            }
        }
        return out;
    }

    private List<SatbFast> fast() {
        List<SatbFast> f = fast;
        if (f == null) {
            f = new ArrayList<>();
            for (SatbNet n : nets) {
                f.add(new SatbFast(n));
            }
            fast = f;
        }
        return f;
    }

    @Override
    public Map<String, Object> info() {
        return info;
    }

    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(nets.size());
        for (SatbNet n : nets) {
            out.writeInt(n.hidden);
            out.writeInt(n.head);
            for (double[] row : n.theta) {
                for (double v : row) {
                    out.writeShort(LstmModel.toBf16(v));
                }
            }
        }
    }

    /** Reads what {@link #writePayload} wrote (the networks: the same in payload versions 1 to 3). */
    public static SatbLstmModel read(DataInputStream in, int version, Map<String, Object> info) throws IOException {
        if (version < 1 || version > 3) {
            throw new IllegalArgumentException("satb payload version " + version + " is not 1, 2 or 3");
        }
        int count = in.readInt();
        if (count < 1 || count > 16) {
            throw new IllegalArgumentException("implausible number of satb networks " + count);
        }
        List<SatbNet> nets = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            int hidden = in.readInt();
            int head = in.readInt();
            if (hidden < 1 || hidden > 4096 || head < 1 || head > 4096) {
                throw new IllegalArgumentException("implausible satb sizes: hidden " + hidden + ", head " + head);
            }
            SatbNet n = new SatbNet(hidden, head);
            for (double[] row : n.theta) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = LstmModel.fromBf16(in.readUnsignedShort());
                    if (!Double.isFinite(row[k])) {
                        throw new IllegalArgumentException("a satb parameter is not a finite number");
                    }
                }
            }
            nets.add(n);
        }
        return new SatbLstmModel(nets, info);
    }

    /** Rounds θ to what the file stores (bfloat16), so the model in memory is exactly the one its file holds. */
    public void roundToStored() {
        for (SatbNet n : nets) {
            for (double[] row : n.theta) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = LstmModel.fromBf16(LstmModel.toBf16(row[k]));
                }
            }
        }
        fast = null;
    }

    @Override
    public String toString() {
        return "SatbLstmModel[" + describe() + "]";
    }
}
