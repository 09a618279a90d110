package bachprop.viz.common;

import bachprop.viz.Stepping;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/**
 * Animation factories every visualiser shares; each returns an unstarted timeline. With
 * {@link #reducedMotion()} on (a reader's setting: motion can distract or make unwell) every
 * transition is instant: pulses and the rolling ball appear where they come to rest.
 */
public final class StepAnimations {
    private static final BooleanProperty REDUCED_MOTION = new SimpleBooleanProperty(false);

    private StepAnimations() {}

    /** The reduced-motion setting shared by every visualiser (the window persists it). */
    public static BooleanProperty reducedMotion() {
        return REDUCED_MOTION;
    }

    /** {@code d}, or zero when motion is reduced: the duration a transition should take. */
    public static Duration motion(Duration d) {
        return REDUCED_MOTION.get() ? Duration.ZERO : d;
    }

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
        if (REDUCED_MOTION.get()) {
            p.set(end); // a zero-length timeline may never run its frame: the end is set here, at once
            return new Timeline();
        }
        if (d.lessThanOrEqualTo(Duration.ZERO)) {
            return new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(p, end)));
        }
        return new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(p, 0.0)), new KeyFrame(d, new KeyValue(p, end)));
    }
}
