package bachprop.viz.feedforward;

import bachprop.nn.Equation;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.nn.Trace;
import bachprop.nn.Vec;
import bachprop.viz.StepModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered network feeding forward (the text's Figure 2, section 2.2): position 0 shows the
 * input; position p has computed layers 2..p+1. Values come from the core's traced forward pass.
 */
public final class FeedforwardModel extends StepModel {
    private final Network net;
    private final Vec x;
    private final Trace trace = new Trace();

    public FeedforwardModel(Network net, Vec x) {
        this.net = net;
        this.x = x;
        net.forward(x, trace);
    }

    @Override
    public int count() {
        return net.L();
    }

    public Network network() {
        return net;
    }

    /** The last layer computed so far (1 = only the input). */
    public int computedLayer() {
        return step() + 1;
    }

    /** aˡⱼ, or null if layer l is not computed yet. */
    public Double a(int l, int j) {
        if (l == 1) {
            return x.get(j);
        }
        return l > computedLayer() ? null : find(Equation.A, l, j);
    }

    public Double z(int l, int j) {
        return l > computedLayer() || l == 1 ? null : find(Equation.Z, l, j);
    }

    private double find(Equation e, int l, int j) {
        for (Step s : trace) {
            if (s.equation() == e && s.layer() == l && s.neuron() == j) {
                return s.value();
            }
        }
        throw new IllegalArgumentException("no " + e + " step for layer " + l + ", neuron " + j);
    }

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> layers = new ArrayList<>();
        for (int l = 1; l <= computedLayer(); l++) {
            List<Object> a = new ArrayList<>();
            for (int j = 0; j < net.size(l); j++) {
                a.add(a(l, j));
            }
            layers.add(a);
        }
        m.put("activations", layers);
        return m;
    }
}
