package bachprop.viz.neuron;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import java.util.Arrays;
import java.util.Map;
import javafx.scene.Node;

/**
 * {@code neuron}: one neuron with sliders. Options: {@code inputs} (e.g. 0.5,0.8,0.2),
 * {@code weights} (same count), {@code bias}, {@code theme}.
 */
public final class NeuronVisualiser extends BaseVisualiser<NeuronModel> {
    NeuronVisualiser(NeuronModel model, Options o) {
        super("neuron", model, o.theme());
    }

    public static NeuronVisualiser create(Map<String, String> options) {
        Options o = new Options("neuron", options);
        double[] x = numbers(o, "inputs", "0.5,0.8,0.2");
        double[] w = numbers(o, "weights", "0.9,-1.2,2.0");
        return new NeuronVisualiser(new NeuronModel(x, w, o.number("bias", 0.5)), o);
    }

    static double[] numbers(Options o, String key, String fallback) {
        try {
            return Arrays.stream(o.get(key, fallback).split("[, ]+")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("visualiser neuron: option '" + key + "' must be numbers separated by commas");
        }
    }

    @Override
    protected Node createView() {
        return new NeuronView(model, theme);
    }
}
