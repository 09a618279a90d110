package bachprop.seq.satb.viz;

import bachprop.music.data.DataLocator;
import bachprop.music.data.JsbChorales;
import bachprop.seq.satb.FourVoiceModel;
import bachprop.seq.satb.SatbScore;
import bachprop.seq.satb.VoiceLeading;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import bachprop.viz.common.Theme;
import java.util.Map;
import javafx.scene.Node;

/**
 * {@code four-voices} (chapter 10): a JSB test chorale's four voices, the model's continuation of
 * its opening and the same with the voice-leading rules enforced, side by side, every violation
 * marked. Options: {@code chorale} (test:305), {@code opening} (32 sixteenths), {@code steps} (64),
 * {@code model} (satb), {@code temperature} (1.0), {@code seed} (1), {@code step} (beats shown).
 */
public final class FourVoicesVisualiser extends BaseVisualiser<FourVoicesModel> {
    /** The four-voice models this build has (none until the four-voice store is merged). */
    static final FourVoiceSource SOURCE = kind -> null;

    public FourVoicesVisualiser(Map<String, String> options) {
        this(new Options("four-voices", options));
    }

    private FourVoicesVisualiser(Options o) {
        super("four-voices", modelFrom(o, SOURCE, VoiceLeading::violations), o.theme());
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
        DataLocator at = DataLocator.standard(null);
        JsbChorales jsb = at.jsb().orElseThrow(() -> new IllegalArgumentException(at.missingJsb()));
        SatbScore bach = jsb.all().stream()
                .map(SatbScore::of)
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "four-voices: no chorale '" + id + "' in the JSB data (ids are split:number, e.g. test:305)"));
        String kind = o.get("model", "satb");
        FourVoiceModel model = null;
        String missing = "no four-voice model of this kind in this build yet";
        try {
            model = source.obtain(kind);
        } catch (Exception e) {
            missing = e.getMessage();
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
