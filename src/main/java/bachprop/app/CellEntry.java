package bachprop.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Whether a code cell's editor takes keys: only once the person entered it on purpose — a click
 * in it, or Enter while it has the focus. Until then it is read-only, so → and Space reach the
 * window ({@link Keymap}) and can never type into the cell. Esc leaves it (and hands the focus
 * back through {@code leave}); so does moving the focus elsewhere. The text is never touched here:
 * an edit made while entered is saved as before.
 */
final class CellEntry {
    private final TextArea editor;
    private final BooleanProperty entered = new SimpleBooleanProperty(false);

    /** @param leave where the focus goes after Esc (the visualiser or the page) */
    CellEntry(TextArea editor, Runnable leave) {
        this.editor = editor;
        editor.editableProperty().bind(entered);
        editor.setAccessibleHelp("Press Enter to type in this cell, Escape to leave it, Shift+Enter to run it.");
        entered.addListener((o, was, is) -> {
            editor.getStyleClass().remove("cell-entered");
            if (is) {
                editor.getStyleClass().add("cell-entered");
            }
        });
        editor.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> entered.set(true));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown();
            if (plain && e.getCode() == KeyCode.ENTER && !entered.get()) {
                entered.set(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && entered.get()) {
                entered.set(false);
                e.consume();
                leave.run();
            }
        });
        editor.focusedProperty().addListener((o, was, is) -> {
            if (!is && (editor.getScene() == null || editor.getScene().getFocusOwner() != editor)) {
                entered.set(false); // the focus went elsewhere (not merely another window)
            }
        });
    }

    boolean entered() {
        return entered.get();
    }

    /** Leaves the editor without moving the focus (presenter mode starting, the chapter closing). */
    void leave() {
        entered.set(false);
    }

    @Override
    public String toString() {
        return "CellEntry(" + (entered.get() ? "entered" : "not entered") + ", " + editor.getId() + ")";
    }
}
