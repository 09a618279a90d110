package bachprop.rnn.viz;

import bachprop.rnn.GradientFlow;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Theme;
import javafx.scene.Node;
import javafx.util.Duration;

import java.util.Map;

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
        this(modelFrom(options), Theme.named(options.getOrDefault("theme", "standard")));
        if (options.containsKey("step")) {
            model.seek(Options.integer(options, "step", 0));
        }
    }

    static GradientNormsModel modelFrom(Map<String, String> options) {
        GradientFlow flow = new GradientFlow(8, Options.integer(options, "T", 20), Options.integer(options, "seed", 7),
                Options.number(options, "clip", 5.0));
        String list = options.getOrDefault("scales", "1,2,3,4,5,6");
        String[] parts = list.split(",");
        double[] scales = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                scales[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option scales: '" + parts[i].trim() + "' is not a number");
            }
            if (!(scales[i] > 0)) {
                throw new IllegalArgumentException("option scales: each scale must be positive, got " + parts[i].trim());
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
