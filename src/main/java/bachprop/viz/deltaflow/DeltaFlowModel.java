package bachprop.viz.deltaflow;

import bachprop.nn.Equation;
import bachprop.nn.GradientCheck;
import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.nn.Trace;
import bachprop.nn.Vec;
import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The δ-flow visualiser without pixels: a small network, one example (x, y), η, and the
 * {@link Trace} of one training step ({@code Network.trainStep}). Stepping reveals the trace
 * in groups ({@link Granularity}); every number shown is read from the trace, never recomputed.
 * Position 0 shows nothing computed yet; position p shows groups 1..p, the last one current.
 * Editing an input, target, weight, bias or η recomputes the trace and keeps the position.
 */
public final class DeltaFlowModel extends StepModel {
    public static final int MAX_LAYERS = 4;
    public static final int MAX_NEURONS = 6;

    private Network net;
    private Vec x;
    private Vec y;
    private double eta;
    private boolean updateBiases;
    private Granularity granularity;
    private String preset;
    private long seed = 1;
    private Trace trace;
    private List<int[]> groups = List.of();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private boolean quiz;
    private QuizResult lastAnswer;
    private Param selected;
    private final Diagnosis diagnosis = new Diagnosis(this);

    public DeltaFlowModel(Network net, Vec x, Vec y, double eta, boolean updateBiases, Granularity granularity) {
        checkShape(net);
        this.net = net.copy();
        this.x = x;
        this.y = y;
        this.eta = eta;
        this.updateBiases = updateBiases;
        this.granularity = granularity;
        this.preset = "custom";
        rebuild();
    }

    /**
     * Mazur's worked example (docs/oracles.md): 2-2-2, x = (0.05, 0.10), y = (0.01, 0.99), η = 0.5.
     * Mazur updates the weights only; {@code updateBiases} chooses.
     */
    public static DeltaFlowModel mazur(Granularity granularity, boolean updateBiases) {
        Network net = new Network(
                List.of(new Mat(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), new Mat(new double[][] {{0.40, 0.45}, {0.50, 0.55}})),
                List.of(new Vec(0.35, 0.35), new Vec(0.60, 0.60)));
        DeltaFlowModel m = new DeltaFlowModel(net, new Vec(0.05, 0.10), new Vec(0.01, 0.99), 0.5, updateBiases, granularity);
        m.preset = "mazur";
        return m;
    }

