package bachprop.chorale.ui;

import bachprop.chorale.plot.CostCurveModel;
import bachprop.viz.Visualiser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * {@code chorale-experiment}: the chapter-7 experiment in the window — Run trains the text's
 * network in the background with the cost curve growing live, then the piano roll and buttons to
 * listen. It has no steps; its numbers are the cost curve drawn so far.
 */
public final class ExperimentVisualiser implements Visualiser {
    private ExperimentPane pane;

    public static Visualiser create(Map<String, String> options) {
        return new ExperimentVisualiser();
    }

    @Override
    public String name() {
        return "chorale-experiment";
    }

    @Override
    public Node view() {
        if (pane == null) {
            pane = new ExperimentPane();
        }
        return pane;
    }

    @Override
    public boolean stepForward() {
        return false;
    }

    @Override
    public boolean stepBack() {
        return false;
    }

    @Override
    public void reset() {}

    @Override
    public Map<String, Object> numbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visualiser", name());
        if (pane != null) {
            for (CostCurveModel.Series s : pane.curve().allSeries()) {
                List<Object> points = new ArrayList<>();
                for (CostCurveModel.Point p : s.points()) {
                    points.add(List.of(p.x(), p.y()));
                }
                m.put(s.label(), points);
            }
            m.put("status", pane.status().getText());
        }
        return m;
    }
}
