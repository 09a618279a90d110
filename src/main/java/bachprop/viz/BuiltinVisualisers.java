package bachprop.viz;

/** The list of the product's visualisers; each visualiser package adds its line here. */
final class BuiltinVisualisers {
    private BuiltinVisualisers() {
    }

    static void registerAll() {
        VisualiserRegistry.register("neuron", bachprop.viz.neuron.NeuronVisualiser::create);
        VisualiserRegistry.register("feedforward", bachprop.viz.feedforward.FeedforwardVisualiser::create);
        VisualiserRegistry.register("sigmoid", bachprop.viz.sigmoid.SigmoidVisualiser::create);
        VisualiserRegistry.register("linear-collapse", bachprop.viz.linearcollapse.LinearCollapseVisualiser::create);
        VisualiserRegistry.register("quadratic-cost", bachprop.viz.quadraticcost.QuadraticCostVisualiser::create);
        VisualiserRegistry.register("cost-surface", bachprop.viz.costsurface.CostSurfaceVisualiser::create);
        VisualiserRegistry.register("minibatch", bachprop.viz.minibatch.MinibatchVisualiser::create);
        VisualiserRegistry.register("algorithm", bachprop.viz.algorithm.AlgorithmVisualiser::create);
        VisualiserRegistry.register("delta-flow", bachprop.viz.deltaflow.DeltaFlowVisualiser::create);
        VisualiserRegistry.register("bptt", bachprop.rnn.viz.BpttVisualiser::new);
        VisualiserRegistry.register("gradient-norms", bachprop.rnn.viz.GradientNormsVisualiser::new);
        VisualiserRegistry.register("piano-roll", bachprop.chorale.ui.ChoraleVisualisers::pianoRoll);
        VisualiserRegistry.register("cost-curve", bachprop.chorale.ui.ChoraleVisualisers::costCurve);
        VisualiserRegistry.register("output-bars", bachprop.chorale.ui.ChoraleVisualisers::outputBars);
        VisualiserRegistry.register("chorale-experiment", bachprop.chorale.ui.ExperimentVisualiser::create);
        VisualiserRegistry.register("extender", bachprop.seq.viz.ExtenderVisualiser::new);
        VisualiserRegistry.register("train-live", bachprop.chorale.live.TrainLiveVisualiser::new);
    }
}
