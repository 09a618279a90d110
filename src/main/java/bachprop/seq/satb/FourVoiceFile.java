package bachprop.seq.satb;

import bachprop.seq.ModelFile;
import bachprop.seq.SequenceModels;
import bachprop.util.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A four-voice model's file: the same format as a sequence model's ({@link ModelFile}: the line
 * {@code bachprop-model 1}, a JSON header with kind, payload version, length, SHA-256, describe and
 * info, then the payload), read and written by the same code; only the kinds come from
 * {@link FourVoiceModels}. Saves are atomic; every failure is one line naming the file.
 */
public final class FourVoiceFile {
    private FourVoiceFile() {}

    /** Saves atomically (the old file stays whole until the new one is complete). */
    public static void save(FourVoiceModel model, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(model));
    }

    /** The long-term model's payload, then (from the kind's {@link FourVoiceKind#memorySince()}) the memory weights. */
    public static byte[] toBytes(FourVoiceModel model) throws IOException {
        FourVoiceKind kind = FourVoiceModels.kind(model.kind());
        MemoryWeights weights = PieceMemoryModel.weightsOf(model);
        if (weights.on() && kind.payloadVersion() < kind.memorySince()) {
            throw new IOException("a " + model.kind() + " model file cannot store a piece memory");
        }
        if (!model.calibration().isNone() && kind.payloadVersion() < kind.calibrationSince()) {
            throw new IOException("a " + model.kind() + " model file cannot store an interval calibration");
        }
        return ModelFile.encode(model.kind(), kind::payloadVersion, model.describe(), model.info(), out -> {
            PieceMemoryModel.longTermOf(model).writePayload(out);
            if (kind.payloadVersion() >= kind.memorySince()) {
                weights.write(out);
            }
            if (kind.payloadVersion() >= kind.calibrationSince()) {
                model.calibration().write(out);
            }
        });
    }

    public static FourVoiceModel load(Path file) throws IOException {
        return fromBytes(ModelFile.read(file), file);
    }

    public static FourVoiceModel load(InputStream in, Path nameForErrors) throws IOException {
        return fromBytes(in.readAllBytes(), nameForErrors);
    }

    static FourVoiceModel fromBytes(byte[] bytes, Path file) throws IOException {
        return ModelFile.decode(bytes, file, FourVoiceFile::reader);
    }

    private static ModelFile.KindReader<FourVoiceModel> reader(String name) {
        if (!FourVoiceModels.available(name) && SequenceModels.available(name)) {
            throw new IllegalArgumentException("holds a one-voice " + name + " model, not a four-voice one (known: "
                    + String.join(", ", FourVoiceModels.names()) + ")");
        }
        FourVoiceKind kind = FourVoiceModels.kind(name);
        return new ModelFile.KindReader<>(kind.payloadVersion(), (in, version) -> {
            FourVoiceModel ltm = kind.read(in, version);
            MemoryWeights weights = version >= kind.memorySince() ? MemoryWeights.read(in) : MemoryWeights.OFF;
            FourVoiceCalibration calibration =
                    version >= kind.calibrationSince() ? FourVoiceCalibration.read(in) : FourVoiceCalibration.NONE;
            return PieceMemoryModel.of(ltm, weights, calibration);
        });
    }
}
