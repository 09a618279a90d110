package bachprop.seq.lstm;

import bachprop.seq.ModelKind;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * {@code --model lstm}. Options (with defaults): hidden 176, epochs 60, batch 8, eta 0.005,
 * clip 1.0, dropout 0.5, patience 8, max-shift 6, range-margin 6, seed 1, threads 2,
 * max-seconds 290 (counted in CPU time per worker thread, i.e. on cores of its own), average 0.99
 * (β of the parameter average that is validated and kept), members 8 (networks trained from
 * different seeds and averaged), stop-on-pitch 1 (early stopping watches the validation pitch bits; 0: pitch + duration bits),
 * refit 1 (a scout network trained on the train split and early-stopped on the validation split
 * fixes the epochs and step sizes; the members are then trained on train + validation with them;
 * 0: the members themselves are early-stopped on the validation split), top-p 0.98 (the nucleus
 * that {@code extend} samples from), viewpoints 1 (feature layout 2: the score's key, bar position,
 * fermata and contour, {@link Features}; 0: layout 1), stm 1 (combine with a short-term model of
 * the melody being predicted, {@link StmSettings#DEFAULT}; 0: the LSTM alone), stm-bias (its
 * mixture weight or bias, 0.2), choose-sampling 1 (top-p and whether to sample without the STM are
 * chosen on the validation split by {@link SamplingChoice}; 0 when {@code top-p} or
 * {@code sample-alone} is given), sample-alone 0 (1: {@code extend} draws from the LSTM's own
 * distribution, the STM still scoring). Payload v5 adds the sampling source; v4 records the layout and, at the end, the STM settings;
 * v1–v3 files read layout 1 and the LSTM alone.
 */
public final class LstmKind implements ModelKind {
    @Override
    public String name() {
        return "lstm";
    }

    @Override
    public int payloadVersion() {
        return 5; // v5: whether it samples without the STM; v4: the feature layout, and the STM settings at the end
        // (v1..v3: layout 1, the LSTM alone)
    }

    @Override
    public SequenceModel train(TrainingData data, TrainingOptions options, TrainingListener listener) {
        boolean stm = options.getInt("stm", 1) != 0;
        double bias =
                options.getDouble("stm-bias", StmSettings.DEFAULT.combination().bias());
        StmSettings settings = StmSettings.DEFAULT.with(stm, bias); // checked before the long training
        // how it samples: chosen on the validation split unless top-p or sample-alone is given
        boolean fixed = options.given("top-p") || options.given("sample-alone");
        boolean choose = options.getInt("choose-sampling", fixed ? 0 : 1) != 0;
        boolean alone = options.getInt("sample-alone", 0) != 0;
        LstmTrainer trainer = new LstmTrainer(options);
        LstmModel ltm = trainer.train(data, listener);
        if (choose && !data.valid().isEmpty()) {
            listener.update(new TrainingStatus(
                    1, 1, 1.0, Double.NaN, Double.NaN, "choosing how to sample on the validation split"));
            SamplingChoice.Result r = SamplingChoice.choose(
                    trainer.trainOnlyNetwork(), settings, data.valid(), trainer.seed, trainer.threads);
            listener.update(new TrainingStatus(1, 1, 1.0, Double.NaN, Double.NaN, "sampling: " + r.chosen()));
            ltm = ltm.withSampling(r.chosen().topP(), r.chosen().alone()).withInfo(Map.of("sampling", r.toJson()));
        } else if (alone) {
            ltm = ltm.withSampling(ltm.topP, true);
        }
        return LongShortTerm.of(ltm, settings);
    }

    @Override
    public SequenceModel read(DataInputStream in, int version) throws IOException {
        LstmModel ltm = LstmModel.read(in, version, Map.of());
        return LongShortTerm.of(ltm, version >= 4 ? StmSettings.read(in) : StmSettings.OFF);
    }
}
