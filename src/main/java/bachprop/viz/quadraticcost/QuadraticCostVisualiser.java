package bachprop.viz.quadraticcost;

import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Options;
import bachprop.viz.deltaflow.DeltaFlowModel;
import bachprop.viz.deltaflow.Granularity;
import java.util.Map;
import javafx.scene.Node;

/** {@code quadratic-cost}: options {@code preset} (default|mazur: Mazur's two outputs and targets), {@code outputs} (default 0.75,0.77,0.3,0.9), {@code targets} (0.01,0.99,0.5,1), {@code theme}. */
public final class QuadraticCostVisualiser extends BaseVisualiser<QuadraticCostModel> {
    QuadraticCostVisualiser(QuadraticCostModel model, Options o) {
        super("quadratic-cost", model, o.theme());
    }

    public static QuadraticCostVisualiser create(Map<String, String> options) {
        Options o = new Options("quadratic-cost", options);
        if (o.choice("preset", "default", "default", "mazur").equals("mazur")) {
            // Mazur's outputs come from the core's feed-forward of his network, not from typed-in numbers
            DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
            double[] a = m.network().feedforward(m.input()).toArray();
            return new QuadraticCostVisualiser(
                    new QuadraticCostModel(a, m.target().toArray()), o);
        }
        return new QuadraticCostVisualiser(
                new QuadraticCostModel(
                        o.numbers("outputs", "0.75,0.77,0.3,0.9"), o.numbers("targets", "0.01,0.99,0.5,1")),
                o);
    }

    @Override
    protected Node createView() {
        return new QuadraticCostView(model, theme);
    }
}
