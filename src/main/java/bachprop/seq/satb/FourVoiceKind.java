package bachprop.seq.satb;

import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * One kind of four-voice model ({@code satb}, {@code satb-ngram}): how to train one and how to
 * read one back. Listed, typed, in {@code bachprop.seq.satb.kinds.FourVoiceKinds}.
 */
public interface FourVoiceKind {
    /** e.g. {@code satb}; equals {@link FourVoiceModel#kind()} of what it makes. */
    String name();

    /** The version of the payload that {@link FourVoiceModel#writePayload} writes now. */
    int payloadVersion();

    /** Trains a model from scratch; every choice is made on {@code data.valid()}. */
    FourVoiceModel train(SatbData data, TrainingOptions options, TrainingListener listener);

    /**
     * The first payload version that ends with the {@link MemoryWeights} of a {@link PieceMemoryModel}
     * (written and read by {@link FourVoiceFile}); a kind without a piece memory never has one.
     */
    default int memorySince() {
        return Integer.MAX_VALUE;
    }

    /** The first payload version that ends (after the memory weights) with a {@link FourVoiceCalibration}. */
    default int calibrationSince() {
        return Integer.MAX_VALUE;
    }

    /** The load hook: reads a payload of {@code version} ≤ {@link #payloadVersion()}. */
    FourVoiceModel read(DataInputStream in, int version) throws IOException;
}
