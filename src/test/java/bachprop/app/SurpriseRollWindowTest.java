package bachprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chapter.Chapter;
import bachprop.chapter.Chapters;
import bachprop.chapter.Workspace;
import bachprop.chorale.plot.DrawnText;
import bachprop.chorale.plot.PianoRollModel;
import bachprop.chorale.plot.SurpriseScale;
import bachprop.chorale.ui.ChartView;
import bachprop.jshell.CellEvaluator;
import bachprop.music.Note;
import bachprop.music.data.RealData;
import bachprop.seq.Extension;
import bachprop.seq.ModelFile;
import bachprop.seq.SequenceModel;
import bachprop.seq.Surprise;
import bachprop.seq.Surprise.NoteSurprise;
import bachprop.seq.viz.ExtenderModel;
import bachprop.seq.viz.ExtenderVisualiser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chapter 9 in the real window, as a student reaches it: the extender block with the LSTM alone
 * shown in the side panel ("Show in the side panel"), its piano roll shaded by surprise. The legend
 * names the scale, every note's colour is on the picture, and the roll's accessible text names the
 * most surprising note, found again here from the shipped model itself.
 */
@Tag("corpus")
class SurpriseRollWindowTest {
    @TempDir
    static Path tmp;

    CompanionWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        RealData.assumeJsb(); // the extender reads the real test chorales
        System.setProperty("headless.geometry", "1920x1080-32");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            FxToolkit.setupStage(s -> window.close());
        }
        FxToolkit.hideStage();
    }

    @Test
    void theLstmRollOfChapterNineIsShadedByInformationContentAndNamesItsMostSurprisingNote() throws Exception {
        Path user = tmp.resolve("user");
        Files.createDirectories(user);
        Files.writeString(user.resolve("window.json"), "{\"width\": 1920, \"height\": 1080}");
        CompanionWindow.Config config = new CompanionWindow.Config(
                Chapters.dir(),
                new Workspace(user.resolve("workspace")),
                user.resolve("window.json"),
                user.resolve("progress.json"),
                () -> new CellEvaluator(List.of(), Duration.ofSeconds(5)),
                url -> {});
        FxToolkit.setupStage(s -> {
            window = new CompanionWindow(config, new MathRenderer(), 9);
            window.attach(s);
            s.setWidth(1920);
            s.setHeight(1080);
            s.show();
        });
        FxToolkit.setupFixture(() -> window.open(9));
        window.whenRendered().get(30, TimeUnit.SECONDS);
        Chapter ch = window.chapter();
        int block = -1;
        for (int i = 0; i < ch.visualisers().size(); i++) {
            if ("lstm".equals(ch.visualisers().get(i).options().get("models"))) {
                block = i;
            }
        }
        assertTrue(block >= 0, "chapter 9 has an extender block with the LSTM alone");
        Button show = FxToolkit.setupFixture(this::cards).get(block);
        FxToolkit.setupFixture(show::fire); // "Show in the side panel", as a student presses it
        WaitForAsyncUtils.waitForFxEvents();

        ExtenderModel model = ((ExtenderVisualiser) window.activeVisualiser()).model();
        Extension ext = model.extensions().get(0);
        assertEquals("lstm", ext.kind());
        ChartView roll = FxToolkit.setupFixture(() -> (ChartView) sidePanel().lookupAll("*").stream()
                .filter(n -> n instanceof ChartView)
                .findFirst()
                .orElseThrow());
        List<String> texts = FxToolkit.setupFixture(
                () -> roll.texts().stream().map(DrawnText::text).toList());
        assertTrue(texts.contains(SurpriseScale.LABEL), "the legend names the scale: " + texts);
        assertTrue(texts.contains("0") && texts.contains("8+"), "the scale's ends: " + texts);

        // the shipped model, loaded here on its own, scores the same notes the same way
        SequenceModel lstm = ModelFile.load(
                SequenceModel.class.getResourceAsStream("/bachprop/models/lstm-jsb.bpm"), Path.of("lstm-jsb.bpm"));
        List<NoteSurprise> expected = Surprise.of(lstm, ext.all(), ext.opening().size());
        PixelReader px = FxToolkit.setupFixture(() ->
                ((ImageView) roll.getChildrenUnmodifiable().get(0)).getImage().getPixelReader());
        int w = (int) Math.round(roll.getWidth());
        int h = (int) Math.round(roll.getHeight());
        for (NoteSurprise n : expected) {
            double level = Math.max(0, Math.min(1, n.icBits() / PianoRollModel.DEFAULT_SCALE_TOP_BITS));
            Color c = SurpriseScale.colour(level);
            assertTrue(found(px, w, h, c), "note " + (n.index() + 1) + " (" + n.icBits() + " bits) drawn in " + c);
        }
        NoteSurprise top = Surprise.mostSurprising(expected, 1).get(0);
        String said = roll.getAccessibleText();
        String name = "note " + (top.index() + 1) + ", " + Note.name(top.note().pitch());
        assertTrue(said.contains("most surprising: " + name), said);
        String view = ((Node) window.activeVisualiser().view()).getAccessibleText();
        assertTrue(view.contains("lstm: most surprising: " + name), view);
    }

    /** A pixel of colour c (to 1/255 per channel: the snapshot's rounding) on the picture. */
    static boolean found(PixelReader px, int w, int h, Color c) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color p = px.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) <= 1.5 / 255
                        && Math.abs(p.getGreen() - c.getGreen()) <= 1.5 / 255
                        && Math.abs(p.getBlue() - c.getBlue()) <= 1.5 / 255) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Button> cards() {
        return window.root().lookupAll(".visualiser-card").stream()
                .map(c -> (Button) ((Parent) c)
                        .getChildrenUnmodifiable().stream()
                                .filter(n -> n instanceof Button)
                                .findFirst()
                                .orElseThrow())
                .toList();
    }

    private Parent sidePanel() {
        return (Parent) window.root().lookup("#side-panel");
    }
}
