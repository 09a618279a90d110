package bachprop.seq.viz;

import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.ModelFile;
import bachprop.seq.ModelStore;
import bachprop.seq.SequenceModel;
import bachprop.seq.SequenceModels;
import bachprop.seq.TrainingListener;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Theme;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;

/**
 * {@code extender} (chapter 9): a test chorale's opening extended by every model side by side.
 * Options: {@code chorale} (default test:305), {@code opening} (8), {@code notes} (32),
 * {@code temperature} (1.0), {@code seed} (1), {@code data} (jsb), {@code models} (comma list,
 * default mlp,ngram,rnn,lstm), {@code step} (new notes shown). A model is used if a trained file
 * exists (yours or the shipped one); the n-gram, which trains in seconds, is trained if not.
 */
public final class ExtenderVisualiser extends BaseVisualiser<ExtenderModel> {
    public ExtenderVisualiser(Map<String, String> options) {
        super("extender", modelFrom(options), Theme.STANDARD); // the view has no projector styling: always the standard theme
        if (options.containsKey("step")) {
            model.seek(integer(options, "step", 0));
        }
    }

    static ExtenderModel modelFrom(Map<String, String> options) {
        Corpus corpus = Corpora.load(options.getOrDefault("data", "jsb"));
        Map<String, SequenceModel> models = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String kind : options.getOrDefault("models", "mlp,ngram,rnn,lstm").split(",")) {
            kind = kind.trim();
            try {
                SequenceModel m = find(kind, corpus);
                if (m == null) {
                    missing.put(kind, "no trained model yet (bachprop chorale train --model " + kind + ")");
                } else {
                    models.put(kind, m);
                }
            } catch (Exception e) {
                missing.put(kind, e.getMessage());
            }
        }
        return new ExtenderModel(corpus, models, missing, options.getOrDefault("chorale", "test:305"),
            integer(options, "opening", 8), integer(options, "notes", 32), number(options, "temperature", 1.0), integer(options, "seed", 1));
    }

    /** A saved model of this kind, the n-gram trained now if none is saved, else null. */
    static SequenceModel find(String kind, Corpus corpus) throws Exception {
        if (!SequenceModels.available(kind)) {
            throw new IllegalArgumentException("model '" + kind + "' is not part of this build");
        }
        Path user = ModelStore.userFile(kind, corpus.name());
        if (Files.exists(user)) {
            return ModelFile.load(user);
        }
        String res = ModelStore.resourceName(kind, corpus.name());
        try (InputStream in = ExtenderVisualiser.class.getResourceAsStream(res)) {
            if (in != null) {
                return ModelFile.load(in, Path.of("classpath:" + res));
            }
        }
        if (kind.equals("ngram")) {
            return ModelStore.obtain(kind, null, corpus, s -> { }, TrainingListener.NONE).model();
        }
        return null;
    }

    static int integer(Map<String, String> o, String name, int fallback) {
        try {
            return o.containsKey(name) ? Integer.parseInt(o.get(name).trim()) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + ": '" + o.get(name) + "' is not a whole number");
        }
    }

    static double number(Map<String, String> o, String name, double fallback) {
        try {
            return o.containsKey(name) ? Double.parseDouble(o.get(name).trim()) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + ": '" + o.get(name) + "' is not a number");
        }
    }

    @Override
    protected Node createView() {
        return new ExtenderView(model);
    }

    @Override
    public String toString() {
        return "extender (" + model + ")";
    }
}
