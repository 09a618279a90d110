package bachprop.chorale.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.chorale.plot.CostCurveModel;
import bachprop.chorale.ui.ChartView;
import bachprop.music.data.RealData;
import bachprop.seq.ModelFile;
import bachprop.seq.SequenceModel;
import bachprop.viz.common.Theme;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The train-live visualiser headless (TestFX + Monocle): a tiny MLP on the real JSB chorales, saved to a temporary folder. */
@Tag("corpus")
@ExtendWith(ApplicationExtension.class)
class TrainLiveViewTest {
    @BeforeEach
    void realCorpus() {
        RealData.assumeJsb(); // the real corpus, or a visible skip
    }

    @TempDir
    static Path folder;

    private TrainLiveVisualiser vis;

    @Start
    void start(Stage stage) {
        vis = new TrainLiveVisualiser(
                Map.of("model", "mlp", "options", "epochs 2 hidden 4", "folder", folder.toString()));
        stage.setScene(new Scene((Parent) vis.view(), 1100, 700));
        stage.show();
    }

    @Test
    void trainingPlotsEveryEpochAndSavesToTheChosenFolder(FxRobot robot) throws Exception {
        TrainLiveModel model = vis.model();
        robot.clickOn("Train");
        assertTrue(model.await(60_000), "a 2-epoch run of a 4-neuron MLP ends within a minute");
        assertEquals(TrainLiveModel.State.SAVED, model.state(), model.message());
        assertEquals(2, model.reports().size());
        for (String series : new String[] {TrainLiveModel.TRAIN, TrainLiveModel.VALID}) {
            CostCurveModel.Series s = model.curve().series(series);
            assertEquals(2, s.points().size(), series);
            assertEquals(2.0, s.points().get(1).x(), 0.0);
            assertTrue(
                    s.points().get(1).y() > 0 && s.points().get(1).y() < 20,
                    series + " bits " + s.points().get(1).y());
        }
        Path file = folder.resolve("mlp-jsb.bpm");
        assertEquals(file, model.saved());
        SequenceModel back = ModelFile.load(file);
        assertEquals("mlp", back.kind());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("saved: saved " + file))
                .tryQuery()
                .isPresent());
        assertFalse(robot.lookup("Train").queryButton().isDisabled());
    }

    @Test
    void stopEndsALongRunWithoutSavingAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        TrainLiveModel model = vis.model();
        TextField options = robot.lookup((Node n) -> n instanceof TextField).query();
        robot.interact(() -> options.setText("epochs 100000 hidden 4 seed 2"));
        robot.clickOn("Train");
        // the click returned while training goes on: it runs off the FX thread
        assertTrue(model.isBusy(), model.toString());
        WaitForAsyncUtils.waitForFxEvents();
        Button stop = robot.lookup("Stop").queryButton();
        assertFalse(stop.isDisabled(), "Stop is live during a run");
        assertTrue(robot.lookup("Train").queryButton().isDisabled());
        long t0 = System.nanoTime();
        while (model.reports().isEmpty() && System.nanoTime() - t0 < 60e9) {
            Thread.sleep(20);
        }
        robot.clickOn("Stop");
        assertTrue(model.await(30_000), "stops at the next epoch");
        assertEquals(TrainLiveModel.State.STOPPED, model.state(), model.message());
        assertTrue(model.message().contains("nothing was saved"), model.message());
        assertEquals(null, model.saved());
    }

    @Test
    void badOptionsAreAOneLineMessageNotACrash(FxRobot robot) throws Exception {
        TrainLiveModel model = vis.model();
        assertFalse(model.train("mlp", "epochs"));
        assertEquals(TrainLiveModel.State.FAILED, model.state());
        assertTrue(model.message().contains("needs a value"), model.message());
        assertTrue(model.train("mlp", "epochs 1 wings 3"));
        assertTrue(model.await(60_000));
        assertEquals(TrainLiveModel.State.FAILED, model.state());
        assertTrue(model.message().contains("no option wings"), model.message());
    }

    @Test
    void inPresenterModeTheChartAndLabelsTakeTheProjectorThemeAndLeavingItRestoresThem(FxRobot robot) throws Exception {
        TrainLiveView view = (TrainLiveView) vis.view();
        ChartView chart = robot.lookup(n -> n instanceof ChartView).queryAs(ChartView.class);
        robot.interact(() -> view.setPresenter(true, Theme.STANDARD));
        // the chart's paper (top-left pixel) is dark: lightness inverted for the projector theme
        Color paper = WaitForAsyncUtils.asyncFx(() -> chart.snapshot(null, null))
                .get()
                .getPixelReader()
                .getColor(2, 2);
        assertTrue(paper.getBrightness() < 0.2, "the chart's paper in presenter mode: " + paper);
        assertTrue(view.getStyle().contains(Theme.web(Theme.PROJECTOR.background())), view.getStyle());
        robot.interact(() -> view.setPresenter(false, Theme.STANDARD));
        Color back = WaitForAsyncUtils.asyncFx(() -> chart.snapshot(null, null))
                .get()
                .getPixelReader()
                .getColor(2, 2);
        assertTrue(back.getBrightness() > 0.8, "the chart's paper after presenter mode: " + back);
        assertEquals("", view.getStyle());
    }
}
