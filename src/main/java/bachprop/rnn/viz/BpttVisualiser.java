package bachprop.rnn.viz;

import bachprop.nn.Fmt;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import bachprop.viz.common.Theme;
import java.util.Map;
import javafx.scene.Node;
import javafx.util.Duration;

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
        this(new Options("bptt", options));
    }

    private BpttVisualiser(Options o) {
        this(BpttModel.standard((int) o.whole("seed", 4)), o.theme());
        if (o.map().containsKey("step")) {
            model.seek((int) o.whole("step", 0));
        } else if (o.choice("start", "forward", "forward", "backward").equals("backward")) {
            model.seek(model.trace().firstBackwardStep());
        }
    }

    @Override
    protected Node createView() {
        return new BpttView(model, theme, Duration.millis(900), Duration.millis(450));
    }

    @Override
    public String toString() {
        return "bptt (step " + model.shown() + " of " + model.count() + ", ‖g‖ scale " + Fmt.sig(model.deltaScale(), 3)
                + ")";
    }
}
