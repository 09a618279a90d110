package bachprop.app;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys, seen before any control gets them: F5 presenter mode, Ctrl +/−/0 zoom,
 * Ctrl+Shift+Enter run all, Ctrl+Page Down/Up the next or previous chapter, and in presenter
 * mode Esc to leave it and the clicker's keys (→ ← Page Down Page Up Space) to step the
 * visualiser unless a text field has the focus.
 */
final class Keymap {
    private final WindowModel model;
    private final Runnable togglePresenter;
    private final Runnable runAll;

    /** @param togglePresenter presenter mode on or off (the window also changes full screen) */
    Keymap(WindowModel model, Runnable togglePresenter, Runnable runAll) {
        this.model = model;
        this.togglePresenter = togglePresenter;
        this.runAll = runAll;
    }

    /** A scene's key-pressed filter: consumes the keys it acts on. */
    void onKey(KeyEvent e) {
        if (act(e.getCode(), e.isShortcutDown(), e.isShiftDown(), e.getTarget() instanceof TextInputControl)) {
            e.consume();
        }
    }

    /** Acts on one key press; true when the key was the window's. */
    boolean act(KeyCode code, boolean shortcut, boolean shift, boolean typing) {
        if (code == KeyCode.F5) {
            togglePresenter.run();
        } else if (shortcut && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            model.zoomBy(1);
        } else if (shortcut && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            model.zoomBy(-1);
        } else if (shortcut && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            model.zoomBy(0);
        } else if (shortcut && shift && code == KeyCode.ENTER) {
            runAll.run();
        } else if (shortcut && (code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP)) {
            model.nextChapter(code == KeyCode.PAGE_DOWN ? 1 : -1);
        } else if (model.presenter() && code == KeyCode.ESCAPE) {
            togglePresenter.run();
        } else if (model.presenter() && !typing && model.hasStepper()) {
            // Clickers send Page Down/Up; keyboards the arrows.
            if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.SPACE) {
                model.stepForward();
            } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
                model.stepBack();
            } else {
                return false;
            }
        } else {
            return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "Keymap(F5 presenter, Ctrl +/-/0 zoom, Ctrl+Shift+Enter run all, Ctrl+Page Down/Up chapters; " + model
                + ")";
    }
}
