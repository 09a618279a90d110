package bachprop.viz.sigmoid;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import java.util.Map;
import javafx.scene.Node;

/** {@code sigmoid}: options {@code biases} (default 0,1,-1 as in Figure 3), {@code weight} (1), {@code theme}. */
public final class SigmoidVisualiser extends BaseVisualiser<SigmoidModel> {
    SigmoidVisualiser(SigmoidModel model, Options o) {
        super("sigmoid", model, o.theme());
    }

    public static SigmoidVisualiser create(Map<String, String> options) {
        Options o = new Options("sigmoid", options);
        return new SigmoidVisualiser(new SigmoidModel(o.number("weight", 1), o.numbers("biases", "0,1,-1")), o);
    }

    @Override
    protected Node createView() {
        return new SigmoidView(model, theme);
    }
}
