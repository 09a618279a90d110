package bachprop.viz.linearcollapse;

import bachprop.nn.Sigmoid;
import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stack of one-input linear "neurons" fᵢ(x) = wᵢx + bᵢ (section 2.3): position p has merged the
 * first p+1 of them into one, w′x + b′ with w′ = wₚ⋯w₁ and b′ carried along, so the last
 * position is a single linear neuron. The same stack with σ after each layer is not a line.
 */
public final class LinearCollapseModel extends StepModel {
    private final double[] w;
    private final double[] b;

    public LinearCollapseModel(double[] w, double[] b) {
        if (w.length != b.length || w.length < 2) {
            throw new IllegalArgumentException("linear-collapse needs at least two layers, with one bias per weight");
        }
        this.w = w.clone();
        this.b = b.clone();
    }

    @Override
    public int count() {
        return w.length;
    }

    public int layers() {
        return w.length;
    }

    public double w(int i) {
        return w[i];
    }

    public double b(int i) {
        return b[i];
    }

    /** How many layers from the bottom are merged into one at this position. */
    public int merged() {
        return step() + 1;
    }

    /** w′ and b′ of the first {@code n} layers merged: w′x + b′ = fₙ(…f₁(x)). */
    public double[] collapse(int n) {
        double cw = 1;
        double cb = 0;
        for (int i = 0; i < n; i++) {
            cw = w[i] * cw; // wᵢ(w′x + b′) + bᵢ = (wᵢw′)x + (wᵢb′ + bᵢ)
            cb = w[i] * cb + b[i];
        }
        return new double[] {cw, cb};
    }

    /** The whole stack, layer by layer, with or without σ after each layer. */
    public double stack(double x, boolean sigma) {
        double v = x;
        for (int i = 0; i < w.length; i++) {
            v = w[i] * v + b[i];
            if (sigma) {
                v = Sigmoid.sigma(v);
            }
        }
        return v;
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> layers = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            layers.add(List.of(w[i], b[i]));
        }
        m.put("layers", layers);
        m.put("merged", merged());
        double[] c = collapse(merged());
        m.put("wPrime", c[0]);
        m.put("bPrime", c[1]);
        return m;
    }
}
