package bachprop.viz.deltaflow;

import bachprop.nn.Network;
import bachprop.nn.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The δ-flow model's numbers for the JSON export: the network, the example, the revealed steps and the gradient check. */
final class DeltaFlowNumbers {
    private DeltaFlowNumbers() {}

    static Map<String, Object> of(DeltaFlowModel model) {
        Network net = model.network();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preset", model.preset());
        m.put("sizes", sizesList(net));
        m.put("granularity", model.granularity().name().toLowerCase());
        m.put("phase", model.phase());
        m.put("eta", model.eta());
        m.put("updateBiases", model.updateBiases());
        m.put("input", list(model.input().toArray()));
        m.put("target", list(model.target().toArray()));
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
        for (Step s : model.current()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("equation", s.equation().label());
            e.put("formula", s.formula());
            e.put("substituted", s.substituted());
            e.put("value", s.value());
            cur.add(e);
        }
        m.put("current", cur);
        List<Object> known = new ArrayList<>();
        for (Step s : model.trace().steps().subList(0, model.revealed())) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("step", s.index() + 1);
            e.put("equation", s.equation().label());
            e.put("name", s.result().name());
            e.put("value", s.value());
            known.add(e);
        }
        m.put("revealed", known);
        if (model.costAfter() != null) {
            m.put("costAfter", model.costAfter()); // shown once the update is revealed, as `bachprop trace` prints it
        }
        GradientCheckRow row = model.check(model.checked());
        Map<String, Object> gc = new LinkedHashMap<>();
        gc.put("parameter", row.param().label());
        gc.put("backprop", row.backprop());
        gc.put("centralDifference", row.numerical());
        gc.put("epsilon", row.epsilon());
        gc.put("relativeDifference", row.relativeDifference());
        m.put("gradientCheck", gc);
        return m;
    }

    private static List<Object> sizesList(Network net) {
        List<Object> s = new ArrayList<>();
        for (int n : net.sizes()) {
            s.add(n);
        }
        return s;
    }

    /** Numbers as a list: written as a JSON array (as {@code StepModel.list} does). */
    private static List<Object> list(double... values) {
        List<Object> l = new ArrayList<>();
        for (double v : values) {
            l.add(v);
        }
        return l;
    }
}
