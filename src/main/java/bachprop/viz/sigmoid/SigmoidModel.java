package bachprop.viz.sigmoid;

import bachprop.nn.Sigmoid;
import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * σ(w·x + b) for a list of biases (the text's Figure 3: b = 0, +1, −1): position p shows the
 * first p+1 curves. Changing b shifts the curve sideways by −b/w: its midpoint σ = ½ sits at
 * x = −b/w.
 */
public final class SigmoidModel extends StepModel {
    private final double w;
    private final double[] biases;

    public SigmoidModel(double w, double[] biases) {
        if (biases.length == 0) {
            throw new IllegalArgumentException("the sigmoid visualiser needs at least one bias");
        }
        this.w = w;
        this.biases = biases.clone();
    }

    @Override
    public int count() {
        return biases.length;
    }

    public double w() {
        return w;
    }

    public int shown() {
        return step() + 1;
    }

    public double bias(int i) {
        return biases[i];
    }

    /** (5)–(6) σ(w·x + b) */
    public double value(int curve, double x) {
        return Sigmoid.sigma(w * x + biases[curve]);
    }

    /** Where curve i crosses ½: x = −b/w. */
    public double midpoint(int curve) {
        return -biases[curve] / w;
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("w", w);
        List<Object> curves = new ArrayList<>();
        for (int i = 0; i < shown(); i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("b", biases[i]);
            c.put("midpoint", midpoint(i));
            c.put("sigmaAtZero", value(i, 0));
            curves.add(c);
        }
        m.put("curves", curves);
        return m;
    }
}
