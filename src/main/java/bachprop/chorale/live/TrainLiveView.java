package bachprop.chorale.live;

import bachprop.chorale.plot.Charts;
import bachprop.chorale.ui.ChartView;
import bachprop.seq.SequenceModels;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Themed;
import bachprop.viz.common.Unbindable;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's face of {@link TrainLiveModel}: a model chooser, its options, Train and Stop, a
 * progress bar, a status line and the live plot of training and validation bits per note. Training
 * runs on the model's own thread; this view only reads the model on the FX thread.
 */
public final class TrainLiveView extends BorderPane implements Unbindable, Themed {
    private final TrainLiveModel model;
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final TextField options = new TextField();
    private final Button train = new Button("Train");
    private final Button stop = new Button("Stop");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ChartView chart;
    private final Runnable listener = this::changed;
    private volatile boolean pending;

    public TrainLiveView(TrainLiveModel model) {
        this.model = model;
        for (String k : SequenceModels.names()) {
            if (SequenceModels.available(k)) {
                kind.getItems().add(k);
            }
        }
        kind.setValue(model.kind());
        options.setText(model.options());
        options.setPromptText("options, e.g. epochs 5 hidden 50");
        options.setPrefColumnCount(24);
        progress.setPrefWidth(180);
        train.setOnAction(e -> model.train(kind.getValue(), options.getText()));
        stop.setOnAction(e -> model.stop());
        chart = new ChartView((w, h) -> Charts.lines(model.curve(), w, h, "epochs", "bits per note", 8));
        // The controls wrap onto more lines in a narrow side panel rather than cutting their labels short.
        FlowPane controls =
                new FlowPane(8, 6, new Label("model"), kind, new Label("options"), options, train, stop, progress);
        for (Node n : controls.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        controls.setMinWidth(0);
        controls.setPadding(new Insets(8));
        status.setPadding(new Insets(0, 8, 4, 8));
        status.setWrapText(true);
        setTop(new VBox(2, controls, status));
        setCenter(chart);
        model.addListener(listener);
        refresh();
    }

    /** From any thread: schedules one refresh on the FX thread. */
    private void changed() {
        if (Platform.isFxApplicationThread()) {
            refresh();
        } else if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                refresh();
            });
        }
    }

    /** Reads the model into the controls (FX thread). */
    public void refresh() {
        boolean busy = model.isBusy();
        train.setDisable(busy);
        stop.setDisable(!busy || model.state() == TrainLiveModel.State.STOPPING);
        kind.setDisable(busy);
        options.setDisable(busy);
        progress.setProgress(busy && model.fraction() == 0 ? ProgressBar.INDETERMINATE_PROGRESS : model.fraction());
        status.setText(model.state().name().toLowerCase() + ": " + model.message());
        chart.invalidate();
    }

    /**
     * The chart in the theme (lightness inverted on a dark one), and on a dark theme the view's
     * background, controls and labels in its paper and ink; the standard theme styles nothing.
     */
    @Override
    public void setTheme(Theme theme) {
        chart.setTheme(theme);
        boolean plain = theme.equals(Theme.STANDARD);
        // the options field as the chart: the theme's ink on its panel (modena would make it mid grey)
        setStyle(
                plain
                        ? ""
                        : theme.css(theme.leastTextPx() > 0 ? theme.leastTextPx() : 13)
                                + (theme.dark()
                                        ? " -fx-control-inner-background: " + Theme.web(theme.panel())
                                                + "; -fx-text-inner-color: " + Theme.web(theme.foreground()) + ";"
                                        : ""));
        String ink = plain ? "" : "-fx-text-fill: " + Theme.web(theme.foreground()) + ";";
        status.setStyle(ink);
        for (Node n : ((Pane) ((VBox) getTop()).getChildren().get(0)).getChildren()) {
            if (n instanceof Label l) {
                l.setStyle(ink);
            }
        }
    }

    @Override
    public void unbind() {
        model.removeListener(listener);
    }
}
