package bachprop.viz.common;

import bachprop.viz.Visualiser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/** Exports of any visualiser: one frame (PNG + JSON), every step as numbered PNGs, or a GIF. */
public final class Frames {
    /** The most frames a sequence export writes (a 4-layer network of 6 has about 400 steps). */
    public static final int MAX_FRAMES = 1000;

    private Frames() {}

    /** The current frame at width × height. Call on the FX thread. */
    public static BufferedImage frame(Visualiser v, int width, int height) {
        if (v instanceof BaseVisualiser<?> b) {
            return b.frame(width, height);
        }
        return Export.snapshot(v.view(), width, height, Color.WHITE);
    }

    /** Writes the current frame as PNG and its numbers as JSON beside it. Call on the FX thread. */
    public static void writeFrame(Visualiser v, int width, int height, Path png) throws IOException {
        Export.writePng(frame(v, width, height), png);
        Export.writeJson(v.numbers(), Export.jsonBeside(png));
    }

    /**
     * From the first step to the last: frame-0000.png, frame-0001.png, ... (with a JSON each) in
     * {@code dir}. Returns the number of frames. Call on the FX thread.
     */
    public static int writeSequence(Visualiser v, int width, int height, Path dir) throws IOException {
        Files.createDirectories(dir);
        v.reset();
        int n = 0;
        do {
            Path png = dir.resolve(String.format("frame-%04d.png", n));
            writeFrame(v, width, height, png);
            n++;
        } while (n < MAX_FRAMES && v.stepForward());
        return n;
    }

    /** Every step as one animated GIF, {@code delayMs} per frame. Call on the FX thread. */
    public static int writeGif(Visualiser v, int width, int height, int delayMs, Path gif) throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        v.reset();
        do {
            frames.add(frame(v, width, height));
        } while (frames.size() < MAX_FRAMES && v.stepForward());
        Export.writeGif(frames, delayMs, gif);
        return frames.size();
    }
}
