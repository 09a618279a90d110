package bachprop.rnn.viz;

import bachprop.nn.Fmt;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Theme;
import javafx.scene.Node;
import javafx.util.Duration;

import java.util.Map;

/**
 * {@code bptt}: the unrolled RNN with δ flowing back through time, one trace step per key press.
 * Options: {@code seed} (the random network, default 4), {@code theme} (standard|projector),
 * {@code step} (start at this step), {@code start: backward} (start where BPTT begins).
 */
public final class BpttVisualiser extends BaseVisualiser<BpttModel> {
    public BpttVisualiser(BpttModel model, Theme theme) {
        super("bptt", model, theme);
    }

    public BpttVisualiser(Map<String, String> options) {
        this(modelFrom(options), Theme.named(options.getOrDefault("theme", "standard")));
        if (options.containsKey("step")) {
            model.seek(Options.integer(options, "step", 0));
        } else if ("backward".equals(options.get("start"))) {
            model.seek(model.trace().firstBackwardStep());
        }
    }

    static BpttModel modelFrom(Map<String, String> options) {
        return BpttModel.standard(Options.integer(options, "seed", 4));
    }

    @Override
    protected Node createView() {
        return new BpttView(model, theme, Duration.millis(900), Duration.millis(450));
    }

    @Override
    public String toString() {
        return "bptt (step " + model.shown() + " of " + model.count() + ", ‖g‖ scale " + Fmt.sig(model.deltaScale(), 3) + ")";
    }
}
