package bachprop.viz.common;

/** A view that can change its theme while on show (presenter mode switches to the projector theme). */
public interface Themed {
    void setTheme(Theme theme);

    /** Presenter mode: the projector theme, and controls hidden where the view has any. */
    default void setPresenter(boolean on, Theme normal) {
        setTheme(on ? Theme.PROJECTOR : normal);
    }
}
