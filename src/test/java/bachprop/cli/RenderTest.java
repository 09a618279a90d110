package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.Json;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import bachprop.viz.common.BaseVisualiser;
import bachprop.viz.common.Export;
import bachprop.viz.common.Frames;
import bachprop.viz.common.Fx;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every visualiser renders headless at 1920×1080 to a non-blank PNG; the command line works. */
class RenderTest {
    static final String[] NAMES = {
        "neuron",
        "feedforward",
        "sigmoid",
        "linear-collapse",
        "quadratic-cost",
        "cost-surface",
        "delta-flow",
        "minibatch",
        "algorithm"
    };

    @BeforeAll
    static void toolkit() {
        Fx.start();
    }

    @Test
    void everyVisualiserTheChaptersNameIsRegistered() {
        for (String n : NAMES) {
            assertTrue(VisualiserRegistry.has(n), n);
        }
    }

    @Test
    void everyVisualiserRendersANonBlankFullHdFrame(@TempDir Path dir) throws Exception {
        for (String name : NAMES) { // the visualisers of chapters 1–6; the other chapters' helpers test theirs
            for (String theme : new String[] {"standard", "projector"}) {
                int width =
                        theme.equals("standard") ? 1920 : 960; // the projector theme at half size keeps the test short
                int height = width * 9 / 16;
                BufferedImage img = Fx.call(() -> {
                    Visualiser v = VisualiserRegistry.create(name, Map.of("theme", theme));
                    v.stepForward();
                    v.stepForward();
                    return Frames.frame(v, width, height);
                });
                assertEquals(width, img.getWidth());
                assertEquals(height, img.getHeight());
                assertTrue(Export.hasContent(img), name + " (" + theme + ") drew something");
                Export.writePng(img, dir.resolve(name + "-" + theme + ".png"));
                assertEquals(
                        height,
                        ImageIO.read(dir.resolve(name + "-" + theme + ".png").toFile())
                                .getHeight());
            }
        }
    }

    /** Each ```visualiser block of chapters 1–6, with its options, builds and draws. */
    @Test
    void everyVisualiserBlockInTheChaptersBuildsAndDraws() throws Exception {
        Path chapters = Path.of("chapters");
        if (!Files.isDirectory(chapters)) {
            return;
        }
        Pattern block = Pattern.compile("```visualiser ([\\w-]+)\\n(.*?)```", Pattern.DOTALL);
        int seen = 0;
        try (var files = Files.walk(chapters)) {
            for (Path md : files.filter(f -> f.getFileName().toString().equals("chapter.md")
                            && f.getParent().getFileName().toString().matches("0[1-6]-.*"))
                    .toList()) {
                var m = block.matcher(Files.readString(md));
                while (m.find()) {
                    Map<String, String> options = new LinkedHashMap<>();
                    for (String line : m.group(2).split("\n")) {
                        int colon = line.indexOf(':');
                        if (colon > 0) {
                            options.put(
                                    line.substring(0, colon).strip(),
                                    line.substring(colon + 1).strip());
                        }
                    }
                    String name = m.group(1);
                    BufferedImage img = Fx.call(() -> {
                        Visualiser v = VisualiserRegistry.create(name, options);
                        v.stepForward();
                        return Frames.frame(v, 640, 400);
                    });
                    assertTrue(Export.hasContent(img), md + ": " + name + " " + options);
                    seen++;
                }
            }
        }
        assertTrue(seen > 0, "the chapters embed visualisers");
    }

    @Test
    void presenterModeSwitchesALiveViewToTheProjectorTheme() {
        int[] rgb = Fx.call(() -> {
            BaseVisualiser<?> v = (BaseVisualiser<?>) VisualiserRegistry.create("delta-flow", Map.of());
            Scene scene = new Scene((Parent) v.view(), 800, 450);
            int before = scene.snapshot(null).getPixelReader().getArgb(3, 3);
            v.setPresenter(true);
            int during = scene.snapshot(null).getPixelReader().getArgb(3, 3);
            v.setPresenter(false);
            int after = scene.snapshot(null).getPixelReader().getArgb(3, 3);
            return new int[] {before, during, after};
        });
        assertEquals(0xff000000, rgb[1], "black projector background where the toolbar was");
        assertTrue((rgb[0] & 0xff) > 0x80, "light before");
        assertEquals(rgb[0], rgb[2], "and back again after");
    }

    @Test
    void optionListsKeepTheirCommas() {
        Map<String, String> o = RenderCommand.options("biases=0,1,-1,weight=2,show=slices, ball");
        assertEquals(Map.of("biases", "0,1,-1", "weight", "2", "show", "slices, ball"), o);
    }

    @Test
    void renderCommandWritesAPngAndItsNumbers(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("df.png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"render", "delta-flow", "--step", "11", "--out", png.toString(), "--size", "1280x720"},
                new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code, out.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        @SuppressWarnings("unchecked")
        Map<String, Object> numbers = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("df.json")));
        assertEquals(11.0, numbers.get("step"));
        assertTrue(
                numbers.get("current").toString().contains("δ³₂"),
                numbers.get("current").toString());
    }

    @Test
    void renderCommandReadsANetworkFile(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("net.json");
        Files.writeString(
                net,
                "{\"sizes\":[2,2,2],\"weights\":[[[0.15,0.2],[0.25,0.3]],[[0.4,0.45],[0.5,0.55]]],"
                        + "\"biases\":[[0.35,0.35],[0.6,0.6]],\"input\":[0.05,0.1],\"target\":[0.01,0.99],\"eta\":0.5,\"updateBiases\":true}");
        Path png = dir.resolve("n.png");
        int code = Main.run(
                new String[] {
                    "render",
                    "delta-flow",
                    "--net",
                    net.toString(),
                    "--step",
                    "9",
                    "--out",
                    png.toString(),
                    "--size",
                    "800x450"
                },
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        String json = Files.readString(dir.resolve("n.json"));
        assertTrue(
                json.contains("0.298371"),
                "the cost of Mazur's network: " + json.substring(0, Math.min(300, json.length())));
    }

    @Test
    void badNetworkFileIsAOneLineErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("bad.json");
        Files.writeString(net, "{\"weights\": [\n  [[1, 2]\n}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {
                    "render",
                    "delta-flow",
                    "--net",
                    net.toString(),
                    "--out",
                    dir.resolve("x.png").toString()
                },
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertEquals(2, code);
        String msg = err.toString().strip();
        assertTrue(msg.contains("bad.json") && msg.contains("line"), msg);
        assertEquals(1, msg.lines().count(), msg);
    }

    @Test
    void sequenceExportsNumberedFramesAndALoopingGif(@TempDir Path dir) throws Exception {
        int frames = Fx.call(() -> Frames.writeSequence(
                VisualiserRegistry.create("quadratic-cost", Map.of()), 400, 300, dir.resolve("frames")));
        assertEquals(5, frames, "start + 4 terms");
        assertTrue(Files.exists(dir.resolve("frames/frame-0004.png")));
        assertTrue(Files.exists(dir.resolve("frames/frame-0004.json")));
        Path gif = dir.resolve("qc.gif");
        Fx.call(() -> Frames.writeGif(VisualiserRegistry.create("quadratic-cost", Map.of()), 400, 300, 500, gif));
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            String meta = reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0")
                    .getChildNodes()
                    .item(1)
                    .getAttributes()
                    .getNamedItem("delayTime")
                    .getNodeValue();
            assertEquals("50", meta, "500 ms per frame, in hundredths");
        }
    }
}
