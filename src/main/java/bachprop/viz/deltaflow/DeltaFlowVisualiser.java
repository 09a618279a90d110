package bachprop.viz.deltaflow;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import bachprop.viz.common.Tex;
import bachprop.viz.common.Theme;
import java.util.Map;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * {@code delta-flow}: backpropagation step by step. Options: {@code preset} mazur|default,
 * {@code sizes} (e.g. 2-3-2), {@code seed}, {@code granularity} equation|neuron|layer,
 * {@code quiz} true|false, {@code update-biases} true|false (the update moves the biases too; default
 * true, as {@code bachprop trace}; {@code biases} is its older name), {@code eta},
 * {@code presenter} true|false, {@code theme} standard|projector.
 */
public final class DeltaFlowVisualiser extends BaseVisualiser<DeltaFlowModel> {
    private final boolean presenterOption;
    private boolean presenter;
    private final Duration pulse;

    public DeltaFlowVisualiser(DeltaFlowModel model, Options o) {
        super("delta-flow", model, o.theme());
        this.presenterOption = o.flag(
                "presenter", o.theme() == Theme.PROJECTOR); // the projector theme is for the hall: controls hidden
        this.presenter = presenterOption;
        this.pulse = Duration.millis(o.number("pulse-ms", 450));
    }

    public static DeltaFlowVisualiser create(Map<String, String> options) {
        Options o = new Options("delta-flow", options);
        Tex.warmUpAsync(); // fonts load off the UI thread while the view is built
        Granularity g = Granularity.parse(o.choice("granularity", "equation", "equation", "neuron", "layer"));
        String preset = o.choice("preset", options.containsKey("sizes") ? "default" : "mazur", "mazur", "default");
        DeltaFlowModel m = preset.equals("mazur")
                ? DeltaFlowModel.mazur(g, DeltaFlowPresets.updateBiases(o))
                : DeltaFlowModel.random(
                        o.sizes("sizes", "2-3-2", DeltaFlowModel.MAX_LAYERS, DeltaFlowModel.MAX_NEURONS),
                        o.whole("seed", 1),
                        g);
        if (preset.equals("default")) {
            m.setUpdateBiases(DeltaFlowPresets.updateBiases(o));
        }
        if (options.containsKey("eta")) {
            m.set(Param.eta(), o.number("eta", 0.5));
        }
        m.setQuiz(o.flag("quiz", false));
        return new DeltaFlowVisualiser(m, o);
    }

    @Override
    public void setPresenter(boolean on) {
        presenter = on || presenterOption;
        super.setPresenter(on);
    }

    @Override
    protected String describe() {
        return Narration.describe(model);
    }

    @Override
    protected Node createView() {
        DeltaFlowView v = new DeltaFlowView(model, theme, pulse, true);
        v.setPresenter(presenter);
        return v;
    }

    @Override
    protected Node createFrameView() {
        return FrameExport.frameView(model, theme, presenter);
    }
}
