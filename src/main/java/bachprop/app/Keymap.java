package bachprop.app;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys, seen before any control gets them (a filter on the scene), so they work
 * whatever has the focus. Always: F5 presenter mode, Ctrl +/−/0 zoom, Ctrl+Shift+Enter run all,
 * Ctrl+Page Down/Up the next or previous chapter. The step keys → (or Space) forward, ← back, P
 * play/pause, and a clicker's Page Down / Page Up forward and back (in or out of presenter mode,
 * the chapter list focused included). In presenter mode also B or "." a black screen, T the
 * chapter's text instead of the visualiser (and back), Esc or F5 to leave. A code cell takes keys
 * only once entered (a click, or Enter; Esc leaves it: {@link CellEntry}).
 */
final class Keymap {
    /** What has the keyboard focus, as far as the window's keys care. */
    enum Focus {
        /** Nothing that takes these keys itself: the chapter list, the page, a cell not entered, the drawing. */
        FREE,
        /** A text field, or a code cell the person entered: it takes every key but the window's shortcuts. */
        TYPING,
        /** A button or check box: Space and Enter press it. */
        BUTTON,
        /** A slider, spinner, drop-down or tab bar: the arrows and Space change it. */
        ADJUSTER
    }

    /** The keys, for the help text and the toolbar's tooltip. */
    static final String HELP = "→, Space or Page Down: next step · ← or Page Up: back · P: play/pause"
            + " · Ctrl+Page Down/Up: next/previous chapter · F5: presenter mode"
            + " (B or .: black screen, T: text/visualiser, Esc: leave)"
            + " · a code cell: click it or press Enter to type, Esc to leave it";

    private final WindowModel model;
    private final PresenterModel presenter;
    private final Runnable togglePresenter;
    private final Runnable runAll;

    /** @param togglePresenter presenter mode on or off (the window also changes full screen) */
    Keymap(WindowModel model, PresenterModel presenter, Runnable togglePresenter, Runnable runAll) {
        this.model = model;
        this.presenter = presenter;
        this.togglePresenter = togglePresenter;
        this.runAll = runAll;
    }

    Keymap(WindowModel model, Runnable togglePresenter, Runnable runAll) {
        this(model, new PresenterModel(model), togglePresenter, runAll);
    }

    /** A scene's key-pressed filter: consumes the keys it acts on. */
    void onKey(KeyEvent e) {
        if (!e.isAltDown() && act(e.getCode(), e.isShortcutDown(), e.isShiftDown(), focusOf(e.getTarget()))) {
            e.consume();
        }
    }

    /** Which kind of control {@code target} (a key event's target: the focus owner) is. */
    static Focus focusOf(Object target) {
        if (target instanceof TextInputControl t) {
            return t.isEditable() ? Focus.TYPING : Focus.FREE; // a cell's editor is editable once entered
        }
        if (target instanceof ButtonBase) {
            return Focus.BUTTON;
        }
        if (target instanceof Slider
                || target instanceof Spinner
                || target instanceof ComboBoxBase
                || target instanceof ChoiceBox
                || target instanceof ScrollBar
                || target instanceof TabPane) {
            return Focus.ADJUSTER;
        }
        return Focus.FREE;
    }

    /** As {@link #act(KeyCode, boolean, boolean, Focus)}, {@code typing} meaning a text field has the focus. */
    boolean act(KeyCode code, boolean shortcut, boolean shift, boolean typing) {
        return act(code, shortcut, shift, typing ? Focus.TYPING : Focus.FREE);
    }

    /** Acts on one key press; true when the key was the window's. */
    boolean act(KeyCode code, boolean shortcut, boolean shift, Focus focus) {
        if (code == KeyCode.F5) {
            togglePresenter.run();
        } else if (shortcut) {
            return shortcut(code, shift);
        } else if (model.presenter()) {
            return presenterKey(code, focus);
        } else {
            return stepKey(code, focus);
        }
        return true;
    }

    private boolean shortcut(KeyCode code, boolean shift) {
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            model.zoomBy(1);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            model.zoomBy(-1);
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            model.zoomBy(0);
        } else if (shift && code == KeyCode.ENTER) {
            runAll.run();
        } else if (code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP) {
            model.nextChapter(code == KeyCode.PAGE_DOWN ? 1 : -1);
        } else {
            return false;
        }
        return true;
    }

    /** Presenter mode: every key is the lecture's, except while typing (then only the clicker's). */
    private boolean presenterKey(KeyCode code, Focus focus) {
        boolean clicker = code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP;
        if (focus == Focus.TYPING && !clicker) {
            return false; // a cell entered on purpose, or a number being edited: Esc leaves it first
        }
        switch (code) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> presenter.forward();
            case LEFT, PAGE_UP, UP, BACK_SPACE -> presenter.back();
            case B, PERIOD -> presenter.toggleBlack();
            case T -> presenter.toggleText();
            case P -> presenter.togglePlay();
            case ESCAPE -> togglePresenter.run();
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Outside presenter mode: → ← Space P step the visualiser unless the focused control takes the
     * key. Page Down / Page Up (a clicker's keys) step it unless a text is being typed: the chapter
     * list (whose own Page Down would jump chapters), the page, a button or a slider do not get them.
     */
    private boolean stepKey(KeyCode code, Focus focus) {
        boolean clicker = code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP;
        if (focus == Focus.TYPING
                || !clicker && focus == Focus.ADJUSTER && code != KeyCode.P
                || focus == Focus.BUTTON && code == KeyCode.SPACE
                || !model.hasStepper()) {
            return false; // the control's own key; with no visualiser, → Space and Page Down are the page's
        }
        switch (code) {
            case RIGHT, SPACE, PAGE_DOWN -> presenter.forward();
            case LEFT, PAGE_UP -> presenter.back();
            case P -> presenter.togglePlay();
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Keymap(" + HELP + "; " + model + ")";
    }
}
