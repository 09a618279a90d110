package bachprop.rnn.viz;

import javafx.animation.Animation;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * What the two chapter-8 views share: a canvas redrawn from the model, three lines of text under
 * it (what is shown, the formula, the numbers) and the δ-flow visualiser's keys —
 * → step forward, ← step back, space play/pause, R or Home reset.
 */
abstract class StepperView extends BorderPane {
    protected final RnnTheme theme;
    protected final Canvas canvas = new Canvas();
    protected final Label heading = new Label();
    protected final Label formula = new Label();
    protected final Label numbers = new Label();
    private final Duration perStep;
    private Timeline playing;

    StepperView(RnnTheme theme, Duration perStep, String id) {
        this.theme = theme;
        this.perStep = perStep;
        setId(id);
        Pane holder = new Pane(canvas);
        holder.setMinSize(0, 0);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        setCenter(holder);
        heading.setId(id + "-step");
        formula.setId(id + "-formula");
        numbers.setId(id + "-numbers");
        for (Label l : new Label[] {heading, formula, numbers}) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        VBox text = new VBox(4, heading, formula, numbers);
        text.setPadding(new Insets(8, 24, 16, 24));
        setBottom(text);
        setBackground(new Background(new BackgroundFill(theme.background(), null, null)));
        setFocusTraversable(true);
        setOnMouseClicked(e -> requestFocus());
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.RIGHT) {
                stopPlaying();
                stepForward();
            } else if (k == KeyCode.LEFT) {
                stopPlaying();
                stepBack();
            } else if (k == KeyCode.SPACE) {
                togglePlay();
            } else if (k == KeyCode.R || k == KeyCode.HOME) {
                stopPlaying();
                reset();
            } else {
                return;
            }
            e.consume();
        });
        heightProperty().addListener(o -> restyle());
        widthProperty().addListener(o -> restyle());
        restyle();
    }

    protected abstract boolean stepForward();

    protected abstract boolean stepBack();

    protected abstract void reset();

    /** Draws the frame on a canvas of this size. */
    protected abstract void draw(GraphicsContext g, double w, double h);

    /** Sets the three lines of text for the current state. */
    protected abstract void updateText();

    /** Space: plays one step per {@code perStep} until the end, or pauses. */
    public void togglePlay() {
        if (isPlaying()) {
            stopPlaying();
            return;
        }
        playing = RnnAnimations.play(this::stepForward, perStep);
        playing.play();
    }

    public boolean isPlaying() {
        return playing != null && playing.getStatus() == Animation.Status.RUNNING;
    }

    public void stopPlaying() {
        if (playing != null) {
            playing.stop();
        }
    }

    private void restyle() {
        double f = theme.fontSize(Math.max(getWidth(), 640), Math.max(getHeight(), 400));
        String fg = RnnTheme.web(theme.foreground());
        heading.setStyle("-fx-font-size: " + Math.round(f) + "px; -fx-font-weight: bold; -fx-text-fill: " + RnnTheme.web(theme.accent()) + ";");
        formula.setStyle("-fx-font-size: " + Math.round(f * 1.05) + "px; -fx-text-fill: " + fg + ";");
        numbers.setStyle("-fx-font-size: " + Math.round(f * 0.85) + "px; -fx-text-fill: " + fg + ";");
    }

    /** Redraws the canvas and the text from the model. */
    protected final void redraw() {
        updateText();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        if (w > 10 && h > 10) {
            draw(g, w, h);
        }
    }

    /** An arrow from (x1, y1) to (x2, y2) with a head of size {@code head}. */
    static void arrow(GraphicsContext g, double x1, double y1, double x2, double y2, double head) {
        g.strokeLine(x1, y1, x2, y2);
        double a = Math.atan2(y2 - y1, x2 - x1);
        double[] xs = {x2, x2 - head * Math.cos(a - 0.4), x2 - head * Math.cos(a + 0.4)};
        double[] ys = {y2, y2 - head * Math.sin(a - 0.4), y2 - head * Math.sin(a + 0.4)};
        g.setFill(g.getStroke());
        g.fillPolygon(xs, ys, 3);
    }
}
