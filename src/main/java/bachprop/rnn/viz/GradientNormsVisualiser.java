package bachprop.rnn.viz;

import bachprop.rnn.GradientFlow;
import bachprop.viz.Visualiser;
import javafx.scene.Node;
import javafx.util.Duration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code gradient-norms}: ‖∂C/∂h_t‖ per time step for recurrent weights of several scales, then
 * clipping. Options: {@code scales} (comma-separated, default 1,2,3,4,5,6), {@code T} (default
 * 20), {@code clip} (c, default 5), {@code seed}, {@code theme}, {@code step}.
 */
public final class GradientNormsVisualiser implements Visualiser {
    private final GradientNormsModel model;
    private final RnnTheme theme;
    private GradientNormsView view;

    public GradientNormsVisualiser(GradientNormsModel model, RnnTheme theme) {
        this.model = model;
        this.theme = theme;
    }

    public GradientNormsVisualiser(Map<String, String> options) {
        this(modelFrom(options), RnnTheme.named(options.getOrDefault("theme", "standard")));
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

    public GradientNormsModel model() {
        return model;
    }

    @Override
    public String name() {
        return "gradient-norms";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new GradientNormsView(model, theme, Duration.millis(1200));
        }
        return view;
    }

    @Override
    public boolean stepForward() {
        return model.forward();
    }

    @Override
    public boolean stepBack() {
        return model.back();
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visualiser", name());
        m.putAll(model.numbers());
        return m;
    }

    @Override
    public String toString() {
        return "gradient-norms (step " + model.shown() + " of " + model.count() + ")";
    }
}
