package bachprop.viz.deltaflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.viz.common.Fx;
import bachprop.viz.common.Theme;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The δ-flow view in a side panel (380×700, headless): the step panel goes beneath the drawing,
 * and the drawing's columns keep apart — no neuron circle overlaps another, no layer title
 * another, and nothing sticks out of the drawing.
 */
@ExtendWith(ApplicationExtension.class)
class DeltaFlowNarrowLayoutTest {
    private DeltaFlowView view;
    private DeltaFlowModel model;

    @Start
    void start(Stage stage) {
        model = DeltaFlowModel.random(new int[] {2, 3, 2}, 1, Granularity.EQUATION);
        view = new DeltaFlowView(model, Theme.STANDARD, Duration.ZERO);
        stage.setScene(new Scene(view, 380, 700));
        stage.sizeToScene(); // the shared stage may keep a size an earlier test gave it (1920 wide)
        stage.show();
    }

    @Test
    void sidePanelMovesBeneathTheDrawing() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Fx.call(view::isNarrow), "380 px wide is narrow");
        assertNull(Fx.call(view::getRight), "nothing is beside the drawing");
    }

    @Test
    void neuronsAndLayerTitlesDoNotOverlapAtSidePanelWidth() {
        for (int[] sizes : List.of(new int[] {2, 2, 2}, new int[] {2, 3, 2}, new int[] {3, 4, 4, 2})) {
            Fx.run(() -> model.load(DeltaFlowModel.random(sizes, 1, Granularity.EQUATION)));
            WaitForAsyncUtils.waitForFxEvents();
            NetworkCanvas c = view.canvas();
            double w = Fx.call(c::getWidth);
            double h = Fx.call(c::getHeight);
            assertTrue(Math.abs(w - 380) < 1, "the drawing has the whole width, not " + w);
            double r = Fx.call(c::radius);
            String net = Arrays.toString(sizes);
            for (int l = 1; l <= sizes.length; l++) {
                for (int j = 0; j < sizes[l - 1]; j++) {
                    Point2D p = c.neuronCentre(l, j);
                    assertTrue(
                            p.getX() - r >= 0 && p.getX() + r <= w && p.getY() - r >= 0 && p.getY() + r <= h,
                            net + ": neuron " + l + "," + j + " at " + p + " (r " + r + ") lies inside " + w + "×" + h);
                    for (int m = 1; m <= sizes.length; m++) {
                        for (int k = 0; k < sizes[m - 1]; k++) {
                            if (m * 10 + k > l * 10 + j) {
                                double d = p.distance(c.neuronCentre(m, k));
                                assertTrue(
                                        d >= 2 * r,
                                        net + ": neurons " + l + "," + j + " and " + m + "," + k + " overlap (" + d
                                                + " < " + 2 * r + ")");
                            }
                        }
                    }
                }
            }
            List<Bounds> titles = Fx.call(c::titleBounds);
            for (int i = 0; i < titles.size(); i++) {
                Bounds t = titles.get(i);
                assertTrue(
                        t.getMinX() >= 0 && t.getMaxX() <= w,
                        net + ": title " + (i + 1) + " " + t + " is cut at the edge");
                for (int k = i + 1; k < titles.size(); k++) {
                    assertFalse(
                            t.intersects(titles.get(k)),
                            net + ": titles " + (i + 1) + " and " + (k + 1) + " overlap: " + t + " " + titles.get(k));
                }
            }
            for (NetworkCanvas.Hit hit : Fx.call(c::hits)) { // inputs, targets, biases, η, weight labels
                Bounds b = hit.bounds();
                if (hit.param().kind() != Param.Kind.WEIGHT) {
                    assertTrue(
                            b.getMinX() >= -0.5 && b.getMaxX() <= w + 0.5,
                            net + ": " + hit.param() + " " + b + " is clipped");
                }
            }
        }
    }
}
