package bachprop.seq.satb;

import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import bachprop.seq.TrainingStatus;

/** The last step of training a four-voice kind: its piece memory's weights, chosen on the validation chorales. */
public final class PieceMemoryFit {
    private PieceMemoryFit() {}

    /** The option {@code memory}: 1 (the default) to add a piece memory, 0 for the long-term model alone. */
    public static boolean wanted(TrainingOptions options) {
        int memory = options.getInt("memory", 1);
        if (memory != 0 && memory != 1) {
            throw new IllegalArgumentException("memory must be 0 or 1, not " + memory);
        }
        return memory == 1;
    }

    /** The trained model with its memory weights (a no-op when no weight helps on validation). */
    public static FourVoiceModel fit(FourVoiceModel ltm, SatbData data, TrainingListener listener) {
        long start = System.nanoTime();
        FourVoiceModel model = PieceMemoryModel.fitted(ltm, data.valid());
        String took = String.format("%.1f s", (System.nanoTime() - start) / 1e9);
        listener.update(new TrainingStatus(
                0, 1, 1.0, Double.NaN, Double.NaN, PieceMemoryModel.weightsOf(model) + " (chosen in " + took + ")"));
        return model;
    }

    /** The model with the rule-keeping sampler's interval calibration fitted on the validation openings ({@link CalibrationFit}). */
    public static FourVoiceModel calibrated(FourVoiceModel model, SatbData data, TrainingListener listener) {
        long start = System.nanoTime();
        FourVoiceCalibration c = CalibrationFit.fit(
                model,
                data.train(),
                data.valid(),
                m -> listener.update(new TrainingStatus(0, 1, 1.0, Double.NaN, Double.NaN, m)));
        String took = String.format("%.1f s", (System.nanoTime() - start) / 1e9);
        listener.update(new TrainingStatus(0, 1, 1.0, Double.NaN, Double.NaN, c + " (fitted in " + took + ")"));
        return PieceMemoryModel.of(model, PieceMemoryModel.weightsOf(model), c);
    }
}
