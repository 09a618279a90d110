package bachprop.seq.satb.viz;

import bachprop.seq.satb.FourVoiceFile;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.FourVoiceModels;
import bachprop.seq.satb.FourVoiceStore;
import bachprop.seq.satb.SatbCorpus;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.VoiceLeading;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import bachprop.viz.common.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;

/**
 * {@code four-voices} (chapter 10): a JSB test chorale's four voices, the model's continuation of
 * its opening and the same with the voice-leading rules enforced, side by side, every violation
 * marked. Options: {@code chorale} (test:305), {@code opening} (32 sixteenths), {@code steps} (64),
 * {@code model} (satb; where it has no trained model, satb-ngram, and the view says so),
 * {@code temperature} (1.0), {@code seed} (1), {@code step} (beats shown).
 */
public final class FourVoicesVisualiser extends BaseVisualiser<FourVoicesModel> {
    /** The model the rolls fall back on when the chosen kind has none here (the count-based floor). */
    static final String FALLBACK = "satb-ngram";

    public FourVoicesVisualiser(Map<String, String> options) {
        this(new Options("four-voices", options));
    }

    private FourVoicesVisualiser(Options o) {
        super("four-voices", modelFrom(o, FourVoicesVisualiser::stored, VoiceLeading::violations), o.theme());
        if (o.map().containsKey("step")) {
            model.seek((int) o.whole("step", 0));
        }
    }

    /** The visualiser on a model made elsewhere (tests: a stand-in model and rules). */
    FourVoicesVisualiser(FourVoicesModel model) {
        super("four-voices", model, Theme.STANDARD);
    }

    static FourVoicesModel modelFrom(Options o, FourVoiceSource source, FourVoicesModel.Rules rules) {
        String id = o.get("chorale", "test:305");
        SatbCorpus corpus = SatbCorpus.load(SatbCorpus.NAME);
        SatbScore bach = corpus.split("test").stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("four-voices: no chorale '" + id
                        + "' among the JSB test chorales (ids are test:number, e.g. test:305)"));
        String asked = o.get("model", "satb");
        String kind = asked;
        FourVoiceModel model = null;
        String missing = null;
        try {
            model = source.obtain(asked);
            if (model == null && !asked.equals(FALLBACK)) { // the count-based floor instead, and the view says so
                model = source.obtain(FALLBACK);
                kind = model == null ? asked : FALLBACK;
            }
            if (model == null) {
                missing = "no trained four-voice model here: `bachprop chorale train --model " + FALLBACK
                        + "` makes one, and the model's two rolls appear beside Bach's";
            } else if (!kind.equals(asked)) {
                missing = "no trained " + asked + " model here: showing " + FALLBACK;
            }
        } catch (Exception e) {
            missing = asked + ": " + e.getMessage();
        }
        return new FourVoicesModel(
                bach,
                (int) o.whole("opening", 32),
                (int) o.whole("steps", 64),
                kind,
                model,
                missing,
                rules,
                o.number("temperature", 1.0),
                o.whole("seed", 1));
    }

    /** A saved (yours) or shipped model of {@code kind}, as {@link FourVoiceStore} finds them; else null. */
    static FourVoiceModel stored(String kind) throws IOException {
        if (!FourVoiceModels.available(kind)) {
            return null;
        }
        Path user = FourVoiceStore.userFile(kind);
        if (Files.exists(user)) {
            return FourVoiceFile.load(user);
        }
        String res = FourVoiceStore.resourceName(kind);
        try (InputStream in = FourVoicesVisualiser.class.getResourceAsStream(res)) {
            if (in != null) {
                return FourVoiceFile.load(in, Path.of("classpath:" + res));
            }
        }
        return null; // not trained here: training would hold the window (bachprop chorale train does it)
    }

    @Override
    protected Node createView() {
        FourVoicesView view = new FourVoicesView(model);
        view.setTheme(theme);
        return view;
    }

    @Override
    public String toString() {
        return "four-voices (" + model + ")";
    }
}
