package bachprop.viz.deltaflow;

import bachprop.nn.Equation;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.nn.Symbol;
import bachprop.nn.Trace;
import bachprop.nn.Vec;
import bachprop.viz.StepModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The δ-flow visualiser without pixels: a small network, one example (x, y), η, and the
 * {@link Trace} of one training step ({@code Network.trainStep}). Stepping reveals the trace
 * in groups ({@link Granularity}); every number shown is read from the trace by the
 * {@link Symbol} a step wrote, never recomputed.
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
    private StepGroups groups;
    private double costAfter;
    private boolean quiz;
    private QuizResult lastAnswer;
    private Param selected;
    private final Diagnosis diagnosis = new Diagnosis(this);

    public DeltaFlowModel(Network net, Vec x, Vec y, double eta, boolean updateBiases, Granularity granularity) {
        DeltaFlowPresets.checkShape(net);
        this.net = net.copy();
        this.x = x;
        this.y = y;
        this.eta = eta;
        this.updateBiases = updateBiases;
        this.granularity = granularity;
        this.preset = "custom";
        rebuild();
    }

    /** Mazur's worked example (docs/oracles.md); {@code updateBiases}: the update also moves the biases. */
    public static DeltaFlowModel mazur(Granularity granularity, boolean updateBiases) {
        return DeltaFlowPresets.mazur(granularity, updateBiases);
    }

    /** A random network of the given sizes with values rounded to 2 decimals, so hand-checking is pleasant. */
    public static DeltaFlowModel random(int[] sizes, long seed, Granularity granularity) {
        return DeltaFlowPresets.random(sizes, seed, granularity);
    }

    /** Names where the network came from ("mazur", "default" with its seed), for the export and the controls. */
    void setPreset(String preset, long seed) {
        this.preset = preset;
        this.seed = seed;
    }

    /** Runs one training step on a copy of the network and regroups the trace. */
    private void rebuild() {
        Network after = net.copy();
        Trace trace = after.trainStep(x, y, eta, updateBiases);
        costAfter = after.cost(x, y); // (eq. 7) C of the updated network on the same example
        regroup(trace);
    }

    private void regroup(Trace trace) {
        int revealed = revealed();
        groups = new StepGroups(trace, granularity);
        int position = groups.positionShowing(revealed);
        lastAnswer = null;
        if (step() != position) {
            goTo(position);
        } else {
            changed();
        }
    }

    // ---- stepping ----

    @Override
    public int count() {
        return groups.count() + 1;
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
        return groups == null ? 0 : groups.end(step());
    }

    /** The steps revealed by the last press of → (empty at the start). */
    public List<Step> current() {
        return step() == 0 ? List.of() : groups.group(step() - 1);
    }

    /** The steps the next press of → will reveal (empty at the end). */
    public List<Step> next() {
        return step() >= groups.count() ? List.of() : groups.group(step());
    }

    /** The equation of the current group, or null at the start. */
    public Equation equation() {
        List<Step> c = current();
        return c.isEmpty() ? null : c.get(c.size() - 1).equation();
    }

    /** Forward pass, cost, backward pass or update: where in the algorithm the current step is. */
    public String phase() {
        return StepGroups.phase(equation());
    }

    /** Every value the current steps read or wrote, by its symbol: what the drawing marks. */
    public Set<Symbol> touched() {
        return StepGroups.touched(current());
    }

    public boolean isRevealed(Step s) {
        return s.index() < revealed();
    }

    /** The value the trace wrote for {@code symbol} if that step is revealed, else null ("not computed yet", unlike 0). */
    public Double value(Symbol symbol) {
        Step s = groups.wrote(symbol);
        return s == null || !isRevealed(s) ? null : s.value();
    }

    /** The value the trace wrote for {@code symbol}, revealed or not (for diagnosis and checks). */
    Double traceValue(Symbol symbol) {
        Step s = groups.wrote(symbol);
        return s == null ? null : s.value();
    }

    /** The step that wrote {@code symbol} (the update, for a weight or bias), or null. */
    public Step traceStep(Symbol symbol) {
        return groups.wrote(symbol);
    }

    public Double z(int l, int j) {
        return value(Symbol.z(l, j));
    }

    /** aˡⱼ; the input layer's activations are the inputs, always known. */
    public Double a(int l, int j) {
        return l == 1 ? Double.valueOf(x.get(j)) : value(Symbol.a(l, j));
    }

    public Double delta(int l, int j) {
        return value(Symbol.delta(l, j));
    }

    public Double cost() {
        return value(Symbol.cost());
    }

    /** C after the update (eq. 7 on the updated network), once the last step is revealed; else null. */
    public Double costAfter() {
        return step() == count() - 1 ? costAfter : null;
    }

    public Double nablaB(int l, int j) {
        return value(Symbol.nablaB(l, j));
    }

    public Double nablaW(int l, int k, int j) {
        return value(Symbol.nablaW(l, k, j));
    }

    /** wˡₖ,ⱼ after the update (eq. 13 is the only step that writes a weight). */
    public Double updatedWeight(int l, int k, int j) {
        return value(Symbol.w(l, k, j));
    }

    /** bˡⱼ after the update. */
    public Double updatedBias(int l, int j) {
        return value(Symbol.b(l, j));
    }

    /** The largest |δ| in the whole trace: the scale of the diverging colours (fixed while stepping). */
    public double deltaScale() {
        return groups.deltaScale();
    }

    // ---- the things a student can edit ----

    public Network network() {
        return net;
    }

    public Trace trace() {
        return groups.trace();
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
            case INPUT -> x = DeltaFlowPresets.with(x, p.k(), v);
            case TARGET -> y = DeltaFlowPresets.with(y, p.k(), v);
            case ETA -> eta = v;
        }
        preset = "custom";
        rebuild();
    }

    public void setGranularity(Granularity g) {
        granularity = g;
        regroup(trace());
    }

    public void setUpdateBiases(boolean b) {
        updateBiases = b;
        rebuild();
    }

    /** Replaces the whole network (the example and η stay if they fit, else they are redrawn). */
    public void setNetwork(Network n, Vec input, Vec target, double eta) {
        DeltaFlowPresets.checkShape(n);
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
        lastAnswer =
                new QuizResult(q.result().name(), value, q.value(), right, right ? "" : diagnosis.explain(q, value));
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
            Symbol p = current().get(i).wrote().parameter(); // ∂C/∂w and the new w are about w
            switch (p.quantity()) {
                case W:
                    return Param.weight(p.layer(), p.neuron(), p.index());
                case B:
                    return Param.bias(p.layer(), p.neuron());
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
        return GradientCheckRow.of(p, traceStep(p.gradient()), net, x, y, this::isRevealed);
    }

    // ---- export ----

    @Override
    public Map<String, Object> numbers() {
        return DeltaFlowNumbers.of(this);
    }

    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder("δ-flow " + preset + " " + net.toString().split("\n")[0] + ", step " + step() + " of "
                        + (count() - 1) + " (" + granularity.name().toLowerCase() + "), " + phase());
        for (Step s : current()) {
            sb.append("\n  ").append(s);
        }
        return sb.toString();
    }
}
