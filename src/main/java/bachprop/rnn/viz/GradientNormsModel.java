package bachprop.rnn.viz;

import bachprop.rnn.GradientFlow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the gradient-norms visualiser, with no pixels. Step k (1..n) adds the curve of
 * ‖∂C/∂h_t‖ against t for the k-th scale s of the recurrent weights; the last step shows
 * clipping: every run's gradient norm before and after g → g·min(1, c/‖g‖). All numbers come
 * from {@link GradientFlow} runs of BPTT made once, when the model is built.
 */
public final class GradientNormsModel extends ShownSteps {
    private final GradientFlow flow;
    private final List<GradientFlow.Run> runs;

    public GradientNormsModel(GradientFlow flow, double... scales) {
        if (scales.length == 0) {
            throw new IllegalArgumentException("give at least one scale of W_hh");
        }
        this.flow = flow;
        this.runs = List.copyOf(flow.runAll(scales));
    }

    /** The chapter's default: scales 1..6 of an orthogonal W_hh, 20 steps, c = 5. */
    public static GradientNormsModel standard() {
        return new GradientNormsModel(GradientFlow.standard(), 1, 2, 3, 4, 5, 6);
    }

    public GradientFlow flow() {
        return flow;
    }

    public List<GradientFlow.Run> runs() {
        return runs;
    }

    public int T() {
        return flow.T();
    }

    public double clip() {
        return flow.clip();
    }

    /** The number of steps: one per scale, then clipping. */
    public int count() {
        return runs.size() + 1;
    }

    /** How many curves are drawn. */
    public int curvesShown() {
        return Math.min(shown(), runs.size());
    }

    public boolean clippingShown() {
        return shown() > runs.size();
    }

    /** The run added by the current step, or null at the start and on the clipping step. */
    public GradientFlow.Run latest() {
        return shown() >= 1 && shown() <= runs.size() ? runs.get(shown() - 1) : null;
    }

    /** The numbers on show, for export beside a PNG. */
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", shown());
        m.put("steps", count());
        m.put("T", T());
        m.put("clip", clip());
        m.put("clippingShown", clippingShown());
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < curvesShown(); i++) {
            GradientFlow.Run r = runs.get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("scale", r.scale());
            List<Object> norms = new ArrayList<>();
            for (double v : r.hiddenGradientNorms()) {
                norms.add(v);
            }
            one.put("dCdhNorms", norms);
            one.put("ratioFirstToLast", r.ratio());
            one.put("factorPerStep", r.factorPerStep());
            one.put("gradientNorm", r.gradientNorm());
            if (clippingShown()) {
                one.put("clippedNorm", r.clippedNorm());
            }
            list.add(one);
        }
        m.put("runs", list);
        return m;
    }

    @Override
    public String toString() {
        return "GradientNormsModel " + flow + ", step " + shown() + " of " + count();
    }
}
