package bachprop.app;

import bachprop.chapter.CodeCell;
import bachprop.jshell.CellResult;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One code cell in the reading pane: an editor (Shift+Enter runs it), Run / Stop / Revert, and
 * the result below. Edits are handed to {@link Actions#edited} after a pause in typing.
 */
final class CellView extends VBox {
    /** What the buttons and keys ask of the window. */
    interface Actions {
        void run(CellView cell);

        void stop();

        void edited(CellView cell, String text);

        void revert(CellView cell);
    }

    /** How long typing must pause before the edit is saved. */
    static final Duration SAVE_DELAY = Duration.millis(500);

    private final CodeCell cell;
    private final TextArea editor = new TextArea();
    private final Label output = new Label();
    private final Label status = new Label();
    private final Label note = new Label();
    private final FlowPane buttons;
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    /** Keys reach the editor only once the person entered it (a click or Enter); Esc leaves it. */
    private final CellEntry entry;

    private Runnable onLeave = () -> {};
    private boolean settingText;
    /** System.nanoTime() when the run was requested (for the benchmark), or 0. */
    long requestedAt;
    /** System.nanoTime() when the result was shown, or 0. */
    long shownAt;
    /** How long JShell itself took for the last run, in nanoseconds. */
    long evalNanos;

    CellView(CodeCell cell, String text, boolean stale, Actions actions, BooleanProperty controlsHidden) {
        this.cell = cell;
        getStyleClass().add("code-cell"); // not "cell": every ListCell has that class
        setId("cell-" + cell.index());
        // Long code scrolls inside its editor instead of widening the whole page.
        setMinWidth(0);
        editor.setMinWidth(0);
        output.setMinWidth(0);

        Label title = new Label("Cell " + cell.index());
        title.getStyleClass().add("cell-title");
        Button run = button("▶ Run", "run-button", "Run this cell (Shift+Enter)");
        Button stop = button("■ Stop", "stop-button", "Stop the running cell");
        Button revert = button("↺ Revert", "revert-button", "Throw away your edits: back to the chapter's version");
        run.setOnAction(e -> actions.run(this));
        stop.setOnAction(e -> actions.stop());
        revert.setOnAction(e -> actions.revert(this));
        status.getStyleClass().add("cell-status");
        // The header wraps (the status goes to a line of its own) rather than cutting the buttons short.
        for (Region r : new Region[] {title, run, stop, revert, status}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        buttons = new FlowPane(title, run, stop, revert, status);
        buttons.getStyleClass().add("cell-buttons");
        buttons.visibleProperty().bind(controlsHidden.not());
        buttons.managedProperty().bind(controlsHidden.not());

        editor.getStyleClass().add("cell-editor");
        editor.setWrapText(false);
        setEditorText(text);
        entry = new CellEntry(editor, () -> onLeave.run());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                e.consume();
                actions.run(this);
            }
        });
        saveLater.setOnFinished(e -> actions.edited(this, editor.getText()));
        editor.textProperty().addListener((obs, old, now) -> {
            editor.setPrefRowCount(rows(now));
            if (!settingText) {
                status.setText("edited");
                saveLater.playFromStart();
            }
        });

        note.getStyleClass().add("cell-note");
        note.setWrapText(true);
        showNote(
                stale
                        ? "The chapter's version of this cell changed after you edited it; Revert takes the new version."
                        : null);
        output.getStyleClass().add("cell-output");
        output.setWrapText(true);
        output.setMaxWidth(Double.MAX_VALUE);
        output.setVisible(false);
        output.setManaged(false);
        editor.setAccessibleText("Cell " + cell.index() + ", Java code; Shift+Enter runs it"); // for screen readers
        output.setAccessibleRole(AccessibleRole.TEXT);
        output.accessibleTextProperty()
                .bind(Bindings.concat("Cell " + cell.index() + " result: ", output.textProperty()));
        getChildren().addAll(buttons, note, editor, output);
    }

    private static Button button(String text, String style, String tip) {
        Button b = new Button(text);
        b.getStyleClass().add(style);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    private static int rows(String text) {
        return Math.max(2, (int) text.chars().filter(c -> c == '\n').count() + 2); // one spare row for the scroll bar
    }

    CodeCell cell() {
        return cell;
    }

    TextArea editor() {
        return editor;
    }

    CellEntry entry() {
        return entry;
    }

    /** Where the focus goes when Esc leaves the editor. */
    void onLeave(Runnable r) {
        onLeave = r;
    }

    Label output() {
        return output;
    }

    /** "waiting…", "running…", "ran in 0.12 s", … */
    String status() {
        return status.getText();
    }

    String source() {
        return editor.getText();
    }

    /** Replaces the editor's text without treating it as the student's edit. */
    void setEditorText(String text) {
        settingText = true;
        saveLater.stop();
        editor.setText(text);
        editor.setPrefRowCount(rows(text));
        settingText = false;
    }

    /** Saves a pending edit now (before the window closes). */
    void flush(Actions actions) {
        if (saveLater.getStatus() == Animation.Status.RUNNING) {
            saveLater.stop();
            actions.edited(this, editor.getText());
        }
    }

    void showNote(String text) {
        note.setText(text == null ? "" : text);
        note.setVisible(text != null);
        note.setManaged(text != null);
    }

    void markQueued() {
        status.setText("waiting…");
        setResultStyle("cell-running");
    }

    void markRunning() {
        status.setText("running…");
    }

    void showLive(String soFar) {
        if (!soFar.isEmpty()) {
            setOutput(soFar, "cell-running");
        }
    }

    void markCancelled() {
        status.setText("not run");
        setResultStyle(null);
    }

    void show(CellResult result, double seconds) {
        status.setText((result.ok() ? "ran" : "failed") + String.format(" in %.2f s", seconds));
        String style = result.ok()
                ? "cell-ok"
                : result instanceof CellResult.CompileError || result instanceof CellResult.Failure
                        ? "cell-error"
                        : "cell-stopped";
        String text = result.describe();
        setOutput(text.isEmpty() ? "✓" : text, style);
        shownAt = System.nanoTime();
    }

    private void setOutput(String text, String style) {
        output.setText(text.stripTrailing());
        output.setVisible(true);
        output.setManaged(true);
        setResultStyle(style);
    }

    private void setResultStyle(String style) {
        output.getStyleClass().removeAll("cell-ok", "cell-error", "cell-stopped", "cell-running");
        if (style != null) {
            output.getStyleClass().add(style);
        }
    }
}
