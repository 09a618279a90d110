package bachprop.viz.minibatch;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import java.util.Map;
import javafx.scene.Node;

/**
 * {@code minibatch}: options {@code batch-size} (or {@code batch}; default 4), {@code eta} (default 4),
 * {@code updates} (default 12), {@code seed} (default 1), {@code theme}.
 */
public final class MinibatchVisualiser extends BaseVisualiser<MinibatchModel> {
    MinibatchVisualiser(MinibatchModel model, Options o) {
        super("minibatch", model, o.theme());
    }

    public static MinibatchVisualiser create(Map<String, String> options) {
        Options o = new Options("minibatch", options);
        return new MinibatchVisualiser(
                new MinibatchModel(
                        MinibatchModel.defaultData(),
                        (int) o.whole("batch-size", o.whole("batch", 4)),
                        o.number("eta", 4),
                        -1,
                        1,
                        (int) o.whole("updates", 12),
                        o.whole("seed", 1)),
                o);
    }

    @Override
    protected Node createView() {
        return new MinibatchView(model, theme);
    }
}
