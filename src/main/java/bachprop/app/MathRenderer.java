package bachprop.app;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * TeX to images with JLaTeXMath, off the UI thread and cached. Formulas are drawn black on
 * transparent at {@link #SCALE}× their display size (sharp when zoomed); the dark theme inverts
 * them with an effect instead of drawing them again.
 */
public final class MathRenderer {
    /** Pixels drawn per pixel shown at zoom 1. */
    public static final double SCALE = 2;

    /**
     * A rendered formula; sizes are in pixels at zoom 1.
     *
     * @param depth how far the formula reaches below its baseline
     */
    public record Rendered(Image image, double width, double height, double depth) {}

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "math-render");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CompletableFuture<Rendered>> cache = new ConcurrentHashMap<>();

    /** Renders (or finds in the cache) one formula; completes off the UI thread. */
    public CompletableFuture<Rendered> render(String tex, boolean display, float size) {
        String key = (display ? "D" : "T") + size + ":" + tex;
        return cache.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> toFx(tex, display, size), pool));
    }

    /** The first formula costs over a second (fonts); call this early, on any thread. */
    public CompletableFuture<Rendered> warmUp() {
        return render(
                "\\delta^L_j = (a^L_j - y_j)\\,\\sigma'(z^L_j) \\quad \\frac{\\partial C}{\\partial w^l_{k,j}}",
                true,
                18);
    }

    private static Rendered toFx(String tex, boolean display, float size) {
        TeXIcon icon = icon(tex, display, size);
        BufferedImage img = paint(icon);
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Rendered(fx, w / SCALE, h / SCALE, icon.getIconDepth() / SCALE);
    }

    /** @throws org.scilab.forge.jlatexmath.ParseException for TeX that JLaTeXMath cannot read */
    static TeXIcon icon(String tex, boolean display, float size) {
        TeXFormula formula = new TeXFormula(tex);
        TeXIcon icon = formula.createTeXIcon(
                display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, (float) (size * SCALE));
        icon.setInsets(new Insets(2, 2, 2, 2));
        return icon;
    }

    /** The formula as a black-on-transparent image (headless; no JavaFX needed). */
    public static BufferedImage toImage(String tex, boolean display, float size) {
        return paint(icon(tex, display, size));
    }

    private static BufferedImage paint(TeXIcon icon) {
        BufferedImage img = new BufferedImage(
                Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.setForeground(Color.BLACK);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return img;
    }
}
