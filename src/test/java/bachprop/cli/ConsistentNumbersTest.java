package bachprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.util.Json;
import bachprop.viz.Visualiser;
import bachprop.viz.VisualiserRegistry;
import bachprop.viz.common.Export;
import bachprop.viz.common.Frames;
import bachprop.viz.common.Fx;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The δ-flow visualiser and {@code bachprop trace} say the same numbers: one default (the update
 * moves the biases, eq. 13), one switch of one name ({@code --[no-]update-biases}, option
 * {@code update-biases}), the cost after the update in both (docs/oracles.md, to 1e-9); exports
 * carry no toolbar; and a step count N is the same N in the JSON, on the image and in the frames.
 */
class ConsistentNumbersTest {
    static final double WEIGHTS_ONLY = 0.291027774; // Mazur's E after a weights-only update
    static final double WEIGHTS_AND_BIASES = 0.280471447;

    @BeforeAll
    static void toolkit() {
        Fx.start();
    }

    static double traceCostAfter(String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "trace";
        args[1] = "--net";
        args[2] = "mazur";
        System.arraycopy(extra, 0, args, 3, extra.length);
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
        Map<?, ?> json = (Map<?, ?>) Json.parse(r.out(), "trace");
        return ((Number) ((Map<?, ?>) json.get("after")).get("cost")).doubleValue();
    }

    /** The visualiser stepped to its end; its exported numbers. */
    static Map<String, Object> visualiserAtTheEnd(Map<String, String> options) {
        return Fx.call(() -> {
            Visualiser v = VisualiserRegistry.create("delta-flow", options);
            while (v.stepForward()) {}
            return v.numbers();
        });
    }

    static double costAfter(Map<String, Object> numbers) {
        return ((Number) numbers.get("costAfter")).doubleValue();
    }

    @Test
    void byDefaultBothUpdateTheBiasesAndShowTheCostAfter0_280471447() {
        assertEquals(WEIGHTS_AND_BIASES, traceCostAfter("--json"), 1e-9);
        Map<String, Object> viz = visualiserAtTheEnd(Map.of());
        assertEquals(true, viz.get("updateBiases"));
        assertEquals(WEIGHTS_AND_BIASES, costAfter(viz), 1e-9);
    }

    @Test
    void theSwitchUpdateBiasesOffGivesMazursWeightsOnly0_291027774InBoth() {
        assertEquals(WEIGHTS_ONLY, traceCostAfter("--json", "--no-update-biases"), 1e-9);
        assertEquals(WEIGHTS_AND_BIASES, traceCostAfter("--json", "--update-biases"), 1e-9);
        assertTrue(Cli.run("trace", "--net", "mazur", "--no-update-biases")
                .out()
                .contains("cost after the update:  C = 0.291027774"));
        Map<String, Object> viz = visualiserAtTheEnd(Map.of("update-biases", "false"));
        assertEquals(false, viz.get("updateBiases"));
        assertEquals(WEIGHTS_ONLY, costAfter(viz), 1e-9);
        assertEquals(WEIGHTS_ONLY, costAfter(visualiserAtTheEnd(Map.of("biases", "false"))), 1e-9, "the older name");
    }

    @Test
    void theCostAfterTheUpdateIsHiddenUntilTheUpdateIsRevealed() {
        Map<String, Object> start =
                Fx.call(() -> VisualiserRegistry.create("delta-flow", Map.of()).numbers());
        assertNull(start.get("costAfter"));
    }

    @Test
    void aStepCountIsThePressesFromStartToEndInTheJsonTheImageAndTheFrames(@TempDir Path dir) throws Exception {
        Cli r = Cli.run(
                "render",
                "delta-flow",
                "--step",
                "999",
                "--out",
                dir.resolve("end.png").toString());
        Map<?, ?> json = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("end.json")), "end.json");
        int steps = ((Number) json.get("steps")).intValue();
        assertEquals(steps, ((Number) json.get("step")).intValue(), "the last step is step N");
        assertTrue(r.out().contains("step " + steps + ")"), r.out());
        String label = Fx.call(() -> {
            Visualiser v = VisualiserRegistry.create("delta-flow", Map.of());
            Parent view = (Parent) v.view();
            view.applyCss();
            for (Node n : view.lookupAll(".label")) {
                if (n instanceof Label l && l.getText().startsWith("Step ")) {
                    return l.getText();
                }
            }
            return "no step label";
        });
        assertEquals("Step 0 of " + steps, label, "the image says the JSON's N");
        Path gif = dir.resolve("all.gif");
        int frames =
                Fx.call(() -> Frames.writeGif(VisualiserRegistry.create("delta-flow", Map.of()), 480, 300, 10, gif));
        assertEquals(steps + 1, frames, "frames 0..N");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(steps + 1, reader.getNumImages(true));
        }
    }

    @Test
    void theStandardThemeFramesAndGifNeverDrawTheToolbar(@TempDir Path dir) throws Exception {
        // The toolbar's Reset button sat in the top-left corner of every frame: now that corner is paper.
        BufferedImage frame = Fx.call(() -> Frames.frame(VisualiserRegistry.create("delta-flow", Map.of()), 960, 600));
        assertTrue(Export.hasContent(frame));
        assertTrue(uniform(frame, 40, 14), "no button in the frame's corner");
        BufferedImage live = Fx.call(() -> {
            Visualiser v = VisualiserRegistry.create("delta-flow", Map.of());
            return Export.snapshot(v.view(), 960, 600, Color.WHITE);
        });
        assertFalse(uniform(live, 40, 14), "the window's own view does have its toolbar there");
        Path gif = dir.resolve("all.gif");
        Fx.call(() -> Frames.writeGif(VisualiserRegistry.create("delta-flow", Map.of()), 960, 600, 10, gif));
        assertTrue(uniform(ImageIO.read(gif.toFile()), 40, 14), "the GIF's first frame has no toolbar either");
    }

    /** Every pixel of the w × h top-left corner has one colour. */
    static boolean uniform(BufferedImage img, int w, int h) {
        int first = img.getRGB(0, 0) & 0xffffff;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((img.getRGB(x, y) & 0xffffff) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
