package bachprop.viz.common;

/** A view that listens to a model and can stop listening (offscreen export copies do). */
public interface Unbindable {
    void unbind();
}
