package bachprop.seq;

import bachprop.util.Paths2;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where a {@code --model} comes from, in this order: an explicit file ({@code --file}); the one
 * the user trained ({@code <user dir>/models/<kind>-<data>.bpm}, written by {@code train}); the
 * one shipped with the program ({@code /bachprop/models/<kind>-<data>.bpm} on the class path);
 * else it is trained now, with progress, and saved to the user's folder for next time.
 */
public final class ModelStore {
    private ModelStore() {}

    public static Path userFile(String kind, String data) {
        return Paths2.userDir().resolve("models").resolve(kind + "-" + data + ".bpm");
    }

    public static String resourceName(String kind, String data) {
        return "/bachprop/models/" + kind + "-" + data + ".bpm";
    }

    /** A model, and a line saying where it came from. */
    public record Loaded(SequenceModel model, String from) {}

    public static Loaded obtain(String kind, Path file, Corpus corpus, Consumer<String> say, TrainingListener listener)
            throws IOException {
        SequenceModels.kind(kind); // fails early, naming the known kinds
        if (file != null) {
            SequenceModel m = ModelFile.load(file);
            check(m, kind, file);
            return new Loaded(m, "model file " + file);
        }
        Path user = userFile(kind, corpus.name());
        if (Files.exists(user)) {
            SequenceModel m = ModelFile.load(user);
            check(m, kind, user);
            return new Loaded(m, "your trained model " + user);
        }
        String res = resourceName(kind, corpus.name());
        try (InputStream in = ModelStore.class.getResourceAsStream(res)) {
            if (in != null) {
                SequenceModel m = ModelFile.load(in, Path.of("classpath:" + res));
                check(m, kind, Path.of("classpath:" + res));
                return new Loaded(m, "the shipped model " + res);
            }
        }
        say.accept("no trained " + kind + " model for " + corpus.name() + " yet: training one now (saved to " + user
                + ")");
        SequenceModel m = SequenceModels.kind(kind).train(corpus.trainingData(), TrainingOptions.defaults(), listener);
        ModelFile.save(m, user);
        return new Loaded(m, "trained just now, saved to " + user);
    }

    private static void check(SequenceModel m, String kind, Path file) throws ModelFileException {
        if (!m.kind().equals(kind)) {
            throw new ModelFileException(file, "holds a " + m.kind() + " model, not " + kind);
        }
    }
}
