package bachprop.viz.linearcollapse;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import java.util.Arrays;
import java.util.Map;
import javafx.scene.Node;

/** {@code linear-collapse}: options {@code layers} (2–6, default 3), {@code weights} (default 2,-3,2.5,…), {@code biases} (-1,1.5,-0.5,…), {@code theme}. */
public final class LinearCollapseVisualiser extends BaseVisualiser<LinearCollapseModel> {
    LinearCollapseVisualiser(LinearCollapseModel model, Options o) {
        super("linear-collapse", model, o.theme());
    }

    public static LinearCollapseVisualiser create(Map<String, String> options) {
        Options o = new Options("linear-collapse", options);
        double[] w = o.numbers("weights", "2,-3,2.5,-1.5,1.2,-2");
        double[] b = o.numbers("biases", "-1,1.5,-0.5,0.8,-0.3,0.4");
        int n = (int) o.whole("layers", options.containsKey("weights") ? w.length : 3);
        if (n < 2 || n > Math.min(w.length, b.length)) {
            throw new IllegalArgumentException("visualiser linear-collapse: option 'layers' must be between 2 and "
                    + Math.min(w.length, b.length));
        }
        return new LinearCollapseVisualiser(new LinearCollapseModel(Arrays.copyOf(w, n), Arrays.copyOf(b, n)), o);
    }

    @Override
    protected Node createView() {
        return new LinearCollapseView(model, theme);
    }
}
