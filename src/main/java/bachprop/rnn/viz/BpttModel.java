package bachprop.rnn.viz;

import bachprop.nn.Vec;
import bachprop.rnn.BpttEquation;
import bachprop.rnn.BpttStep;
import bachprop.rnn.BpttTrace;
import bachprop.rnn.Rnn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the BPTT visualiser, with no pixels: a recorded {@link BpttTrace} of one training
 * step of a small RNN and how many of its steps have been shown. Everything the view draws is
 * read from the trace (values that are not yet computed are not shown); nothing is recomputed.
 */
public final class BpttModel extends ShownSteps {
    private final Rnn rnn;
    private final int[] tokens;
    private final int[] targets;
    private final BpttTrace trace;

    /**
     * @param rnn    the network (copied: the trace's update step does not change the caller's)
     * @param sequence the tokens; inputs are all but the last, targets all but the first (section 7.2)
     * @param eta    η for the update step
     * @param clip   the clipping threshold c (≤ 0: no clipping step)
     */
    public BpttModel(Rnn rnn, int[] sequence, double eta, double clip) {
        if (sequence.length < 2) {
            throw new IllegalArgumentException("the sequence needs at least two tokens");
        }
        this.rnn = rnn.copy();
        this.tokens = Rnn.inputsOf(sequence);
        this.targets = Rnn.targetsOf(sequence);
        Rnn trained = rnn.copy();
        this.trace = trained.trainStep(trained.oneHot(tokens), targets, eta, clip);
    }

    /** The chapter's default: 3 tokens, 3 hidden neurons, the melody [A, B, C, A, B] (T = 4). */
    public static BpttModel standard(long seed) {
        return new BpttModel(Rnn.random(seed, 3, 3, 3), new int[] {0, 1, 2, 0, 1}, 0.5, 5.0);
    }

    public BpttTrace trace() {
        return trace;
    }

    public Rnn rnn() {
        return rnn;
    }

    public int T() {
        return tokens.length;
    }

    public int nHidden() {
        return rnn.nHidden();
    }

    public int nOut() {
        return rnn.nOut();
    }

    public int token(int t) {
        return tokens[t - 1];
    }

    public int target(int t) {
        return targets[t - 1];
    }

    public int count() {
        return trace.size();
    }

    /** The step just taken, or null before the first. */
    public BpttStep current() {
        return shown() == 0 ? null : trace.get(shown() - 1);
    }

    /** True once the forward pass is over and δ is flowing back. */
    public boolean inBackwardPass() {
        BpttStep s = current();
        return s != null && (s.equation().isBackward() || s.equation() == BpttEquation.UPDATE);
    }

    /** The latest value so far produced by a step of {@code equation} at time t whose result is named {@code name}, or null. */
    public double[] latest(BpttEquation equation, int t, String name) {
        for (int i = shown() - 1; i >= 0; i--) {
            BpttStep s = trace.get(i);
            if (s.equation() == equation
                    && s.t() == t
                    && (name == null || s.result().name().equals(name))) {
                return s.result().vector();
            }
        }
        return null;
    }

    /** h_t if eq. 25 has produced it (h₀ is given from the start). */
    public double[] h(int t) {
        if (t == 0) {
            return new double[nHidden()];
        }
        return latest(BpttEquation.H, t, null);
    }

    /** ŷ_t if computed. */
    public double[] yHat(int t) {
        return latest(BpttEquation.SOFTMAX, t, null);
    }

    /** C_t if computed. */
    public Double cost(int t) {
        double[] c = latest(BpttEquation.COST, t, null);
        return c == null ? null : c[0];
    }

    /** δᵒ_t if BPTT1 has produced it. */
    public double[] deltaO(int t) {
        return latest(BpttEquation.BPTT1, t, null);
    }

    /** ∂C/∂h_t if BPTT2 has produced it. */
    public double[] dCdh(int t) {
        return latest(BpttEquation.BPTT2, t, null);
    }

    /** δ_t if BPTT3 has produced it. */
    public double[] delta(int t) {
        return latest(BpttEquation.BPTT3, t, null);
    }

    /** ‖∂C/∂h_t‖ if known, else NaN. */
    public double hiddenGradientNorm(int t) {
        double[] g = dCdh(t);
        return g == null ? Double.NaN : Math.sqrt(new Vec(g).dot(new Vec(g)));
    }

    /** The largest |δ| or |δᵒ| in the whole trace, so colours keep one scale while stepping. */
    public double deltaScale() {
        double m = 1e-12;
        for (BpttStep s : trace) {
            if (s.equation() == BpttEquation.BPTT1 || s.equation() == BpttEquation.BPTT3) {
                for (double v : s.result().vector()) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        return m;
    }

    /** The numbers the current frame shows, for export beside a PNG. */
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", shown());
        m.put("steps", trace.size());
        m.put("T", T());
        m.put("tokens", toList(tokens));
        m.put("targets", toList(targets));
        BpttStep s = current();
        if (s != null) {
            m.put("equation", s.equation().label());
            m.put("t", s.t());
            m.put("formula", s.formula());
            m.put("substituted", s.substituted());
            Map<String, Object> result =
                    new LinkedHashMap<>(); // insertion order: the JSON's keys come out the same every time
            result.put("name", s.result().name());
            result.put("value", rows(s.result().m()));
            m.put("result", result);
        }
        List<Map<String, Object>> times = new ArrayList<>();
        for (int t = 1; t <= T(); t++) {
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("t", t);
            put(at, "h", h(t));
            put(at, "yHat", yHat(t));
            put(at, "deltaO", deltaO(t));
            put(at, "dCdh", dCdh(t));
            put(at, "delta", delta(t));
            if (dCdh(t) != null) {
                at.put("dCdhNorm", hiddenGradientNorm(t));
            }
            times.add(at);
        }
        m.put("timeSteps", times);
        return m;
    }

    private static void put(Map<String, Object> m, String key, double[] v) {
        if (v != null) {
            m.put(key, toList(v));
        }
    }

    private static List<Object> rows(double[][] a) {
        List<Object> r = new ArrayList<>();
        for (double[] row : a) {
            r.add(toList(row));
        }
        return a.length == 1 ? toList(a[0]) : r;
    }

    private static List<Object> toList(double[] v) {
        List<Object> l = new ArrayList<>();
        for (double x : v) {
            l.add(x);
        }
        return l;
    }

    private static List<Object> toList(int[] v) {
        List<Object> l = new ArrayList<>();
        for (int x : v) {
            l.add(x);
        }
        return l;
    }

    @Override
    public String toString() {
        BpttStep s = current();
        return "BpttModel T=" + T() + ", step " + shown() + " of " + trace.size() + (s == null ? "" : ": " + s);
    }
}
