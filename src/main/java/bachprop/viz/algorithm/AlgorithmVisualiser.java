package bachprop.viz.algorithm;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import java.util.Map;
import javafx.scene.Node;

/** {@code algorithm}: options {@code seed} (default 3), {@code eta} (default 3), {@code epochs} (default 60), {@code theme}. */
public final class AlgorithmVisualiser extends BaseVisualiser<AlgorithmModel> {
    AlgorithmVisualiser(AlgorithmModel model, Options o) {
        super("algorithm", model, o.theme());
    }

    public static AlgorithmVisualiser create(Map<String, String> options) {
        Options o = new Options("algorithm", options);
        return new AlgorithmVisualiser(
                new AlgorithmModel(o.whole("seed", 3), o.number("eta", 3), (int) o.whole("epochs", 60)), o);
    }

    @Override
    protected Node createView() {
        return new AlgorithmView(model, theme);
    }
}
