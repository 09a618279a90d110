package bachprop.viz.common;

import bachprop.viz.Stepping;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.util.Duration;

/** Animation factories every visualiser shares; each returns an unstarted timeline. */
public final class StepAnimations {
    private StepAnimations() {}

    /** Steps the model forward every {@code perStep} until its last step; {@code onEnd} runs then. */
    public static Timeline play(Stepping model, Duration perStep, Runnable onEnd) {
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

    /** A property eased from 0 to 1 over {@code d} (at once when d is zero): a transition's progress. */
    public static Timeline progress(DoubleProperty p, Duration d) {
        return progress(p, d, 1.0);
    }

    /** A property eased from 0 to {@code end} over {@code d} (at once when d is zero). */
    public static Timeline progress(DoubleProperty p, Duration d, double end) {
        if (d.lessThanOrEqualTo(Duration.ZERO)) {
            return new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(p, end)));
        }
        return new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(p, 0.0)), new KeyFrame(d, new KeyValue(p, end)));
    }
}
