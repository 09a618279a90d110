package bachprop.seq.satb.lstm;

import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.satb.FourVoiceKind;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.SatbData;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * {@code --model satb}: the four-voice LSTM ({@link SatbLstmModel}). Options (with defaults),
 * read by {@link SatbTrainer}: hidden 256, head 128, epochs 40, batch 4, eta 0.002, clip 1.0,
 * dropout 0.2, max-shift 6, seed 1, threads 2, max-seconds 570 (CPU time per worker thread),
 * average 0.99, members 1. Payload version 1.
 */
public final class SatbLstmKind implements FourVoiceKind {
    @Override
    public String name() {
        return SatbLstmModel.KIND;
    }

    @Override
    public int payloadVersion() {
        return 1;
    }

    @Override
    public FourVoiceModel train(SatbData data, TrainingOptions options, TrainingListener listener) {
        return new SatbTrainer(options).train(data, listener);
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
