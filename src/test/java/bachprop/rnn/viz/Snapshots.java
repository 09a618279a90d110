package bachprop.rnn.viz;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a view off screen at a given size and reads its pixels (Node snapshot → PixelReader → BufferedImage). */
final class Snapshots {
    private Snapshots() {}

    static BufferedImage render(Parent root, int w, int h) throws Exception {
        CompletableFuture<BufferedImage> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Scene scene = new Scene(root, w, h);
                root.applyCss();
                root.layout();
                WritableImage img = root.snapshot(null, null);
                f.complete(toBuffered(img));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(20, TimeUnit.SECONDS);
    }

    static BufferedImage toBuffered(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pr.getArgb(x, y));
            }
        }
        return out;
    }

    /** Writes the PNG under target/rnn-frames when the property {@code rnn.frames} is set (for looking at). */
    static void maybeWrite(BufferedImage img, String name) throws Exception {
        if (System.getProperty("rnn.frames") != null) {
            File dir = new File("target/rnn-frames");
            dir.mkdirs();
            ImageIO.write(img, "png", new File(dir, name + ".png"));
        }
    }
}
