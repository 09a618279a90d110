package bachprop.rnn.viz;

import bachprop.rnn.GradientFlow;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import bachprop.viz.common.Theme;
import java.util.Map;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * {@code gradient-norms}: ‖∂C/∂h_t‖ per time step for recurrent weights of several scales, then
 * clipping. Options: {@code scales} (comma-separated, default 1,2,3,4,5,6), {@code T} (default
 * 20), {@code clip} (c, default 5), {@code seed}, {@code theme}, {@code step}.
 */
public final class GradientNormsVisualiser extends BaseVisualiser<GradientNormsModel> {
    public GradientNormsVisualiser(GradientNormsModel model, Theme theme) {
        super("gradient-norms", model, theme);
    }

    public GradientNormsVisualiser(Map<String, String> options) {
        this(new Options("gradient-norms", options));
    }

    private GradientNormsVisualiser(Options o) {
        this(modelFrom(o), o.theme());
        if (o.map().containsKey("step")) {
            model.seek((int) o.whole("step", 0));
        }
    }

    static GradientNormsModel modelFrom(Options o) {
        GradientFlow flow =
                new GradientFlow(8, (int) o.whole("T", 20), (int) o.whole("seed", 7), o.number("clip", 5.0));
        double[] scales = o.numbers("scales", "1,2,3,4,5,6");
        for (double s : scales) {
            if (!(s > 0)) {
                throw new IllegalArgumentException(
                        "visualiser gradient-norms: option 'scales' must be positive numbers, not " + s);
            }
        }
        return new GradientNormsModel(flow, scales);
    }

    @Override
    protected Node createView() {
        return new GradientNormsView(model, theme, Duration.millis(1200));
    }

    @Override
    public String toString() {
        return "gradient-norms (step " + model.shown() + " of " + model.count() + ")";
    }
}
