package bachprop.seq.lstm;

import bachprop.seq.ModelKind;
import bachprop.seq.NoteSequence;
import bachprop.seq.SequenceModel;
import bachprop.seq.TrainingData;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;
import bachprop.seq.ngram.NgramKind;
import bachprop.seq.ngram.NgramModel;
import bachprop.seq.stm.LongShortTerm;
import bachprop.seq.stm.StmSettings;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * distribution, the STM still scoring), ngram-weight −1 (the weight w of the trained n-gram in the
 * pitch distribution, p ∝ p_LSTM^(1 − w) · p_n-gram^w, chosen on the validation split by
 * {@link NgramWeightChoice}; given: fixed; 0: no n-gram), calibrate 1 (an interval calibration of
 * sampling fitted on the validation openings, {@link SamplingChoice#calibrate}; 0: none). Payload
 * v6 adds the n-gram, its weight and the calibration, and deflates the networks; v5 adds the sampling source; v4 records the layout and, at the end, the STM settings;
 * v1–v3 files read layout 1 and the LSTM alone.
 */
public final class LstmKind implements ModelKind {
    @Override
    public String name() {
        return "lstm";
    }

    @Override
    public int payloadVersion() {
        return 6; // v6: the n-gram and its weight, the interval calibration, the networks deflated; v5: whether it
        // samples without the STM; v4: the feature layout, and the STM settings at the end
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
        double fixedWeight = options.getDouble("ngram-weight", -1); // −1: chosen on the validation split
        boolean calibrate = options.getInt("calibrate", 1) != 0;
        if (!(fixedWeight == -1 || fixedWeight >= 0 && fixedWeight < 1)) {
            throw new IllegalArgumentException("ngram-weight is in [0, 1) or −1 (chosen), not " + fixedWeight);
        }
        LstmTrainer trainer = new LstmTrainer(options);
        LstmModel ltm = trainer.train(data, listener);
        Choices choices = new Choices(fixedWeight, choose, alone, calibrate);
        return LongShortTerm.of(
                choices.make(
                        ltm,
                        trainer.trainOnlyNetworks(),
                        trainer.trainOnlyNetwork(),
                        trainer.refit,
                        data,
                        settings,
                        trainer.seed,
                        trainer.threads,
                        listener),
                settings);
    }

    /**
     * What is chosen on the validation split once the networks are trained: the n-gram's weight
     * ({@code fixedWeight} −1: chosen), the sampling nucleus and source ({@code chooseSampling}, else
     * {@code alone} as given) and the interval calibration ({@code calibrate}).
     */
    public record Choices(double fixedWeight, boolean chooseSampling, boolean alone, boolean calibrate) {
        /**
         * Makes the choices for {@code ltm}, with {@code trainOnly} (the networks trained on the train
         * split alone) for the n-gram weight and {@code first} (the first of them) for sampling.
         */
        public LstmModel make(
                LstmModel ltm,
                List<Lstm> trainOnly,
                Lstm first,
                boolean refit,
                TrainingData data,
                StmSettings settings,
                long seed,
                int threads,
                TrainingListener listener) {
            boolean valid = !data.valid().isEmpty();
            // the train-only model the sampling choices are made with: the first train-only network (and n-gram)
            LstmModel scout = new LstmModel(List.of(first), Map.of());
            if (valid && fixedWeight != 0) {
                listener.update(status("training the n-gram joined to the networks"));
                NgramModel ngram = NgramKind.trainDefault(data, s -> {});
                double w = fixedWeight;
                if (w < 0) {
                    NgramWeightChoice.Result r = NgramWeightChoice.choose(trainOnly, ngram, settings, data.valid());
                    listener.update(status("n-gram: " + r.chosen()));
                    ltm = ltm.withInfo(Map.of("ngramWeight", r.toJson()));
                    w = r.chosen().weight();
                }
                scout = scout.withNgram(ngram, w);
                ltm = ltm.withNgram(refit ? ngram.refit(trainPlusValid(data)) : ngram, w);
            }
            if (chooseSampling && valid) {
                listener.update(status("choosing how to sample on the validation split"));
                SamplingChoice.Result r = SamplingChoice.choose(scout, settings, data.valid(), seed, threads);
                listener.update(status("sampling: " + r.chosen()));
                ltm = ltm.withSampling(r.chosen().topP(), r.chosen().alone()).withInfo(Map.of("sampling", r.toJson()));
            } else if (alone) {
                ltm = ltm.withSampling(ltm.topP, true);
            }
            if (calibrate && valid) {
                listener.update(status("fitting the interval calibration on the validation openings"));
                SamplingChoice.Calibration c = SamplingChoice.calibrate(
                        scout.withSampling(ltm.topP, ltm.samplesAlone),
                        settings,
                        data.valid(),
                        trainPlusValid(data),
                        seed);
                listener.update(status("calibration: round " + c.round() + ", KL per round " + c.klBits()));
                ltm = ltm.withCalibration(c.chosen()).withInfo(Map.of("calibration", c.toJson()));
            }
            return ltm;
        }
    }

    private static TrainingStatus status(String message) {
        return new TrainingStatus(1, 1, 1.0, Double.NaN, Double.NaN, message);
    }

    private static List<NoteSequence> trainPlusValid(TrainingData data) {
        List<NoteSequence> all = new ArrayList<>(data.train());
        all.addAll(data.valid());
        return all;
    }

    @Override
    public SequenceModel read(DataInputStream in, int version) throws IOException {
        LstmModel ltm = LstmModel.read(in, version, Map.of());
        return LongShortTerm.of(ltm, version >= 4 ? StmSettings.read(in) : StmSettings.OFF);
    }
}
