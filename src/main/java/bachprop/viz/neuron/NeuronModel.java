package bachprop.viz.neuron;

import bachprop.nn.Fmt;
import bachprop.nn.Sigmoid;
import bachprop.nn.Vec;
import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One neuron (the text's Figure 1): inputs x, weights w, a bias b. Steps: the products xᵢwᵢ,
 * their sum z′ = x·w (eqs. 1–2), z = x·w + b (eq. 3), then a = σ(z) (eq. 5).
 */
public final class NeuronModel extends StepModel {
    public static final String[] STEPS = {
        "inputs, weights and bias", "products xᵢ·wᵢ", "(1)–(2) z′ = Σ xᵢ wᵢ = x·w", "(3) z = x·w + b", "(5) a = σ(z)"
    };
    private final double[] x;
    private final double[] w;
    private double b;

    public NeuronModel(double[] x, double[] w, double b) {
        if (x.length != w.length || x.length == 0) {
            throw new IllegalArgumentException(
                    "a neuron needs as many weights as inputs (got " + x.length + " and " + w.length + ")");
        }
        this.x = x.clone();
        this.w = w.clone();
        this.b = b;
    }

    @Override
    public int count() {
        return STEPS.length;
    }

    public int n() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double w(int i) {
        return w[i];
    }

    public double b() {
        return b;
    }

    public void setX(int i, double v) {
        x[i] = v;
        changed();
    }

    public void setW(int i, double v) {
        w[i] = v;
        changed();
    }

    public void setB(double v) {
        b = v;
        changed();
    }

    /** (2) z′ = x · w */
    public double zPrime() {
        return new Vec(x).dot(new Vec(w));
    }

    /** (3) z = x · w + b */
    public double z() {
        return zPrime() + b;
    }

    /** (5) a = σ(z) */
    public double a() {
        return Sigmoid.sigma(z());
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", STEPS[step()]);
        m.put("x", list(x));
        m.put("w", list(w));
        m.put("b", b);
        List<Object> products = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            products.add(x[i] * w[i]);
        }
        m.put("products", products);
        m.put("zPrime", zPrime());
        m.put("z", z());
        m.put("a", a());
        return m;
    }

    @Override
    public String toString() {
        return "neuron: z = " + Fmt.sig(z(), 4) + ", a = " + Fmt.sig(a(), 4) + " (" + STEPS[step()] + ")";
    }
}
