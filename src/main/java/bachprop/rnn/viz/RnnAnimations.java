package bachprop.rnn.viz;

import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The chapter-8 views' play timeline (the pulse along an edge is {@code StepAnimations.progress}).
 * It returns an unstarted {@link Timeline}; the duration is a parameter so tests can pass
 * {@link Duration#ZERO}.
 */
public final class RnnAnimations {
    private RnnAnimations() {}

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
