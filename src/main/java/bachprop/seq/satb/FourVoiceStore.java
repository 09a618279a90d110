package bachprop.seq.satb;

import bachprop.seq.ModelFileException;
import bachprop.seq.ModelStore;
import bachprop.seq.TrainingListener;
import bachprop.seq.TrainingOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where a four-voice {@code --model} comes from, in the order {@link ModelStore} uses for sequence
 * models: an explicit file; the user's trained {@code <user dir>/models/<kind>-jsb.bpm}; the one
 * shipped on the class path ({@code /bachprop/models/<kind>-jsb.bpm}); else trained now, with
 * progress, and saved to the user's folder for next time.
 */
public final class FourVoiceStore {
    private FourVoiceStore() {}

    /** A model, and a line saying where it came from. */
    public record Loaded(FourVoiceModel model, String from) {}

    public static Path userFile(String kind) {
        return ModelStore.userFile(kind, SatbCorpus.NAME);
    }

    public static String resourceName(String kind) {
        return ModelStore.resourceName(kind, SatbCorpus.NAME);
    }

    /**
     * The model of {@code kind}. {@code data} is only asked for when nothing is on disk (the
     * training data). @throws IllegalArgumentException for an unknown kind (naming the known ones)
     */
    public static Loaded obtain(
            String kind, Path file, Supplier<SatbData> data, Consumer<String> say, TrainingListener listener)
            throws IOException {
        FourVoiceModels.kind(kind); // fails early, naming the known kinds
        if (file != null) {
            return new Loaded(check(FourVoiceFile.load(file), kind, file), "model file " + file);
        }
        Path user = userFile(kind);
        if (Files.exists(user)) {
            return new Loaded(check(FourVoiceFile.load(user), kind, user), "your trained model " + user);
        }
        String res = resourceName(kind);
        try (InputStream in = FourVoiceStore.class.getResourceAsStream(res)) {
            if (in != null) {
                Path name = Path.of("classpath:" + res);
                return new Loaded(check(FourVoiceFile.load(in, name), kind, name), "the shipped model " + res);
            }
        }
        say.accept("no trained " + kind + " model yet: training one now (saved to " + user + ")");
        FourVoiceModel m = FourVoiceModels.kind(kind).train(data.get(), TrainingOptions.defaults(), listener);
        FourVoiceFile.save(m, user);
        return new Loaded(m, "trained just now, saved to " + user);
    }

    private static FourVoiceModel check(FourVoiceModel m, String kind, Path file) throws ModelFileException {
        if (!m.kind().equals(kind)) {
            throw new ModelFileException(file, "holds a " + m.kind() + " model, not " + kind);
        }
        return m;
    }
}
