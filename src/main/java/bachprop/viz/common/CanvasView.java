package bachprop.viz.common;

import bachprop.viz.StepModel;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;

/**
 * A drawing that fills its pane and is redrawn when the pane is resized or the model changes.
 * Subclasses draw with {@link #draw(GraphicsContext, double, double)}; type scales with the size.
 */
public abstract class CanvasView extends Pane implements Unbindable, Themed {
    protected final Canvas canvas = new Canvas();
    protected Theme theme;
    private final StepModel boundModel;
    private final Runnable listener = this::redraw;
    private List<CanvasText> texts = List.of();

    protected CanvasView(StepModel model, Theme theme) {
        this.theme = theme;
        getChildren().add(canvas);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        this.boundModel = model;
        model.addListener(listener);
        setStyle("-fx-background-color: " + Theme.web(theme.background()) + ";");
        setPrefSize(960, 600);
    }

    @Override
    public void unbind() {
        boundModel.removeListener(listener);
    }

    @Override
    public void setTheme(Theme theme) {
        this.theme = theme;
        setStyle("-fx-background-color: " + Theme.web(theme.background()) + ";");
        redraw();
    }

    public Theme theme() {
        return theme;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    public final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        Draw.record();
        try {
            draw(g, w, h);
        } finally {
            texts = Draw.recorded();
        }
    }

    /** The texts of the drawing shown, in this view's coordinates (for the layout audit). */
    public List<CanvasText> texts() {
        return texts;
    }

    protected abstract void draw(GraphicsContext g, double w, double h);
}
