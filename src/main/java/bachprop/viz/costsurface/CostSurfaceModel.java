package bachprop.viz.costsurface;

import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gradient descent on a cost of two parameters, the text's own example of section 3.2:
 * C(v₁, v₂) = v₁² + 2v₁v₂ + 3v₂², with ∂C/∂v₁ = 2v₁ + 2v₂ and ∂C/∂v₂ = 2v₁ + 6v₂. Position p is
 * the ball after p steps of (13) v → v − η∇C. Its curvature is at most 4 + 2√2 ≈ 6.83, so the
 * steps shrink the cost only for η < 2/6.83 ≈ 0.293; above that the ball flies off (diverges).
 */
public final class CostSurfaceModel extends StepModel {
    /** The range of v₁ and v₂ drawn. */
    public static final double RANGE = 3;
    /** Past this the run counts as diverged and stops. */
    public static final double BLOW_UP = 1e6;

    private final double eta;
    private final List<double[]> path = new ArrayList<>();
    private final boolean diverged;

    public CostSurfaceModel(double eta, double u1, double u2, int steps) {
        if (!(eta > 0) || steps < 1) {
            throw new IllegalArgumentException("cost-surface needs η > 0 and at least one step");
        }
        this.eta = eta;
        double[] v = {u1, u2};
        path.add(v);
        boolean blew = false;
        for (int i = 0; i < steps; i++) {
            double[] g = gradient(v[0], v[1]);
            v = new double[] {v[0] - eta * g[0], v[1] - eta * g[1]}; // (13) v → v − η∇C
            path.add(v);
            if (!(cost(v[0], v[1]) < BLOW_UP)) {
                blew = true;
                break;
            }
        }
        diverged = blew || cost(v[0], v[1]) > cost(u1, u2);
    }

    /** C(v₁, v₂) = v₁² + 2v₁v₂ + 3v₂² (the text's g(x, y) of section 3.2). */
    public static double cost(double v1, double v2) {
        return v1 * v1 + 2 * v1 * v2 + 3 * v2 * v2;
    }

    /** ∇C = (∂C/∂v₁, ∂C/∂v₂) = (2v₁ + 2v₂, 2v₁ + 6v₂), worked out as the text does. */
    public static double[] gradient(double v1, double v2) {
        return new double[] {2 * v1 + 2 * v2, 2 * v1 + 6 * v2};
    }

    @Override
    public int count() {
        return path.size();
    }

    public double eta() {
        return eta;
    }

    public boolean diverged() {
        return diverged;
    }

    public double[] point(int i) {
        return path.get(i).clone();
    }

    public double[] point() {
        return point(step());
    }

    /** The step the ball takes next, Δv = −η∇C (zero at the end). */
    public double[] nextStep() {
        if (step() + 1 >= count()) {
            double[] g = gradient(point()[0], point()[1]);
            return new double[] {-eta * g[0], -eta * g[1]};
        }
        double[] a = point();
        double[] b = point(step() + 1);
        return new double[] {b[0] - a[0], b[1] - a[1]};
    }

    /** (12) ΔC ≈ ∇C · Δv for the next step. */
    public double predictedChange() {
        double[] v = point();
        double[] g = gradient(v[0], v[1]);
        double[] d = nextStep();
        return g[0] * d[0] + g[1] * d[1];
    }

    /** The true ΔC = C(v + Δv) − C(v) of the next step. */
    public double actualChange() {
        double[] v = point();
        double[] d = nextStep();
        return cost(v[0] + d[0], v[1] + d[1]) - cost(v[0], v[1]);
    }

    @Override
    public Map<String, Object> numbers() {
        double[] v = point();
        double[] g = gradient(v[0], v[1]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eta", eta);
        m.put("v", List.of(v[0], v[1]));
        m.put("cost", cost(v[0], v[1]));
        m.put("gradient", List.of(g[0], g[1]));
        double[] d = nextStep();
        m.put("deltaV", List.of(d[0], d[1]));
        m.put("predictedDeltaC", predictedChange());
        m.put("actualDeltaC", actualChange());
        m.put("diverged", diverged);
        return m;
    }
}
