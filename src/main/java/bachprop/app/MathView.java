package bachprop.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.effect.Effect;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * One formula in the reading pane: an image rendered off the UI thread, scaled with the zoom,
 * sitting on the text baseline, inverted for the dark theme. If JLaTeXMath rejects the TeX, the
 * TeX itself is shown in the error colour.
 */
final class MathView extends StackPane {
    private static final Effect INVERT = new ColorAdjust(0, 0, 1, 0); // black glyphs → white
    private final ImageView image = new ImageView();
    private final String tex;
    private double depth;
    private final DoubleExpression zoom;
    /** Completes on the UI thread once the image (or the error text) is in place. */
    final CompletableFuture<Void> ready = new CompletableFuture<>();

    MathView(
            String tex,
            boolean display,
            MathRenderer renderer,
            float size,
            DoubleExpression zoom,
            ObservableBooleanValue dark) {
        this.tex = tex;
        this.zoom = zoom;
        getStyleClass().addAll("math", display ? "math-display" : "math-inline");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.effectProperty().bind(Bindings.when(dark).then(INVERT).otherwise((Effect) null));
        getChildren().add(image);
        renderer.render(tex, display, size)
                .whenComplete((r, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        Label l = new Label(display ? "$$" + tex + "$$" : "$" + tex + "$");
                        l.getStyleClass().add("math-error");
                        getChildren().setAll(l);
                        ready.complete(null);
                        return;
                    }
                    depth = r.depth();
                    image.fitWidthProperty().bind(zoom.multiply(r.width()));
                    image.fitHeightProperty().bind(zoom.multiply(r.height()));
                    image.setImage(r.image());
                    ready.complete(null);
                }));
    }

    String tex() {
        return tex;
    }

    /** The image once rendered (null before). */
    ImageView imageView() {
        return image;
    }

    @Override
    public double getBaselineOffset() {
        if (image.getImage() == null) {
            return super.getBaselineOffset();
        }
        return image.getFitHeight() - depth * zoom.get();
    }
}
