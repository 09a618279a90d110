package bachprop.viz.deltaflow;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.util.Duration;

/**
 * The δ-flow view's animations, as factories of unstarted timelines. Durations are parameters,
 * so tests pass {@link Duration#ZERO} and the benchmark any frame rate it likes.
 */
public final class DeltaFlowAnimations {
    private DeltaFlowAnimations() {
    }

    /** Pulses travel from their source neuron to their resting place along the edge. */
    public static Timeline pulse(DoubleProperty phase, Duration travel) {
        if (travel.lessThanOrEqualTo(Duration.ZERO)) {
            return new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(phase, NetworkCanvas.REST)));
        }
        return new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(phase, 0.0)),
                new KeyFrame(travel, new KeyValue(phase, NetworkCanvas.REST)));
    }

    /** Steps forward every {@code perStep} until the last step; {@code onEnd} runs then. */
    public static Timeline play(DeltaFlowModel model, Duration perStep, Runnable onEnd) {
        Timeline t = new Timeline();
        t.getKeyFrames().add(new KeyFrame(perStep.greaterThan(Duration.ZERO) ? perStep : Duration.millis(1), e -> {
            if (!model.forward()) {
                t.stop();
                onEnd.run();
            }
        }));
        t.setCycleCount(Animation.INDEFINITE);
        return t;
    }
}
