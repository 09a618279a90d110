package bachprop.app;

import bachprop.jshell.CellResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the companion window shows, without the window: the open chapter, the active
 * visualiser's step, zoom, presenter mode, theme and the status line. Plain observable values
 * (no Node, no Stage), so a unit test drives it without the JavaFX toolkit; the view binds to it.
 */
public final class WindowModel {
    /** How much larger presenter mode makes everything. */
    public static final double PRESENTER_SCALE = 1.6;
    /** Zoom bounds and the factor of one Ctrl+/Ctrl− press. */
    public static final double MIN_ZOOM = 0.5;

    public static final double MAX_ZOOM = 3;
    public static final double ZOOM_STEP = 1.1;
    /** {@link #steps} when the active visualiser does not say how many steps it has. */
    public static final int UNKNOWN = -1;

    /** What the step keys move: the active visualiser, or a stand-in in tests. */
    public interface Stepper {
        boolean stepForward();

        boolean stepBack();

        /** Its step after a move, or {@link #UNKNOWN} when it does not say (then the model counts). */
        default int step() {
            return UNKNOWN;
        }
    }

    /** The ids of the chapters on offer, in the navigator's order. */
    private final List<Integer> chapters = new ArrayList<>();
    /** The id of the open chapter; -1 before one is open. */
    final IntegerProperty chapter = new SimpleIntegerProperty(-1);
    /** The active visualiser's step (0 is the start). */
    final IntegerProperty step = new SimpleIntegerProperty(0);
    /** The active visualiser's last step ("Step n of N": N), or {@link #UNKNOWN}. */
    final IntegerProperty steps = new SimpleIntegerProperty(UNKNOWN);

    final DoubleProperty zoom = new SimpleDoubleProperty(1);
    final BooleanProperty presenter = new SimpleBooleanProperty(false);
    final BooleanProperty dark = new SimpleBooleanProperty(false);
    final StringProperty status = new SimpleStringProperty("");
    /** zoom × (presenter ? PRESENTER_SCALE : 1): what prose and math are scaled by. */
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);

    private Stepper stepper;
    /** Where the reader was in each chapter visited, by chapter id. */
    private final Map<Integer, ChapterPlace> places = new HashMap<>();

    public WindowModel() {
        scale.bind(Bindings.createDoubleBinding(
                () -> zoom.get() * (presenter.get() ? PRESENTER_SCALE : 1), zoom, presenter));
        step.addListener((o, was, now) -> keepStep());
    }

    // ---- the reader's place in each chapter ----

    /** The place kept for chapter {@code id} (a fresh one, at the first visualiser's start, if none). */
    public ChapterPlace place(int id) {
        return places.computeIfAbsent(id, k -> new ChapterPlace());
    }

    /** The open chapter's place. */
    public ChapterPlace place() {
        return place(chapter.get());
    }

    /** The place saved in the settings at the last close: chapter {@code id}, visualiser and step. */
    public void restorePlace(int id, int visualiser, int step) {
        if (id > 0) {
            place(id).showVisualiser(visualiser, step);
        }
    }

    /** The open chapter shows its visualiser {@code index} (its step follows through {@link #show}). */
    public void showingVisualiser(int index) {
        if (chapter.get() >= 0) {
            place().showVisualiser(index, place().visualiser() == index ? place().step() : 0);
        }
    }

    /** Cell {@code index} of chapter {@code id} showed a result: kept for coming back. */
    public void cellRan(int id, int index, CellResult result, double seconds) {
        place(id).output(index, result, seconds);
    }

    private void keepStep() {
        if (stepper != null && chapter.get() >= 0) {
            place().step(step.get());
        }
    }

    // ---- chapters ----

    /** The chapters on offer (ids, in order); the open one stays open if it is still among them. */
    public void setChapters(List<Integer> ids) {
        chapters.clear();
        chapters.addAll(ids);
    }

    public List<Integer> chapters() {
        return List.copyOf(chapters);
    }

    /** Opens chapter {@code id}; false (and nothing changes) if there is none. */
    public boolean selectChapter(int id) {
        if (!chapters.contains(id)) {
            return false;
        }
        chapter.set(id);
        return true;
    }

    /** Ctrl+Page Down / Up: the next or previous chapter in order; false at either end. */
    public boolean nextChapter(int direction) {
        int i = chapters.indexOf(chapter.get()) + Integer.signum(direction);
        if (i < 0 || i >= chapters.size()) {
            return false;
        }
        chapter.set(chapters.get(i));
        return true;
    }

    public int chapter() {
        return chapter.get();
    }

    // ---- the active visualiser's step ----

    /**
     * Shows a new visualiser at {@code step} of {@code steps} (its last step, or {@link #UNKNOWN}); null
     * when none is shown, and the step keys do nothing.
     */
    public void show(Stepper target, int step, int steps) {
        this.stepper = target;
        this.steps.set(target == null ? UNKNOWN : steps);
        this.step.set(target == null ? 0 : step);
        keepStep();
    }

    /** The visualiser moved by itself (its own buttons, a click on the drawing): the step follows. */
    public void stepped(int step) {
        this.step.set(step);
    }

    /** One step forward, never past the last ({@link #steps}); false when nothing moved. */
    public boolean stepForward() {
        if (stepper == null || steps.get() != UNKNOWN && step.get() >= steps.get()) {
            return false;
        }
        boolean moved = stepper.stepForward();
        if (moved) {
            settle(step.get() + 1);
        }
        return moved;
    }

    /** One step back, never before 0 when the count is known; false when nothing moved. */
    public boolean stepBack() {
        if (stepper == null || steps.get() != UNKNOWN && step.get() <= 0) {
            return false;
        }
        boolean moved = stepper.stepBack();
        if (moved) {
            settle(Math.max(0, step.get() - 1));
        }
        return moved;
    }

    /** After a move: the stepper's own step if it tells, else {@code counted}. */
    private void settle(int counted) {
        int told = stepper.step();
        step.set(told != UNKNOWN ? told : counted);
    }

    /** Is there a visualiser for the step keys to move? */
    public boolean hasStepper() {
        return stepper != null;
    }

    public int step() {
        return step.get();
    }

    public int steps() {
        return steps.get();
    }

    // ---- zoom, presenter, theme, status ----

    /** +1 larger, −1 smaller (by {@link #ZOOM_STEP}), 0 back to 1; kept within [MIN_ZOOM, MAX_ZOOM]. */
    public void zoomBy(int direction) {
        double z = direction == 0 ? 1 : zoom.get() * (direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)));
    }

    public double zoom() {
        return zoom.get();
    }

    public void togglePresenter() {
        presenter.set(!presenter.get());
    }

    public boolean presenter() {
        return presenter.get();
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    public void setStatus(String text) {
        status.set(text == null ? "" : text);
    }

    public String status() {
        return status.get();
    }

    @Override
    public String toString() {
        return "chapter " + chapter.get() + ", step " + step.get() + " of "
                + (steps.get() == UNKNOWN ? "?" : steps.get())
                + ", zoom " + String.format(Locale.ROOT, "%.2f", zoom.get()) + (presenter.get() ? ", presenter" : "")
                + (dark.get() ? ", dark" : "") + ", status '" + status.get() + "'";
    }
}
