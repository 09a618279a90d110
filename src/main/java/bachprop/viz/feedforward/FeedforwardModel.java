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
 * input; each step computes one more layer (or, per neuron, one more neuron's z and a). Values
 * come from the core's traced forward pass.
 */
public final class FeedforwardModel extends StepModel {
    private final Network net;
    private final Vec x;
    private final Trace trace = new Trace();

    private final boolean perNeuron;

    public FeedforwardModel(Network net, Vec x, boolean perNeuron) {
        this.net = net;
        this.x = x;
        this.perNeuron = perNeuron;
        net.forward(x, trace);
    }

    @Override
    public int count() {
        if (!perNeuron) {
            return net.L();
        }
        int n = 1;
        for (int l = 2; l <= net.L(); l++) {
            n += net.size(l);
        }
        return n;
    }

    /** How many trace steps (a z and an a per neuron) are revealed at this position. */
    int revealed() {
        if (perNeuron) {
            return 2 * step();
        }
        int n = 0;
        for (int l = 2; l <= step() + 1; l++) {
            n += 2 * net.size(l);
        }
        return n;
    }

    public Network network() {
        return net;
    }

    /** The layer being computed at this position (1 = only the input is known). */
    public int computedLayer() {
        return step() == 0 ? 1 : trace.get(revealed() - 1).layer();
    }

    /** aˡⱼ, or null if it is not computed yet (unlike 0). */
    public Double a(int l, int j) {
        if (l == 1) {
            return x.get(j);
        }
        return find(Equation.A, l, j);
    }

    public Double z(int l, int j) {
        return l == 1 ? null : find(Equation.Z, l, j);
    }

    private Double find(Equation e, int l, int j) {
        int shown = revealed();
        for (Step s : trace) {
            if (s.equation() == e && s.layer() == l && s.neuron() == j) {
                return s.index() < shown ? s.value() : null;
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
