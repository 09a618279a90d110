package bachprop.viz.deltaflow;

import bachprop.viz.common.StepAnimations;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The δ-flow view's keys: → / Page Down next, ← / Page Up back, Home reset, P presenter mode, M
 * reduced motion, Esc closes the editor; on the drawing itself Space plays or pauses, ↑/↓ point at
 * each neuron and weight in turn and Enter edits the value pointed at. A focused button, box or
 * slider keeps its own keys (Space presses it, a slider's arrows move it); a text field all but Esc.
 */
final class Keys {
    private final DeltaFlowView view;
    private final DeltaFlowModel model;
    private final Toolbar toolbar;
    private final ValueEditor editor;
    private final PointerLayer pointer;

    Keys(DeltaFlowView view, DeltaFlowModel model, Toolbar toolbar, ValueEditor editor, PointerLayer pointer) {
        this.view = view;
        this.model = model;
        this.toolbar = toolbar;
        this.editor = editor;
        this.pointer = pointer;
    }

    void key(KeyEvent e) {
        Object target = e.getTarget();
        if (target instanceof TextInputControl && e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        // A focused button, box or slider keeps its own keys (Space presses it, a slider's arrows move it).
        boolean drawing = target == view || target == view.canvas();
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, LEFT, PAGE_UP -> {
                if (target instanceof Slider) {
                    return;
                }
                boolean next = e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN;
                if (next) {
                    model.forward();
                } else {
                    model.back();
                }
            }
            case SPACE, UP, DOWN, ENTER -> {
                if (!drawing) {
                    return;
                }
                if (e.getCode() == KeyCode.SPACE) {
                    toolbar.togglePlay();
                } else if (e.getCode() == KeyCode.ENTER) {
                    editPointed();
                } else {
                    pointer.move(e.getCode() == KeyCode.DOWN ? 1 : -1);
                    view.setAccessibleText(view.spoken());
                }
            }
            case HOME -> {
                toolbar.stopPlaying();
                model.reset();
            }
            case ESCAPE -> {
                editor.close();
                view.pointAt(null);
                view.requestFocus();
            }
            case P -> view.togglePresenter();
            case M ->
                StepAnimations.reducedMotion()
                        .set(!StepAnimations.reducedMotion().get());
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Enter on the drawing: the editor opens over the number pointed at (a neuron: its bias or input). */
    private void editPointed() {
        Pointer p = pointer.pointed();
        if (p == null) {
            pointer.move(1);
            view.setAccessibleText(view.spoken());
            return;
        }
        for (NetworkCanvas.Hit h : view.canvas().hits()) {
            if (h.param().equals(p.param())) {
                view.openEditor(h);
                return;
            }
        }
    }
}
