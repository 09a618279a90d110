package bachprop.viz.common;

import bachprop.util.AtomicFiles;
import bachprop.util.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Frames out of a visualiser: a node drawn at a chosen size and turned into an AWT image
 * (PixelReader → BufferedImage, no javafx-swing), written as PNG, numbered PNGs or an animated
 * GIF, with the numbers of the frame as JSON beside it. Files are written atomically.
 */
public final class Export {
    private Export() {}

    /**
     * Lays {@code view} out at width × height in a scene of its own (if it has none) and draws it.
     * Call on the FX thread.
     */
    public static BufferedImage snapshot(Node view, int width, int height, Color background) {
        if (view.getScene() == null) {
            Group holder = new Group(view);
            new Scene(holder, width, height, background);
        }
        if (view instanceof Region r) {
            r.setMinSize(width, height);
            r.setPrefSize(width, height);
            r.setMaxSize(width, height);
            r.resize(width, height);
        }
        if (view instanceof Parent p) {
            // A view restyles itself when its size changes (type scales with the frame), so one
            // CSS + layout pass leaves controls measured in the old font: ellipsised buttons.
            for (int pass = 0; pass < 3; pass++) {
                p.applyCss();
                p.layout();
            }
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(background);
        WritableImage img = view.snapshot(params, new WritableImage(width, height));
        return toAwt(img);
    }

    public static BufferedImage toAwt(Image img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = img.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    public static void writePng(BufferedImage img, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        createParent(file);
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /** The numbers of a frame as JSON, e.g. beside {@code frame.png} as {@code frame.json}. */
    public static void writeJson(Map<String, Object> numbers, Path file) throws IOException {
        createParent(file);
        AtomicFiles.write(file, (Json.write(numbers) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** {@code frame.png} → {@code frame.json}. */
    public static Path jsonBeside(Path png) {
        String name = png.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return png.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }

    /** An animated GIF that loops forever, {@code delayMs} per frame. */
    public static void writeGif(List<BufferedImage> frames, int delayMs, Path file) throws IOException {
        if (frames.isEmpty()) {
            throw new IOException("no frames to write to " + file);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                BufferedImage rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.getGraphics().drawImage(frame, 0, 0, null);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta =
                        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
                gifTiming(meta, delayMs);
                writer.writeToSequence(new IIOImage(rgb, null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        createParent(file);
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private static void gifTiming(IIOMetadata meta, int delayMs) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(1, delayMs / 10)));
        gce.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode apps = child(root, "ApplicationExtensions");
        IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
        app.setAttribute("applicationID", "NETSCAPE");
        app.setAttribute("authenticationCode", "2.0");
        app.setUserObject(new byte[] {1, 0, 0}); // loop count 0 = forever
        apps.appendChild(app);
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** True if the image has at least two clearly different colours (a blank frame has one). */
    public static boolean hasContent(BufferedImage img) {
        int first = img.getRGB(0, 0);
        int different = 0;
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                if (Math.abs((img.getRGB(x, y) & 0xff) - (first & 0xff)) > 40) {
                    different++;
                }
            }
        }
        return different > 100;
    }
}
