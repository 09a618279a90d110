package bachprop.viz;

/** The list of the product's visualisers; each visualiser package adds its line here. */
final class BuiltinVisualisers {
    private BuiltinVisualisers() {
    }

    static void registerAll() {
        // e.g. VisualiserRegistry.register("delta-flow", DeltaFlowVisualiser::new);
        VisualiserRegistry.register("bptt", bachprop.rnn.viz.BpttVisualiser::new);
        VisualiserRegistry.register("gradient-norms", bachprop.rnn.viz.GradientNormsVisualiser::new);
        VisualiserRegistry.register("extender", bachprop.seq.viz.ExtenderVisualiser::new);
    }
}
