package bachprop.seq.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.music.data.RealData;
import bachprop.seq.Corpora;
import bachprop.seq.Corpus;
import bachprop.seq.SequenceModel;
import bachprop.seq.lstm.Features;
import bachprop.seq.lstm.Lstm;
import bachprop.seq.lstm.LstmModel;
import bachprop.viz.common.Theme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The extender's view, headless (TestFX + Monocle), with a small untrained LSTM on the real test chorales. */
@Tag("corpus")
@ExtendWith(ApplicationExtension.class)
class ExtenderViewTest {
    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb(); // the real corpus, or a visible skip
    }

    private ExtenderModel model;
    private ExtenderView view;

    @Start
    void start(Stage stage) {
        if (!RealData.hasJsb()) {
            return; // the test then skips, with its reason, in realCorpus()
        }
        Corpus jsb = Corpora.load("jsb");
        Map<String, SequenceModel> models = new LinkedHashMap<>();
        models.put("lstm", new LstmModel(Lstm.random(Features.WIDTH, 8, 46, 16, new Random(3)), Map.of()));
        model = new ExtenderModel(jsb, models, Map.of("rnn", "no trained model yet"), "test:305", 8, 16, 1.0, 1);
        view = new ExtenderView(model);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @Test
    void aNewDrawResamplesAndListeningNeverThrows(FxRobot robot) {
        assertEquals(
                1, robot.lookup((Node n) -> n instanceof ImageView).queryAll().size(), "one piano roll per model");
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText().contains("no trained model yet"))
                .tryQuery()
                .isPresent());
        var before = model.extensions();
        robot.clickOn("New draw");
        assertEquals(2, model.seed());
        assertFalse(before.equals(model.extensions()));
        robot.clickOn("Listen: lstm");
        // with or without a sound device the status line says what happened
        assertTrue(robot.lookup((Node n) -> n instanceof Label l
                        && (l.getText().startsWith("playing") || l.getText().startsWith("No sound device")))
                .tryQuery()
                .isPresent());
    }

    /**
     * Presenter mode's projector theme: the view's background is the theme's paper, every label's
     * ink is at least 4.5:1 on it, and each piano roll is drawn on that paper; back in the standard
     * theme the view and its labels carry no style of their own again (as they always had).
     */
    @Test
    void inTheProjectorThemeTheViewAndItsRollsAreOnTheThemesPaperWithLegibleLabels(FxRobot robot) {
        Theme projector = Theme.PROJECTOR;
        robot.interact(() -> view.setTheme(projector));
        robot.interact(() -> view.applyCss());
        Background bg = view.getBackground();
        assertTrue(bg != null && !bg.getFills().isEmpty(), "the view has a background");
        assertEquals(projector.background(), bg.getFills().get(0).getFill(), "the view's background is the paper");
        var labels = robot.lookup((Node n) -> n instanceof Label).queryAllAs(Label.class);
        assertTrue(labels.size() >= 10, "controls' labels, the table and the status: " + labels.size());
        for (Label l : labels) {
            double c = Theme.contrast((Color) l.getTextFill(), projector.background());
            assertTrue(c >= 4.5, "'" + l.getText() + "' is " + c + ":1 on the paper (at least 4.5:1)");
        }
        ImageView roll = robot.lookup((Node n) -> n instanceof ImageView).queryAs(ImageView.class);
        Color corner = roll.getImage().getPixelReader().getColor(0, 0);
        assertEquals(projector.background(), corner, "the roll's corner is the projector theme's paper");

        robot.interact(() -> view.setTheme(Theme.STANDARD));
        assertEquals("", view.getStyle(), "the standard theme styles the view as before: not at all");
        for (Label l : robot.lookup((Node n) -> n instanceof Label).queryAllAs(Label.class)) {
            assertEquals("", l.getStyle(), "'" + l.getText() + "' has no style of its own in the standard theme");
        }
        ImageView standardRoll =
                robot.lookup((Node n) -> n instanceof ImageView).queryAs(ImageView.class);
        assertEquals(
                Theme.STANDARD.background(),
                standardRoll.getImage().getPixelReader().getColor(0, 0),
                "the roll's corner is the standard paper again");
    }
}
