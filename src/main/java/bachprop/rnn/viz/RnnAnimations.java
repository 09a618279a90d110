package bachprop.rnn.viz;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.util.Duration;

import java.util.function.BooleanSupplier;

/**
 * Animation factories for the chapter-8 visualisers. Each returns an unstarted
 * {@link Timeline}; durations are parameters so tests can pass {@link Duration#ZERO}.
 */
public final class RnnAnimations {
    private RnnAnimations() {
    }

    /** A pulse travelling along an edge: {@code progress} goes 0 → 1 over {@code duration}. */
    public static Timeline pulse(DoubleProperty progress, Duration duration) {
        return new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(progress, 0)),
                new KeyFrame(duration, new KeyValue(progress, 1)));
    }

    /**
     * Play: calls {@code step} every {@code perStep} until it returns false, then stops. With a
     * zero duration it is a single frame that takes every remaining step at once.
     */
    public static Timeline play(BooleanSupplier step, Duration perStep) {
        Timeline t = new Timeline();
        if (perStep.lessThanOrEqualTo(Duration.ZERO)) {
            t.getKeyFrames().add(new KeyFrame(Duration.millis(1), e -> {
                while (step.getAsBoolean()) {
                    // take every remaining step in one frame
                }
            }));
            t.setCycleCount(1);
            return t;
        }
        t.getKeyFrames().add(new KeyFrame(perStep, e -> {
            if (!step.getAsBoolean()) {
                t.stop();
            }
        }));
        t.setCycleCount(Animation.INDEFINITE);
        return t;
    }
}
