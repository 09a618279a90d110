package bachprop.viz.neuron;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import java.util.Map;
import javafx.scene.Node;

/**
 * {@code neuron}: one neuron with sliders. Options: {@code inputs} (a count, e.g. 3, or values, e.g. 0.5,0.8,0.2),
 * {@code weights} (same count), {@code bias}, {@code theme}.
 */
public final class NeuronVisualiser extends BaseVisualiser<NeuronModel> {
    NeuronVisualiser(NeuronModel model, Options o) {
        super("neuron", model, o.theme());
    }

    public static NeuronVisualiser create(Map<String, String> options) {
        Options o = new Options("neuron", options);
        String in = o.get("inputs", "0.5,0.8,0.2");
        double[] x = in.matches("\\d+")
                ? firstOf(new double[] {0.5, 0.8, 0.2, 0.6, 0.1, 0.9}, Integer.parseInt(in))
                : o.numbers("inputs", in);
        String ws = o.get("weights", null);
        double[] w = ws == null
                ? firstOf(new double[] {0.9, -1.2, 2.0, 0.4, -0.7, 1.1}, x.length)
                : o.numbers("weights", ws);
        return new NeuronVisualiser(new NeuronModel(x, w, o.number("bias", 0.5)), o);
    }

    /** The first n of {@code pool}, repeating it if n is larger (n between 1 and 6). */
    static double[] firstOf(double[] pool, int n) {
        if (n < 1 || n > 6) {
            throw new IllegalArgumentException(
                    "visualiser neuron: option 'inputs' must be a count from 1 to 6 or a list of values");
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = pool[i % pool.length];
        }
        return r;
    }

    @Override
    protected Node createView() {
        return new NeuronView(model, theme);
    }
}
