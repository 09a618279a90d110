package bachprop.seq;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * One kind of sequence model as {@code bachprop chorale train} and model files see it: how to
 * train one and how to read one back. Listed, typed, in {@code bachprop.seq.kinds.BuiltinModelKinds}.
 */
public interface ModelKind {
    /** e.g. {@code lstm}; equals {@link SequenceModel#kind()} of what it makes. */
    String name();

    /** The version of the payload that {@link SequenceModel#writePayload} writes now. */
    int payloadVersion();

    /** Trains a model from scratch (long work reports through {@code listener}). */
    SequenceModel train(TrainingData data, TrainingOptions options, TrainingListener listener);

    /** The load hook: reads a payload of {@code version} ≤ {@link #payloadVersion()}. */
    SequenceModel read(DataInputStream in, int version) throws IOException;
}
