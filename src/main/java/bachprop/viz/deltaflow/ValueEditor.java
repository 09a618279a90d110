package bachprop.viz.deltaflow;

import bachprop.nn.Fmt;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;

/**
 * The in-place editor over a number of the drawing: opened on a {@link NetworkCanvas.Hit}, it
 * shows the value, and Enter sets it in the model (a red border if it is not a finite number);
 * leaving it or Escape closes it.
 */
final class ValueEditor extends TextField {
    private final DeltaFlowModel model;
    private Param editing;

    ValueEditor(DeltaFlowModel model) {
        this.model = model;
        setId("editor");
        setVisible(false);
        setOnAction(a -> commit());
        focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                close();
            }
        });
    }

    /** Opens over {@code h} at font size {@code f}, selecting its parameter for the gradient check. */
    void open(NetworkCanvas.Hit h, double f) {
        editing = h.param();
        if (editing.isParameter()) {
            model.select(editing);
        }
        setText(Fmt.sig(model.get(editing), 6));
        Bounds b = h.bounds();
        double width = Math.max(b.getWidth(), f * 7);
        setPrefWidth(width);
        resizeRelocate(b.getMinX() + b.getWidth() / 2 - width / 2, b.getMinY() + b.getHeight() / 2 - f, width, f * 2);
        setStyle("");
        setVisible(true);
        requestFocus();
        selectAll();
    }

    private void commit() {
        if (editing == null) {
            return;
        }
        try {
            double v = Double.parseDouble(getText().strip().replace('−', '-').replace(',', '.'));
            model.set(editing, v);
            close();
        } catch (IllegalArgumentException ex) {
            setStyle("-fx-border-color: #b3261e; -fx-border-width: 2;");
        }
    }

    void close() {
        editing = null;
        setVisible(false);
    }
}
