package bachprop.visualisers;

import bachprop.chorale.live.TrainLiveVisualiser;
import bachprop.chorale.ui.ChoraleVisualisers;
import bachprop.chorale.ui.ExperimentVisualiser;
import bachprop.rnn.viz.BpttVisualiser;
import bachprop.rnn.viz.GradientNormsVisualiser;
import bachprop.seq.satb.viz.FourVoicesVisualiser;
import bachprop.seq.viz.ExtenderVisualiser;
import bachprop.viz.VisualiserCatalog;
import bachprop.viz.VisualiserType;
import bachprop.viz.algorithm.AlgorithmVisualiser;
import bachprop.viz.costsurface.CostSurfaceVisualiser;
import bachprop.viz.deltaflow.DeltaFlowVisualiser;
import bachprop.viz.feedforward.FeedforwardVisualiser;
import bachprop.viz.linearcollapse.LinearCollapseVisualiser;
import bachprop.viz.minibatch.MinibatchVisualiser;
import bachprop.viz.neuron.NeuronVisualiser;
import bachprop.viz.quadraticcost.QuadraticCostVisualiser;
import bachprop.viz.sigmoid.SigmoidVisualiser;
import java.util.List;

/**
 * The product's visualisers, in the order the chapters meet them, each with the option names it
 * reads besides {@code theme} (docs/visualisers.md, docs/rnn.md, docs/chorales.md and
 * docs/sequence-models.md describe them). Found through {@code META-INF/services}; this package
 * sits above every visualiser package, so none of them depends back on the list.
 */
public final class BuiltinVisualisers implements VisualiserCatalog {
    @Override
    public List<VisualiserType> visualisers() {
        return List.of(
                VisualiserType.of("neuron", NeuronVisualiser::create, "inputs", "weights", "bias"),
                VisualiserType.of(
                        "feedforward", FeedforwardVisualiser::create, "preset", "sizes", "seed", "granularity"),
                VisualiserType.of("sigmoid", SigmoidVisualiser::create, "biases", "weight"),
                VisualiserType.of("linear-collapse", LinearCollapseVisualiser::create, "layers", "weights", "biases"),
                VisualiserType.of("quadratic-cost", QuadraticCostVisualiser::create, "preset", "outputs", "targets"),
                VisualiserType.of(
                        "cost-surface",
                        CostSurfaceVisualiser::create,
                        "function",
                        "eta",
                        "point",
                        "start",
                        "steps",
                        "show",
                        "roll-ms"),
                VisualiserType.of(
                        "minibatch",
                        MinibatchVisualiser::create,
                        "batch-size",
                        "batch",
                        "eta",
                        "updates",
                        "seed",
                        "preset"),
                VisualiserType.of("algorithm", AlgorithmVisualiser::create, "seed", "eta", "epochs", "preset"),
                VisualiserType.of(
                        "delta-flow",
                        DeltaFlowVisualiser::create,
                        "preset",
                        "sizes",
                        "seed",
                        "granularity",
                        "quiz",
                        "update-biases",
                        "biases",
                        "eta",
                        "presenter",
                        "pulse-ms"),
                VisualiserType.of("bptt", BpttVisualiser::new, "seed", "step", "start"),
                VisualiserType.of(
                        "gradient-norms", GradientNormsVisualiser::new, "scales", "T", "clip", "seed", "step"),
                VisualiserType.of(
                        "piano-roll", ChoraleVisualisers::pianoRoll, ChoraleVisualisers.options("step", "when")),
                VisualiserType.of(
                        "cost-curve", ChoraleVisualisers::costCurve, ChoraleVisualisers.options("step", "live")),
                VisualiserType.of("output-bars", ChoraleVisualisers::outputBars, ChoraleVisualisers.options("step")),
                VisualiserType.of("chorale-experiment", ExperimentVisualiser::create),
                VisualiserType.of(
                        "extender",
                        ExtenderVisualiser::new,
                        "chorale",
                        "opening",
                        "notes",
                        "temperature",
                        "seed",
                        "data",
                        "models",
                        "step",
                        "surprise"),
                VisualiserType.of("train-live", TrainLiveVisualiser::new, "model", "options", "data", "folder"),
                VisualiserType.of(
                        "four-voices",
                        FourVoicesVisualiser::new,
                        "chorale",
                        "opening",
                        "steps",
                        "model",
                        "temperature",
                        "seed",
                        "step"));
    }
}
