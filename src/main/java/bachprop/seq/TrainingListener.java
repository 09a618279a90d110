package bachprop.seq;

/** Where training reports progress (a terminal bar, plain lines, or the window's live plot). */
@FunctionalInterface
public interface TrainingListener {
    void update(TrainingStatus status);

    TrainingListener NONE = status -> {};
}
