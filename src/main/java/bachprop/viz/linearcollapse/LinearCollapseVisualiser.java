package bachprop.viz.linearcollapse;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import java.util.Arrays;
import java.util.Map;
import javafx.scene.Node;

/** {@code linear-collapse}: options {@code weights} (default 2,-3,2.5), {@code biases} (-1,1.5,-0.5), {@code theme}. */
public final class LinearCollapseVisualiser extends BaseVisualiser<LinearCollapseModel> {
    LinearCollapseVisualiser(LinearCollapseModel model, Options o) {
        super("linear-collapse", model, o.theme());
    }

    public static LinearCollapseVisualiser create(Map<String, String> options) {
        Options o = new Options("linear-collapse", options);
        return new LinearCollapseVisualiser(new LinearCollapseModel(numbers(o, "weights", "2,-3,2.5"), numbers(o, "biases", "-1,1.5,-0.5")), o);
    }

    static double[] numbers(Options o, String key, String fallback) {
        try {
            return Arrays.stream(o.get(key, fallback).split("[, ]+")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("visualiser linear-collapse: option '" + key + "' must be numbers separated by commas");
        }
    }

    @Override
    protected Node createView() {
        return new LinearCollapseView(model, theme);
    }
}
