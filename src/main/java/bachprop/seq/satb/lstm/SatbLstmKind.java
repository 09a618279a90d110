package bachprop.seq.satb.lstm;

import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.satb.FourVoiceKind;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.PieceMemoryFit;
import bachprop.seq.satb.SatbData;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * {@code --model satb}: the four-voice LSTM ({@link SatbLstmModel}). Options (with defaults),
 * read by {@link SatbTrainer}: hidden 256, head 128, epochs 40, batch 4, eta 0.002, clip 1.0,
 * dropout 0.2, max-shift 6, seed 1, threads 2, max-seconds 570 (CPU time per worker thread),
 * average 0.99, members 1, memory 1 (0: no piece memory and no interval calibration). Payload version 3.
 */
public final class SatbLstmKind implements FourVoiceKind {
    @Override
    public String name() {
        return SatbLstmModel.KIND;
    }

    /** Version 2 = version 1's networks, then the piece memory's weights; version 3 adds the interval calibration. */
    @Override
    public int payloadVersion() {
        return 3;
    }

    @Override
    public int memorySince() {
        return 2;
    }

    @Override
    public int calibrationSince() {
        return 3;
    }

    /** The networks, then (unless {@code memory=0}) the piece memory's weights, chosen on the validation chorales. */
    @Override
    public FourVoiceModel train(SatbData data, TrainingOptions options, TrainingListener listener) {
        boolean memory = PieceMemoryFit.wanted(options);
        FourVoiceModel ltm = new SatbTrainer(options).train(data, listener);
        return memory ? PieceMemoryFit.calibrated(PieceMemoryFit.fit(ltm, data, listener), data, listener) : ltm;
    }

    @Override
    public FourVoiceModel read(DataInputStream in, int version) throws IOException {
        return SatbLstmModel.read(in, version, Map.of());
    }

    @Override
    public String toString() {
        return "SatbLstmKind[" + name() + ", payload v" + payloadVersion() + "]";
    }
}
