package bachprop.seq.viz;

import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.ModelFile;
import bachprop.seq.ModelStore;
import bachprop.seq.SequenceModel;
import bachprop.seq.SequenceModels;
import bachprop.seq.TrainingListener;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
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
 * default mlp,ngram,rnn,lstm), {@code step} (new notes shown), {@code surprise} (true: each note shaded by its
 * information content under its model). A model is used if a trained file
 * exists (yours or the shipped one); the n-gram, which trains in seconds, is trained if not.
 */
public final class ExtenderVisualiser extends BaseVisualiser<ExtenderModel> {
    public ExtenderVisualiser(Map<String, String> options) {
        this(new Options("extender", options));
    }

    private ExtenderVisualiser(Options o) {
        super("extender", modelFrom(o), o.theme());
        model.setSurpriseShown(o.flag("surprise", true));
        if (o.map().containsKey("step")) {
            model.seek((int) o.whole("step", 0));
        }
    }

    /** The step and measures (as every visualiser says them), then each model's most surprising notes. */
    @Override
    protected String describe() {
        StringBuilder sb = new StringBuilder(super.describe());
        if (model.surpriseShown()) {
            for (int i = 0; i < model.extensions().size(); i++) {
                sb.append(' ').append(model.extensions().get(i).kind()).append(": ");
                sb.append(ExtenderView.spoken(model.mostSurprising(i, 1))).append('.');
            }
        }
        return sb.toString();
    }

    static ExtenderModel modelFrom(Options o) {
        Corpus corpus = Corpora.load(o.get("data", "jsb"));
        Map<String, SequenceModel> models = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String kind : o.get("models", "mlp,ngram,rnn,lstm").split(",")) {
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
        return new ExtenderModel(
                corpus,
                models,
                missing,
                o.get("chorale", "test:305"),
                (int) o.whole("opening", 8),
                (int) o.whole("notes", 32),
                o.number("temperature", 1.0),
                o.whole("seed", 1));
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
            return ModelStore.obtain(kind, null, corpus, s -> {}, TrainingListener.NONE)
                    .model();
        }
        return null;
    }

    @Override
    protected Node createView() {
        ExtenderView view = new ExtenderView(model);
        view.setTheme(theme);
        return view;
    }

    @Override
    public String toString() {
        return "extender (" + model + ")";
    }
}
