package bachprop.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Presenter mode as a lecturer uses it, without the window: what fills the screen (the active
 * visualiser or the chapter's text), the black screen, and auto-play. The step itself lives in
 * {@link WindowModel}; {@link Keymap} turns keys into calls here; {@link PresenterView} binds.
 * Plain observable values (no Node, no Stage), so a unit test drives it without the toolkit.
 */
public final class PresenterModel {
    /**
     * The least type size in presenter mode on a 1920×1080 screen, in pixels: readable from the back
     * of a lecture hall. On other screens it scales with the height ({@link #minTextPx(double)}).
     */
    public static final double MIN_TEXT_PX = 24;
    /** The screen height {@link #MIN_TEXT_PX} is stated for. */
    public static final double REFERENCE_HEIGHT = 1080;
    /** How long auto-play (P) waits between two steps, in milliseconds. */
    public static final double PLAY_INTERVAL_MS = 900;

    /** What fills the screen in presenter mode. */
    public enum Showing {
        VISUALISER,
        TEXT
    }

    /** Scrolls the text shown in presenter mode by a screenful (+1 down, −1 up); set by the view. */
    public interface Pager {
        void page(int direction);
    }

    private final WindowModel window;
    final ObjectProperty<Showing> showing = new SimpleObjectProperty<>(Showing.VISUALISER);
    final BooleanProperty black = new SimpleBooleanProperty(false);
    final BooleanProperty playing = new SimpleBooleanProperty(false);
    private Pager pager = direction -> {};

    public PresenterModel(WindowModel window) {
        this.window = window;
        window.presenter.addListener((o, was, on) -> {
            black.set(false); // a lecture never starts or ends on a black screen
            showing.set(Showing.VISUALISER);
        });
    }

    /** The least type size on a screen {@code screenHeight} pixels high: {@link #MIN_TEXT_PX} × height / 1080. */
    public static double minTextPx(double screenHeight) {
        return MIN_TEXT_PX * screenHeight / REFERENCE_HEIGHT;
    }

    void setPager(Pager pager) {
        this.pager = pager;
    }

    /**
     * The clicker's "next": in presenter mode a black screen comes back first (as in PowerPoint);
     * showing the text, it scrolls a screenful; else the visualiser steps forward.
     */
    public boolean forward() {
        return move(1);
    }

    /** The clicker's "previous": as {@link #forward()}, backwards. */
    public boolean back() {
        return move(-1);
    }

    private boolean move(int direction) {
        playing.set(false);
        if (black.get()) {
            black.set(false);
            return true;
        }
        if (window.presenter() && showing.get() == Showing.TEXT) {
            pager.page(direction);
            return true;
        }
        return direction > 0 ? window.stepForward() : window.stepBack();
    }

    /** B or "." in presenter mode: the screen goes black (and back). */
    public void toggleBlack() {
        black.set(!black.get());
    }

    public boolean black() {
        return black.get();
    }

    /** T in presenter mode: the chapter's text instead of the visualiser (and back). */
    public void toggleText() {
        black.set(false);
        showing.set(showing.get() == Showing.TEXT ? Showing.VISUALISER : Showing.TEXT);
    }

    public Showing showing() {
        return showing.get();
    }

    /** P: the visualiser steps by itself every {@link #PLAY_INTERVAL_MS} ms until its last step (and stops). */
    public void togglePlay() {
        playing.set(!playing.get() && window.hasStepper());
    }

    /** One tick of auto-play: a step forward; playing stops at the last step. */
    public void tick() {
        if (playing.get() && !window.stepForward()) {
            playing.set(false);
        }
    }

    public boolean playing() {
        return playing.get();
    }

    @Override
    public String toString() {
        return "PresenterModel(" + (window.presenter() ? "on" : "off") + ", showing " + showing.get()
                + (black.get() ? ", black" : "") + (playing.get() ? ", playing" : "") + ")";
    }
}
