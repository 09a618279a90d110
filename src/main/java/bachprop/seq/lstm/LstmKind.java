package bachprop.seq.lstm;

import bachprop.seq.ModelKind;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * {@code --model lstm}. Options (with defaults): hidden 256, epochs 60, batch 16, eta 0.003,
 * clip 1.0, dropout 0.3, patience 8, max-shift 6, range-margin 2, seed 1, threads 2,
 * max-seconds 280, average 0.99 (β of the parameter average that is validated and kept).
 */
public final class LstmKind implements ModelKind {
    @Override
    public String name() {
        return "lstm";
    }

    @Override
    public int payloadVersion() {
        return 1;
    }

    @Override
    public SequenceModel train(TrainingData data, TrainingOptions options, TrainingListener listener) {
        return new LstmTrainer(options).train(data, listener);
    }

    @Override
    public SequenceModel read(DataInputStream in, int version) throws IOException {
        return LstmModel.read(in, Map.of());
    }
}
