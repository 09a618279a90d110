package bachprop.viz.deltaflow;

import bachprop.viz.common.StepAnimations;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The δ-flow view's toolbar, bound to the model: Reset, Back, Play/Pause (one step per 1.2 s at
 * the chosen speed), Next, the granularity, Quiz, Update biases, and the export size with its
 * button. It wraps rather than ellipsising at projector sizes.
 */
final class Toolbar extends FlowPane {
    private final DeltaFlowModel model;
    private final Runnable changed;
    private final Button playButton = new Button("Play");
    private final Slider speed = new Slider(0.25, 4, 1);
    private final ChoiceBox<String> exportSize = new ChoiceBox<>();
    private final ChoiceBox<String> granularity = new ChoiceBox<>();
    private final CheckBox quizBox = new CheckBox("Quiz");
    private final CheckBox biasBox = new CheckBox("Update biases");
    private Timeline playing;

    /**
     * @param changed called after play starts or stops (the view redraws its labels)
     * @param export  the Export PNG… button's action
     */
    Toolbar(DeltaFlowModel model, Runnable changed, Runnable export) {
        super(8, 6);
        this.model = model;
        this.changed = changed;
        Button reset = new Button("Reset");
        reset.setId("reset");
        reset.setOnAction(e -> {
            stopPlaying();
            model.reset();
        });
        Button back = new Button("← Back");
        back.setAccessibleText("Back one step");
        back.setId("back");
        back.setOnAction(e -> model.back());
        Button next = new Button("Next →");
        next.setAccessibleText("Next step");
        next.setId("next");
        next.setOnAction(e -> model.forward());
        playButton.setId("play");
        playButton.setOnAction(e -> togglePlay());
        speed.setPrefWidth(110);
        speed.setAccessibleText("speed of play");
        speed.valueProperty().addListener((o, a, b) -> {
            if (playing != null) {
                playing.setRate(b.doubleValue());
            }
        });
        Label speedLabel = new Label("speed");
        granularity.getItems().addAll("equation", "neuron", "layer");
        granularity.setValue(model.granularity().name().toLowerCase());
        granularity.setAccessibleText("steps per press: one equation, a neuron or a layer");
        granularity.setOnAction(e -> model.setGranularity(Granularity.parse(granularity.getValue())));
        quizBox.setId("quiz");
        quizBox.setSelected(model.quiz());
        quizBox.setOnAction(e -> model.setQuiz(quizBox.isSelected()));
        biasBox.setSelected(model.updateBiases());
        biasBox.setOnAction(e -> model.setUpdateBiases(biasBox.isSelected()));
        Button exportButton = new Button("Export PNG…");
        exportSize.getItems().addAll("1920×1080", "1280×720", "3840×2160");
        exportSize.setValue("1920×1080");
        exportSize.setAccessibleText("export size");
        exportButton.setOnAction(e -> export.run());
        getChildren()
                .addAll(
                        reset,
                        back,
                        playButton,
                        next,
                        speedLabel,
                        speed,
                        granularity,
                        quizBox,
                        biasBox,
                        exportSize,
                        exportButton);
        for (Node n : getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
    }

    /** The quiz and bias check boxes, which the view styles with the labels. */
    CheckBox quizBox() {
        return quizBox;
    }

    CheckBox biasBox() {
        return biasBox;
    }

    /** The export size chosen, e.g. "1920×1080". */
    String exportSize() {
        return exportSize.getValue();
    }

    /** Shows Pause while playing, else Play. */
    void update() {
        playButton.setText(playing != null ? "Pause" : "Play");
    }

    /** Plays from the start if at the end; pauses if playing. */
    void togglePlay() {
        if (playing != null) {
            stopPlaying();
        } else {
            if (model.step() == model.count() - 1) {
                model.reset();
            }
            playing = StepAnimations.play(model, Duration.seconds(1.2), this::stopPlaying);
            playing.setRate(speed.getValue());
            playing.play();
        }
        changed.run();
    }

    void stopPlaying() {
        if (playing != null) {
            playing.stop();
            playing = null;
            playButton.setText("Play");
        }
    }
}
