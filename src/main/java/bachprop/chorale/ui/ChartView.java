package bachprop.chorale.ui;

import java.awt.image.BufferedImage;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * Shows a chart drawn by {@link bachprop.chorale.plot.Charts} (Java2D, the same code that writes
 * the PNG figures) at the view's own size, redrawn when the size or the model changes. Call
 * {@link #invalidate()} from any thread after a model change; redraws are coalesced.
 */
public final class ChartView extends Region {
    private final BiFunction<Integer, Integer, BufferedImage> painter;
    private final ImageView image = new ImageView();
    private volatile boolean pending;

    /** @param painter (width, height) → the picture */
    public ChartView(BiFunction<Integer, Integer, BufferedImage> painter) {
        this.painter = painter;
        getChildren().add(image);
        setPrefSize(1000, 560);
        setMinSize(200, 120);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    /** Schedules a redraw on the FX thread (at most one waiting at a time). */
    public void invalidate() {
        if (Platform.isFxApplicationThread()) {
            redraw();
            return;
        }
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                redraw();
            });
        }
    }

    /** Draws now (FX thread). */
    public void redraw() {
        int w = (int) Math.max(1, Math.round(getWidth() > 0 ? getWidth() : getPrefWidth()));
        int h = (int) Math.max(1, Math.round(getHeight() > 0 ? getHeight() : getPrefHeight()));
        BufferedImage img = painter.apply(w, h);
        WritableImage fx = new WritableImage(img.getWidth(), img.getHeight());
        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        fx.getPixelWriter().setPixels(0, 0, img.getWidth(), img.getHeight(), PixelFormat.getIntArgbInstance(), argb, 0, img.getWidth());
        image.setImage(fx);
    }

    @Override
    protected void layoutChildren() {
        image.relocate(0, 0);
    }
}
