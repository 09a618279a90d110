package bachprop.chorale.ui;

import bachprop.chorale.ExperimentCache;
import bachprop.chorale.SeedExperiment;
import bachprop.chorale.mlp.Trainer;
import bachprop.chorale.plot.Charts;
import bachprop.chorale.plot.CostCurveModel;
import bachprop.chorale.plot.PianoRollModel;
import bachprop.music.Note;
import bachprop.music.sound.Line;
import bachprop.music.sound.Playback;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The seed experiment in the window: hidden sizes, η and epochs to edit, a Run button, the cost
 * curve growing live while training runs on a background thread, then the piano roll of the
 * trained network's continuation and buttons to listen (with a clear message when there is no
 * sound device). The window embeds it; {@code bachprop chorale seed-experiment} is the same
 * experiment in the terminal.
 */
public final class ExperimentPane extends BorderPane {
    private final TextField hidden = new TextField("100");
    private final TextField eta = new TextField("3");
    private final TextField epochs = new TextField("10");
    private final Button run = new Button("Run");
    private final Button playBach = new Button("Play Bach");
    private final Button playNet = new Button("Play network");
    private final Label status = new Label("Press Run to train the text's network on the chorales.");
    private final CostCurveModel curve = new CostCurveModel("Cost during training (Figure 9)");
    private final ChartView curveView = new ChartView((w, h) -> Charts.costCurve(curve, w, h));
    private volatile SeedExperiment experiment;
    private ChartView rollView;

    public ExperimentPane() {
        // The controls wrap onto more lines in a narrow side panel rather than cutting their labels short.
        FlowPane controls = new FlowPane(
                8,
                6,
                new Label("hidden"),
                hidden,
                new Label("η"),
                eta,
                new Label("epochs"),
                epochs,
                run,
                playBach,
                playNet);
        hidden.setPrefColumnCount(10);
        eta.setPrefColumnCount(4);
        epochs.setPrefColumnCount(4);
        playBach.setDisable(true);
        playNet.setDisable(true);
        controls.setPadding(new Insets(8));
        for (Node n : controls.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        controls.setMinWidth(0);
        setTop(new VBox(4, controls, status));
        setCenter(curveView);
        curve.addListener(curveView::invalidate);
        run.setOnAction(e -> start());
        playBach.setOnAction(e -> play(experiment.example.target()));
        playNet.setOnAction(e -> {
            SeedExperiment.Run r = experiment.runs.get(0);
            play(r.sampleAfter != null ? r.sampleAfter : r.sampleBefore);
        });
    }

    /** Starts training in the background; the curve and the status line follow it. */
    public void start() {
        SeedExperiment e;
        try {
            e = ExperimentCache.prepare(Map.of(
                    "hidden",
                    hidden.getText().strip(),
                    "eta",
                    eta.getText().strip(),
                    "epochs",
                    epochs.getText().strip(),
                    "init",
                    "standard"));
        } catch (RuntimeException ex) {
            status.setText(ex.getMessage());
            return;
        }
        experiment = e;
        curve.clear();
        run.setDisable(true);
        status.setText("training on " + e.data().name() + " (" + e.train.size() + " windows)"
                + (e.data().isBuiltin() ? " — built-in practice melodies, NOT Bach" : ""));
        SeedExperiment.Listener feed = ExperimentCache.feeding(curve);
        Thread t = new Thread(
                () -> {
                    e.run(new SeedExperiment.Listener() {
                        @Override
                        public void runStarted(SeedExperiment.Run r, int n) {
                            feed.runStarted(r, n);
                        }

                        @Override
                        public void batchDone(Trainer.CostPoint p, int batches) {
                            feed.batchDone(p, batches);
                        }

                        @Override
                        public void epochDone(Trainer.EpochReport r) {
                            Platform.runLater(() -> status.setText(r.toString()));
                        }

                        @Override
                        public void message(String line) {
                            Platform.runLater(() -> status.setText(line));
                        }
                    });
                    Platform.runLater(this::finished);
                },
                "chorale-experiment");
        t.setDaemon(true);
        t.start();
    }

    private void finished() {
        run.setDisable(false);
        SeedExperiment.Run r = experiment.runs.get(0);
        if (r.divergence != null) {
            status.setText("stopped: " + r.divergence.getMessage());
            return;
        }
        status.setText(String.format(
                "done: exact next pitch %.1f%% (sampled), score %.0f — see chapter 7 for what these mean",
                100 * (double) r.after.get("exactNextPitchSampled"), (double) r.after.get("scoreSampled")));
        PianoRollModel roll = new PianoRollModel(
                "Opening and the trained network's continuation",
                experiment.example.input(),
                r.sampleAfter,
                experiment.example.target());
        rollView = new ChartView((w, h) -> Charts.pianoRoll(roll, w, h));
        rollView.setPrefHeight(300);
        setBottom(rollView);
        playBach.setDisable(false);
        playNet.setDisable(false);
    }

    private void play(List<Note> continuation) {
        String problem = Playback.play(
                List.of(
                        new Line("opening", experiment.example.input(), 19, 0),
                        new Line(
                                "continuation",
                                continuation,
                                73,
                                experiment.example.input().stream()
                                        .mapToInt(Note::duration)
                                        .sum())),
                80);
        status.setText(problem == null ? "playing…" : problem);
    }

    public CostCurveModel curve() {
        return curve;
    }

    public Label status() {
        return status;
    }
}
