package bachprop.viz.deltaflow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.viz.common.CanvasText;
import bachprop.viz.common.Fx;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The weight labels of Mazur's network never sit on another text of the drawing (a bias box, a
 * neuron's numbers, another label), at any step: in presenter mode at 1920×1080 (the projector
 * theme's 24 px type, where the last step's b → b′ boxes are wider than their circles) and in the
 * standard theme at a laptop's side panel and a full screen. Tolerance: 2 px, the layout audit's.
 */
@ExtendWith(ApplicationExtension.class)
class WeightLabelsTest {
    /** Rounding and font ascent slack, in pixels (LayoutAudit.SLACK). */
    static final double SLACK = 2;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void noWeightLabelOverlapsAnotherTextAtAnyStepInPresenterModeAt1920x1080() {
        assertNoOverlapAtAnyStep(1920, 1080, true);
    }

    @Test
    void noWeightLabelOverlapsAnotherTextAtAnyStepInTheStandardTheme() {
        assertNoOverlapAtAnyStep(860, 1000, false);
        assertNoOverlapAtAnyStep(1920, 1080, false);
    }

    private void assertNoOverlapAtAnyStep(double w, double h, boolean presenter) {
        DeltaFlowModel model = DeltaFlowPresets.mazur(Granularity.EQUATION, true);
        DeltaFlowView view = Fx.call(() -> {
            DeltaFlowView v = new DeltaFlowView(model, Theme.STANDARD, Duration.ZERO);
            stage.setScene(new Scene(v, w, h));
            stage.sizeToScene();
            stage.show();
            v.setPresenter(presenter, Theme.STANDARD);
            return v;
        });
        List<String> found = new ArrayList<>();
        String at = (presenter ? "presenter " : "standard ") + (int) w + "×" + (int) h;
        do {
            WaitForAsyncUtils.waitForFxEvents();
            List<CanvasText> texts = Fx.call(() -> view.canvas().texts());
            int step = Fx.call(model::step);
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    Bounds a = texts.get(i).bounds();
                    Bounds b = texts.get(j).bounds();
                    double ox = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                    double oy = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                    if (ox > SLACK && oy > SLACK) {
                        found.add(at + ", step " + step + ": " + texts.get(i) + " and " + texts.get(j));
                    }
                }
            }
        } while (Fx.call(model::forward));
        assertTrue(found.isEmpty(), found.size() + " overlaps:\n" + String.join("\n", found));
    }
}