    /** A random network of the given sizes with values rounded to 2 decimals, so hand-checking is pleasant. */
    public static DeltaFlowModel random(int[] sizes, long seed, Granularity granularity) {
        Random random = new Random(seed);
        Network raw = Network.random(seed, sizes);
        List<Mat> ws = new ArrayList<>();
        List<Vec> bs = new ArrayList<>();
        for (int l = 2; l <= raw.L(); l++) {
            double[][] w = raw.weight(l).toArray();
            for (double[] row : w) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = round2(row[j]);
                }
            }
            ws.add(new Mat(w));
            bs.add(raw.bias(l).map(DeltaFlowModel::round2));
        }
        double[] xs = new double[sizes[0]];
        for (int j = 0; j < xs.length; j++) {
            xs[j] = round2(0.05 + 0.9 * random.nextDouble());
        }
        double[] ys = new double[sizes[sizes.length - 1]];
        for (int j = 0; j < ys.length; j++) {
            ys[j] = random.nextBoolean() ? 0.99 : 0.01;
        }
        DeltaFlowModel m = new DeltaFlowModel(new Network(ws, bs), new Vec(xs), new Vec(ys), 0.5, true, granularity);
        m.preset = "default";
        m.seed = seed;
        return m;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void checkShape(Network net) {
        if (net.L() > MAX_LAYERS) {
            throw new IllegalArgumentException("the δ-flow view draws up to " + MAX_LAYERS + " layers, not " + net.L());
        }
        for (int l = 1; l <= net.L(); l++) {
            if (net.size(l) > MAX_NEURONS) {
                throw new IllegalArgumentException("the δ-flow view draws up to " + MAX_NEURONS + " neurons per layer; layer " + l + " has " + net.size(l));
            }
        }
    }

    /** Runs one training step on a copy of the network and regroups the trace. */
    private void rebuild() {
        trace = net.copy().trainStep(x, y, eta, updateBiases);
        indexOf.clear();
        for (Step s : trace) {
            indexOf.put(key(s.equation(), s.layer(), s.neuron(), s.from()), s.index());
        }
        regroup();
    }

    private void regroup() {
        int revealed = revealed();
        List<int[]> g = new ArrayList<>();
        String last = null;
        for (Step s : trace) {
            String k = granularity.key(s);
            if (k.equals(last)) {
                g.get(g.size() - 1)[1] = s.index() + 1;
            } else {
                g.add(new int[] {s.index(), s.index() + 1});
            }
            last = k;
        }
        groups = g;
        int position = 0;
        while (position < groups.size() && groups.get(position)[1] <= revealed) {
            position++;
        }
        lastAnswer = null;
        if (step() != position) {
            goTo(position);
        } else {
            changed();
        }
    }

    private static String key(Equation e, int l, int k, int j) {
        return e.name() + ":" + l + ":" + k + ":" + j;
    }

    // ---- stepping ----

    @Override
    public int count() {
        return groups.size() + 1;
    }

    @Override
    public boolean forward() {
        lastAnswer = null;
        return super.forward();
    }

    @Override
    public boolean back() {
        lastAnswer = null;
        return super.back();
    }

    @Override
    public void reset() {
        lastAnswer = null;
        super.reset();
    }

    /** How many trace steps are revealed at this position. */
    public int revealed() {
        return step() == 0 || groups.isEmpty() ? 0 : groups.get(Math.min(step(), groups.size()) - 1)[1];
    }

    /** The steps revealed by the last press of → (empty at the start). */
    public List<Step> current() {
        if (step() == 0) {
            return List.of();
        }
        int[] g = groups.get(step() - 1);
        return trace.steps().subList(g[0], g[1]);
    }

    /** The steps the next press of → will reveal (empty at the end). */
    public List<Step> next() {
        if (step() >= groups.size()) {
            return List.of();
        }
        int[] g = groups.get(step());
        return trace.steps().subList(g[0], g[1]);
    }

    /** The equation of the current group, or null at the start. */
    public Equation equation() {
        List<Step> c = current();
        return c.isEmpty() ? null : c.get(c.size() - 1).equation();
    }

    /** Forward pass, cost, backward pass or update: where in the algorithm the current step is. */
    public String phase() {
        Equation e = equation();
        if (e == null) {
            return "start: nothing computed yet";
        }
        return switch (e) {
            case Z, A -> "forward pass";
            case COST -> "cost";
            case BP1, BP2 -> "backward pass: errors δ";
            case BP3, BP4 -> "backward pass: gradient";
            case UPDATE_W, UPDATE_B -> "gradient descent update";
        };
    }

    public boolean isRevealed(Step s) {
        return s.index() < revealed();
    }

    /** The value of a trace step if it is revealed, else null ("not computed yet", unlike 0). */
    public Double value(Equation e, int l, int k, int j) {
        Integer i = indexOf.get(key(e, l, k, j));
        return i == null || i >= revealed() ? null : trace.get(i).value();
    }

    /** The value of a trace step whether revealed or not (for diagnosis and checks). */
    Double traceValue(Equation e, int l, int k, int j) {
        Step s = traceStep(e, l, k, j);
        return s == null ? null : s.value();
    }

    public Step traceStep(Equation e, int l, int k, int j) {
        Integer i = indexOf.get(key(e, l, k, j));
        return i == null ? null : trace.get(i);
    }

    public Double z(int l, int j) {
        return value(Equation.Z, l, j, -1);
    }

    /** aˡⱼ; the input layer's activations are the inputs, always known. */
    public Double a(int l, int j) {
        return l == 1 ? Double.valueOf(x.get(j)) : value(Equation.A, l, j, -1);
    }

    public Double delta(int l, int j) {
        return value(l == net.L() ? Equation.BP1 : Equation.BP2, l, j, -1);
    }

    public Double cost() {
        return value(Equation.COST, net.L(), -1, -1);
    }

    public Double nablaB(int l, int j) {
        return value(Equation.BP3, l, j, -1);
    }

    public Double nablaW(int l, int k, int j) {
        return value(Equation.BP4, l, k, j);
    }

    public Double updatedWeight(int l, int k, int j) {
        return value(Equation.UPDATE_W, l, k, j);
    }

    public Double updatedBias(int l, int j) {
        return value(Equation.UPDATE_B, l, j, -1);
    }

    /** The largest |δ| in the whole trace: the scale of the diverging colours (fixed while stepping). */
    public double deltaScale() {
        double s = 0;
        for (Step st : trace) {
            if (st.equation() == Equation.BP1 || st.equation() == Equation.BP2) {
                s = Math.max(s, Math.abs(st.value()));
            }
        }
        return s;
    }

    // ---- the things a student can edit ----

    public Network network() {
        return net;
    }

    public Trace trace() {
        return trace;
    }

    public Vec input() {
        return x;
    }

    public Vec target() {
        return y;
    }

    public double eta() {
        return eta;
    }

    public boolean updateBiases() {
        return updateBiases;
    }

    public Granularity granularity() {
        return granularity;
    }

    public String preset() {
        return preset;
    }

    /** The seed of a random network (1 for the presets). */
    public long seed() {
        return seed;
    }

    public double get(Param p) {
        return switch (p.kind()) {
            case WEIGHT -> net.weight(p.l(), p.k(), p.j());
            case BIAS -> net.bias(p.l(), p.k());
            case INPUT -> x.get(p.k());
            case TARGET -> y.get(p.k());
            case ETA -> eta;
        };
    }

    /** Changes one number and recomputes the trace. */
    public void set(Param p, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(p.label() + " must be a finite number");
        }
        switch (p.kind()) {
            case WEIGHT -> net.setWeight(p.l(), p.k(), p.j(), v);
            case BIAS -> net.setBias(p.l(), p.k(), v);
            case INPUT -> x = with(x, p.k(), v);
            case TARGET -> y = with(y, p.k(), v);
            case ETA -> eta = v;
        }
        preset = "custom";
        rebuild();
    }

    private static Vec with(Vec v, int i, double value) {
        double[] a = v.toArray();
        a[i] = value;
        return new Vec(a);
    }

    public void setGranularity(Granularity g) {
        granularity = g;
        regroup();
    }

    public void setUpdateBiases(boolean b) {
        updateBiases = b;
        rebuild();
    }

    /** Replaces the whole network (the example and η stay if they fit, else they are redrawn). */
    public void setNetwork(Network n, Vec input, Vec target, double eta) {
        checkShape(n);
        net = n.copy();
        x = input;
        y = target;
        this.eta = eta;
        rebuild();
    }

    /** Takes another model's network, example, η and preset (e.g. a new random network), from the start. */
    public void load(DeltaFlowModel other) {
        net = other.net.copy();
        x = other.x;
        y = other.y;
        eta = other.eta;
        updateBiases = other.updateBiases;
        preset = other.preset;
        seed = other.seed;
        selected = null;
        rebuild();
        reset();
    }

    // ---- quiz ----

    public boolean quiz() {
        return quiz;
    }

    public void setQuiz(boolean on) {
        quiz = on;
        lastAnswer = null;
        changed();
    }

    /** The step whose value the quiz asks for: the last of the next group (null at the end). */
    public Step question() {
        List<Step> n = next();
        return n.isEmpty() ? null : n.get(n.size() - 1);
    }

    /** Checks an answer to {@link #question()}; the value stays hidden until → is pressed. */
    public QuizResult answer(double value) {
        Step q = question();
        if (q == null) {
            throw new IllegalStateException("there is nothing left to ask: every value is revealed");
        }
        boolean right = QuizResult.close(value, q.value());
        lastAnswer = new QuizResult(q.result().name(), value, q.value(), right, right ? "" : diagnosis.explain(q, value));
        changed();
        return lastAnswer;
    }

    /** The verdict on the last answer at this position, or null. */
    public QuizResult lastAnswer() {
        return lastAnswer;
    }

    // ---- gradient check ----

    /** The parameter the gradient-check panel shows: the one selected, else the current step's, else w of the first output neuron. */
    public Param checked() {
        if (selected != null) {
            return selected;
        }
        for (int i = current().size() - 1; i >= 0; i--) {
            Step s = current().get(i);
            switch (s.equation()) {
                case BP4, UPDATE_W:
                    return Param.weight(s.layer(), s.neuron(), s.from());
                case BP3, UPDATE_B:
                    return Param.bias(s.layer(), s.neuron());
                default:
                    break;
            }
        }
        return Param.weight(net.L(), 0, 0);
    }

    public void select(Param p) {
        selected = p != null && p.isParameter() ? p : null;
        changed();
    }

    public Param selected() {
        return selected;
    }

    /** Backprop's value for {@code p} beside the central-difference estimate (ε = 10⁻⁶). */
    public GradientCheckRow check(Param p) {
        double eps = GradientCheck.DEFAULT_EPSILON;
        Step s;
        double numerical;
        if (p.kind() == Param.Kind.WEIGHT) {
            s = traceStep(Equation.BP4, p.l(), p.k(), p.j());
            numerical = GradientCheck.weight(net, x, y, p.l(), p.k(), p.j(), eps);
        } else if (p.kind() == Param.Kind.BIAS) {
            s = traceStep(Equation.BP3, p.l(), p.k(), -1);
            numerical = GradientCheck.bias(net, x, y, p.l(), p.k(), eps);
        } else {
            throw new IllegalArgumentException(p.label() + " is not a weight or a bias");
        }
        return new GradientCheckRow(p, s.value(), numerical, eps, GradientCheck.relativeDifference(s.value(), numerical), isRevealed(s));
    }

    // ---- export ----

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preset", preset);
        m.put("sizes", sizesList());
        m.put("granularity", granularity.name().toLowerCase());
        m.put("phase", phase());
        m.put("eta", eta);
        m.put("updateBiases", updateBiases);
        m.put("input", list(x.toArray()));
        m.put("target", list(y.toArray()));
        List<Object> ws = new ArrayList<>();
        List<Object> bs = new ArrayList<>();
        for (int l = 2; l <= net.L(); l++) {
            List<Object> rows = new ArrayList<>();
            for (int k = 0; k < net.size(l); k++) {
                rows.add(list(net.weight(l).row(k).toArray()));
            }
            ws.add(rows);
            bs.add(list(net.bias(l).toArray()));
        }
        m.put("weights", ws);
        m.put("biases", bs);
        List<Object> cur = new ArrayList<>();
        for (Step s : current()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("equation", s.equation().label());
            e.put("formula", s.formula());
            e.put("substituted", s.substituted());
            e.put("value", s.value());
            cur.add(e);
        }
        m.put("current", cur);
        List<Object> known = new ArrayList<>();
        for (Step s : trace.steps().subList(0, revealed())) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("step", s.index() + 1);
            e.put("equation", s.equation().label());
            e.put("name", s.result().name());
            e.put("value", s.value());
            known.add(e);
        }
        m.put("revealed", known);
        GradientCheckRow row = check(checked());
        Map<String, Object> gc = new LinkedHashMap<>();
        gc.put("parameter", row.param().label());
        gc.put("backprop", row.backprop());
        gc.put("centralDifference", row.numerical());
        gc.put("epsilon", row.epsilon());
        gc.put("relativeDifference", row.relativeDifference());
        m.put("gradientCheck", gc);
        return m;
    }

    private List<Object> sizesList() {
        List<Object> s = new ArrayList<>();
        for (int n : net.sizes()) {
            s.add(n);
        }
        return s;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("δ-flow " + preset + " " + net.toString().split("\n")[0] + ", step " + step() + " of " + (count() - 1)
                + " (" + granularity.name().toLowerCase() + "), " + phase());
        for (Step s : current()) {
            sb.append("\n  ").append(s);
        }
        return sb.toString();
    }
}
