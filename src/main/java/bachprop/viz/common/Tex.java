package bachprop.viz.common;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * TeX to a JavaFX image through JLaTeXMath, headless: the formula is painted into an AWT
 * BufferedImage and copied with a PixelWriter. Images are cached. The first formula loads fonts
 * (about 1.5 s), so the window calls {@link #warmUpAsync()} at start.
 */
public final class Tex {
    private static final Map<String, Image> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> e) {
            return size() > 200;
        }
    };

    private static final ExecutorService PREFETCH = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tex-prefetch");
        t.setDaemon(true);
        return t;
    });

    private static volatile boolean warmed;

    private Tex() {}

    /** Renders formulas in the background so that the next step shows without waiting for TeX. */
    public static void prefetch(List<String> texts, double size, Color colour) {
        PREFETCH.submit(() -> {
            for (String t : texts) {
                try {
                    image(t, size, colour);
                } catch (RuntimeException e) {
                    return; // shown (and reported) when the step itself is drawn
                }
            }
        });
    }

    /** Renders once off the calling thread, so the first formula a user sees comes quickly. */
    public static void warmUpAsync() {
        if (warmed) {
            return;
        }
        warmed = true;
        Thread t = new Thread(
                () -> awt("\\delta^{L}_{j} = (a^{L}_{j} - y_j)\\,\\sigma'(z^{L}_{j})", 20, java.awt.Color.BLACK),
                "tex-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The image if it has been rendered already, else null (never blocks on rendering). */
    public static synchronized Image cached(String tex, double size, Color colour) {
        return CACHE.get(tex + "|" + Math.round(size) + "|" + colour);
    }

    /** Renders off the UI thread, then hands the image to {@code done} on the UI thread. */
    public static void imageAsync(String tex, double size, Color colour, Consumer<Image> done) {
        PREFETCH.submit(() -> {
            try {
                Image img = image(tex, size, colour);
                Platform.runLater(() -> done.accept(img));
            } catch (RuntimeException e) {
                Platform.runLater(() -> done.accept(null));
            }
        });
    }

    /** The formula as a transparent image with glyphs {@code size} pixels high, in {@code colour}. */
    public static synchronized Image image(String tex, double size, Color colour) {
        String key = tex + "|" + Math.round(size) + "|" + colour;
        Image cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        BufferedImage b =
                awt(tex, (float) size, new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(), (float)
                        colour.getBlue()));
        WritableImage img = new WritableImage(b.getWidth(), b.getHeight());
        int[] argb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        img.getPixelWriter()
                .setPixels(0, 0, b.getWidth(), b.getHeight(), PixelFormat.getIntArgbInstance(), argb, 0, b.getWidth());
        CACHE.put(key, img);
        return img;
    }

    /** The formula painted into an ARGB image (transparent background). */
    public static BufferedImage awt(String tex, float size, java.awt.Color colour) {
        checkBraces(tex);
        TeXIcon icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        icon.setInsets(new Insets(2, 2, 2, 2));
        icon.setForeground(colour);
        BufferedImage b = new BufferedImage(
                Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = b.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return b;
    }

    /** JLaTeXMath accepts some unbalanced TeX silently; refuse it instead. */
    static void checkBraces(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                throw new IllegalArgumentException("unbalanced '}' at " + i + " in TeX: " + tex);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unclosed '{' in TeX: " + tex);
        }
    }
}
