package bachprop.seq.lstm;

import bachprop.seq.IntervalCalibration;
import bachprop.seq.ModelFile;
import bachprop.seq.ngram.NgramKind;
import bachprop.seq.ngram.NgramModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/** The LSTM extender's payload (versions 1–6; docs/sequence-models.md): written and read here, kept out of {@link LstmModel}. */
final class LstmPayload {
    private LstmPayload() {}

    /** The most bytes the deflated networks may unpack to (64 MB: 32 million bfloat16 numbers; the shipped 8 networks take 4 MB). */
    static final int MAX_UNPACKED = 64 << 20;

    /** What {@link LstmModel#writeBody} writes: the payload but the STM settings at its end. */
    static void write(LstmModel m, DataOutputStream out) throws IOException {
        out.writeInt(m.nets.size());
        out.writeFloat((float) m.topP);
        out.writeInt(m.layout.number);
        out.writeBoolean(m.samplesAlone);
        out.writeFloat((float) m.ngramWeight);
        m.calibration().write(out);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DataOutputStream net = new DataOutputStream(
                new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16))) {
            for (Lstm n : m.nets) {
                net.writeInt(n.inputs);
                net.writeInt(n.hidden);
                net.writeInt(n.pitches);
                net.writeInt(n.durations);
                for (double[] row : n.theta) {
                    for (double v : row) {
                        net.writeShort(LstmModel.toBf16(v));
                    }
                }
            }
        }
        out.writeInt(packed.size());
        packed.writeTo(out);
        if (m.ngram != null) {
            m.ngram.writeBody(out);
        }
    }

    /** Reads payload versions 1 to 6. */
    static LstmModel read(DataInputStream in, int version, Map<String, Object> info) throws IOException {
        int count = version >= 2 ? in.readInt() : 1;
        if (count < 1 || count > 64) {
            throw new IllegalArgumentException("implausible number of networks " + count);
        }
        double topP =
                version >= 3 ? Double.parseDouble(Float.toString(in.readFloat())) : 1.0; // 0.98f reads back as 0.98
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top-p " + topP + " is not in (0, 1]");
        }
        Features.Layout layout = version >= 4 ? Features.Layout.of(in.readInt()) : Features.Layout.V1;
        boolean alone = version >= 5 && in.readBoolean();
        double w = 0;
        IntervalCalibration calibration = IntervalCalibration.NONE;
        DataInputStream networks = in;
        if (version >= 6) {
            w = Double.parseDouble(Float.toString(in.readFloat()));
            calibration = IntervalCalibration.read(in);
            int packed = in.readInt();
            ModelFile.need(in, packed, 1, "LSTM payload (deflated networks)");
            byte[] unpacked;
            try (InflaterInputStream z = new InflaterInputStream(new ByteArrayInputStream(in.readNBytes(packed)))) {
                unpacked = z.readNBytes(MAX_UNPACKED + 1);
            }
            if (unpacked.length > MAX_UNPACKED) {
                throw new IllegalArgumentException(
                        "the deflated networks unpack to more than " + MAX_UNPACKED + " bytes");
            }
            networks = new DataInputStream(new ByteArrayInputStream(unpacked));
        }
        List<Lstm> nets = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            int inputs = networks.readInt();
            int hidden = networks.readInt();
            int pitches = networks.readInt();
            int durations = networks.readInt();
            if (inputs < 1
                    || inputs > 10_000
                    || hidden < 1
                    || hidden > 10_000
                    || pitches < 1
                    || durations < 1
                    || pitches + durations > 10_000) {
                throw new IllegalArgumentException(
                        "implausible LSTM shape " + inputs + "→" + hidden + "→" + pitches + "+" + durations);
            }
            // the four gates alone hold 4·n_h·(n_in + n_h) weights: check they are there before allocating
            ModelFile.need(
                    networks,
                    4L * hidden * (inputs + hidden),
                    version >= 2 ? 2 : Float.BYTES,
                    "LSTM payload (" + inputs + "→" + hidden + ")");
            if (inputs != layout.width) {
                throw new IllegalArgumentException("an LSTM of " + inputs + " inputs does not read feature layout "
                        + layout.number + " (" + layout.width + " inputs)");
            }
            Lstm net = new Lstm(inputs, hidden, pitches, durations);
            for (double[] row : net.theta) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = version >= 2 ? LstmModel.fromBf16(networks.readUnsignedShort()) : networks.readFloat();
                    if (!Double.isFinite(row[k])) {
                        throw new IllegalArgumentException("a parameter is not a finite number");
                    }
                }
            }
            nets.add(net);
        }
        if (networks != in && networks.available() > 0) {
            throw new IllegalArgumentException(networks.available() + " bytes left after the deflated networks");
        }
        NgramModel ngram = w > 0 ? NgramKind.readBody(in, NgramKind.BODY_VERSION) : null;
        return new LstmModel(nets, info, topP, alone, ngram, w, calibration);
    }
}
