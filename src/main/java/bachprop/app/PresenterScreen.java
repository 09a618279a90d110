package bachprop.app;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Presenter mode fills the screen whatever the window manager: full screen where there is one
 * that honours it, and in any case the window moved and sized to the screen's visual bounds (a
 * bare X server, as under Xvfb, ignores the full-screen request). Leaving puts the window back.
 * Esc is the window's key ({@link Keymap}), not the stage's, so Esc in an entered cell leaves the
 * cell first.
 */
final class PresenterScreen {
    /** Shown for a few seconds when presenter mode starts. */
    static final String HINT = "Presenter mode: → or Page Down next · ← back · B black screen · T text · Esc leaves";

    private Rectangle2D before;

    /** The screen the window is mostly on (the primary one if none). */
    static Screen screenOf(Stage stage) {
        List<Screen> screens =
                Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    void apply(Stage stage, boolean on) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        if (on) {
            before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            Rectangle2D screen = screenOf(stage).getVisualBounds();
            place(stage, screen); // first: a window manager then makes it full screen from there
            stage.setFullScreenExitHint(HINT);
            stage.setFullScreen(true);
        } else {
            stage.setFullScreen(false);
            if (before != null) {
                place(stage, before);
            }
        }
    }

    private static void place(Stage stage, Rectangle2D r) {
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
    }

    @Override
    public String toString() {
        return "PresenterScreen(" + (before == null ? "not used yet" : "window before: " + before) + ")";
    }
}
