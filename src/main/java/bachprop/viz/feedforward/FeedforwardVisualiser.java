package bachprop.viz.feedforward;

import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import bachprop.viz.deltaflow.DeltaFlowModel;
import bachprop.viz.deltaflow.Granularity;
import java.util.Map;
import java.util.Random;
import javafx.scene.Node;

/**
 * {@code feedforward}: options {@code preset} (default|mazur), {@code sizes} (default 3-4-4-2),
 * {@code seed}, {@code granularity} (layer|neuron), {@code theme}.
 */
public final class FeedforwardVisualiser extends BaseVisualiser<FeedforwardModel> {
    FeedforwardVisualiser(FeedforwardModel model, Options o) {
        super("feedforward", model, o.theme());
    }

    public static FeedforwardVisualiser create(Map<String, String> options) {
        Options o = new Options("feedforward", options);
        boolean perNeuron = o.choice("granularity", "layer", "layer", "neuron").equals("neuron");
        if (o.choice("preset", "default", "default", "mazur").equals("mazur")) {
            DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
            return new FeedforwardVisualiser(new FeedforwardModel(m.network(), m.input(), perNeuron), o);
        }
        int[] sizes = o.sizes("sizes", "3-4-4-2", 6, 8);
        long seed = o.whole("seed", 2);
        Random r = new Random(seed);
        double[] x = new double[sizes[0]];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(r.nextDouble() * 100) / 100.0;
        }
        return new FeedforwardVisualiser(new FeedforwardModel(Network.random(seed, sizes), new Vec(x), perNeuron), o);
    }

    @Override
    protected Node createView() {
        return new FeedforwardView(model, theme);
    }
}
