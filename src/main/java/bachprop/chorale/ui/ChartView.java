package bachprop.chorale.ui;

import bachprop.chorale.plot.Charts;
import bachprop.chorale.plot.DrawnText;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Themed;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * Shows a chart drawn by {@link bachprop.chorale.plot.Charts} (a JavaFX canvas, the same code that writes
 * the PNG figures) at the view's own size, redrawn when the size or the model changes. Call
 * {@link #invalidate()} from any thread after a model change; redraws are coalesced.
 */
public final class ChartView extends Region implements Themed {
    private final BiFunction<Integer, Integer, BufferedImage> painter;
    private final ImageView image = new ImageView();
    private volatile boolean pending;
    private boolean dark;
    /** The lightness it was made with (the visualiser's theme option), restored after presenter mode. */
    private final boolean normalDark;

    private List<DrawnText> texts = List.of();

    /** @param painter (width, height) → the picture */
    public ChartView(BiFunction<Integer, Integer, BufferedImage> painter) {
        this(painter, false);
    }

    /**
     * @param dark for the projector theme: the chart's lightness inverted (white paper → black,
     *             black ink → white) with its hues kept, so the figures' code draws one picture
     */
    public ChartView(BiFunction<Integer, Integer, BufferedImage> painter, boolean dark) {
        this.painter = painter;
        this.dark = dark;
        this.normalDark = dark;
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
        texts = Charts.lastTexts();
        WritableImage fx = new WritableImage(img.getWidth(), img.getHeight());
        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        if (dark) {
            for (int i = 0; i < argb.length; i++) {
                argb[i] = invertLightness(argb[i]);
            }
        }
        fx.getPixelWriter()
                .setPixels(
                        0,
                        0,
                        img.getWidth(),
                        img.getHeight(),
                        PixelFormat.getIntArgbInstance(),
                        argb,
                        0,
                        img.getWidth());
        image.setImage(fx);
    }

    /** A dark theme (the projector's) draws the chart's lightness inverted, the standard one as drawn. */
    @Override
    public void setTheme(Theme theme) {
        if (theme.dark() != dark) {
            dark = theme.dark();
            redraw();
        }
    }

    /** Presenter mode: the projector theme; leaving it, the lightness the chart was made with. */
    @Override
    public void setPresenter(boolean on, Theme normal) {
        setTheme(on || normalDark ? Theme.PROJECTOR : Theme.STANDARD);
    }

    /** The texts of the picture shown, on it (for the layout audit). */
    public List<DrawnText> texts() {
        return texts;
    }

    @Override
    protected void layoutChildren() {
        image.relocate(0, 0);
    }

    /** HSL lightness L → 1 − L, hue and saturation kept (so blue stays blue, only lighter). */
    static int invertLightness(int argb) {
        double r = (argb >> 16 & 0xff) / 255.0;
        double g = (argb >> 8 & 0xff) / 255.0;
        double b = (argb & 0xff) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        // L' = 1 − L with the same hue and saturation: every channel moves by 1 − max − min
        double shift = 1 - max - min;
        int r2 = (int) Math.round(Math.max(0, Math.min(1, r + shift)) * 255);
        int g2 = (int) Math.round(Math.max(0, Math.min(1, g + shift)) * 255);
        int b2 = (int) Math.round(Math.max(0, Math.min(1, b + shift)) * 255);
        return (argb & 0xff000000) | r2 << 16 | g2 << 8 | b2;
    }
}
