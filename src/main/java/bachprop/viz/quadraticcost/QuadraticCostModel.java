package bachprop.viz.quadraticcost;

import bachprop.nn.QuadraticCost;
import bachprop.nn.Vec;
import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quadratic cost (eq. 7) of outputs a against targets y: position k (1..N) has added the
 * k-th term ½(yₖ − aₖ)²; the last position's running sum equals the core's {@code QuadraticCost.cost}.
 */
public final class QuadraticCostModel extends StepModel {
    private final double[] a;
    private final double[] y;

    public QuadraticCostModel(double[] a, double[] y) {
        if (a.length != y.length || a.length == 0) {
            throw new IllegalArgumentException(
                    "quadratic-cost needs as many targets as outputs (got " + a.length + " and " + y.length + ")");
        }
        this.a = a.clone();
        this.y = y.clone();
    }

    @Override
    public int count() {
        return a.length + 1;
    }

    public int n() {
        return a.length;
    }

    public double a(int k) {
        return a[k];
    }

    public double y(int k) {
        return y[k];
    }

    /** ½(yₖ − aₖ)² */
    public double term(int k) {
        double gap = y[k] - a[k];
        return 0.5 * gap * gap;
    }

    /** The sum of the terms added so far. */
    public double partialCost() {
        double c = 0;
        for (int k = 0; k < step(); k++) {
            c += term(k);
        }
        return c;
    }

    /** (7) the whole cost, from the core. */
    public double cost() {
        return QuadraticCost.cost(new Vec(a), new Vec(y));
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outputs", list(a));
        m.put("targets", list(y));
        List<Object> terms = new ArrayList<>();
        for (int k = 0; k < step(); k++) {
            terms.add(term(k));
        }
        m.put("terms", terms);
        m.put("partialCost", partialCost());
        m.put("cost", cost());
        return m;
    }
}
