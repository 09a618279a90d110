package bachprop.chorale.live;

import bachprop.viz.Visualiser;
import bachprop.viz.common.Options;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;

/**
 * {@code train-live} (chapter 9): {@code bachprop chorale train} in the window, with a live plot.
 * Options: {@code model} (mlp), {@code options} (the kind's options, e.g. {@code epochs 5}),
 * {@code data} (jsb), {@code folder} (where the file goes; default the user's model folder).
 * It has no steps: a run is started with Train.
 */
public final class TrainLiveVisualiser implements Visualiser {
    private final TrainLiveModel model;
    private TrainLiveView view;

    public TrainLiveVisualiser(Map<String, String> options) {
        Options o = new Options("train-live", options);
        String folder = o.get("folder", null);
        model = new TrainLiveModel(
                o.get("model", "mlp"),
                o.get("options", ""),
                o.get("data", "jsb"),
                folder == null ? null : Path.of(folder));
    }

    public TrainLiveModel model() {
        return model;
    }

    @Override
    public String name() {
        return "train-live";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new TrainLiveView(model);
        }
        return view;
    }

    @Override
    public boolean stepForward() {
        return false;
    }

    @Override
    public boolean stepBack() {
        return false;
    }

    /** Nothing to rewind: a finished run's plot stays until the next Train. */
    @Override
    public void reset() {}

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visualiser", name());
        m.putAll(model.numbers());
        return m;
    }

    @Override
    public String toString() {
        return "train-live (" + model + ")";
    }
}
