package bachprop.seq.lstm;

import bachprop.seq.ModelKind;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * {@code --model lstm}. Options (with defaults): hidden 176, epochs 60, batch 8, eta 0.005,
 * clip 1.0, dropout 0.5, patience 8, max-shift 6, range-margin 6, seed 1, threads 2,
 * max-seconds 290 (counted in CPU time per worker thread, i.e. on cores of its own), average 0.99
 * (β of the parameter average that is validated and kept), members 4 (networks trained from
 * different seeds and averaged), stop-on-pitch 1 (early stopping watches the validation pitch bits; 0: pitch + duration bits),
 * refit 1 (a scout network trained on the train split and early-stopped on the validation split
 * fixes the epochs and step sizes; the members are then trained on train + validation with them;
 * 0: the members themselves are early-stopped on the validation split), top-p 0.98 (the nucleus
 * that {@code extend} samples from), viewpoints 1 (feature layout 2: the score's key, bar position,
 * fermata and contour, {@link Features}; 0: layout 1), stm 1 (combine with a short-term model of
 * the melody being predicted, {@link StmSettings#DEFAULT}; 0: the LSTM alone), stm-bias (its
 * mixture weight or bias, 0.2). Payload v4 records the layout and, at the end, the STM settings;
 * v1–v3 files read layout 1 and the LSTM alone.
 */
public final class LstmKind implements ModelKind {
    @Override
    public String name() {
        return "lstm";
    }

    @Override
    public int payloadVersion() {
        return 4; // v4: the feature layout, and the STM settings at the end (v1..v3: layout 1, the LSTM alone)
    }

    @Override
    public SequenceModel train(TrainingData data, TrainingOptions options, TrainingListener listener) {
        boolean stm = options.getInt("stm", 1) != 0;
        double bias =
                options.getDouble("stm-bias", StmSettings.DEFAULT.combination().bias());
        StmSettings settings = StmSettings.DEFAULT.with(stm, bias); // checked before the long training
        return LongShortTerm.of(new LstmTrainer(options).train(data, listener), settings);
    }

    @Override
    public SequenceModel read(DataInputStream in, int version) throws IOException {
        LstmModel ltm = LstmModel.read(in, version, Map.of());
        return LongShortTerm.of(ltm, version >= 4 ? StmSettings.read(in) : StmSettings.OFF);
    }
}
