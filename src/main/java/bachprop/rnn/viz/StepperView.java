package bachprop.rnn.viz;

import bachprop.viz.Stepping;
import bachprop.viz.common.Export;
import bachprop.viz.common.Tex;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Themed;
import bachprop.viz.common.Unbindable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * What the two chapter-8 views share: a toolbar (Reset, ← Back, Play, Next →, speed), a canvas
 * redrawn from the model, three lines of text under it (what is shown, the formula, the numbers)
 * and the δ-flow visualiser's keys — → or Page Down step forward, ← or Page Up step back, space
 * play/pause, Home or R reset, P presenter mode (projector theme, no toolbar).
 */
abstract class StepperView<M extends Stepping> extends BorderPane implements Themed, Unbindable {
    /** The chapter-8 views' one colour of their own: a grey for secondary labels with more contrast than {@link Theme#muted()}. */
    private static final Color MUTED_STANDARD = Color.web("#6b6b70");

    private static final Color MUTED_PROJECTOR = Color.web("#c8c8c8");
    protected final M model;
    private final String id;
    private Runnable onChange;
    private Theme ownTheme;
    protected Theme theme;
    private boolean presenter;
    private final FlowPane toolbar = new FlowPane(8, 6); // wraps in a side panel rather than ellipsising
    private final Button playButton = new Button("Play");
    private final Slider speed = new Slider(0.25, 4, 1);
    private final ComboBox<String> exportSize = new ComboBox<>();
    private final Label status = new Label();
    protected final Canvas canvas = new Canvas();
    protected final Label heading = new Label();
    protected final Label formula = new Label();
    protected final Label numbers = new Label();
    private final ImageView tex = new ImageView();
    private final Duration perStep;
    private Timeline playing;

    StepperView(M model, Theme theme, Duration perStep, String id) {
        this.model = model;
        this.id = id;
        this.ownTheme = theme;
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
        tex.setId(id + "-tex");
        VBox text = new VBox(4, heading, tex, formula, numbers);
        text.setPadding(new Insets(8, 24, 16, 24));
        setBottom(text);
        buildToolbar();
        setTop(toolbar);
        setBackground(new Background(new BackgroundFill(theme.background(), null, null)));
        setFocusTraversable(true);
        setOnMouseClicked(e -> requestFocus());
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) {
                stopPlaying();
                stepForward();
            } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) {
                stopPlaying();
                stepBack();
            } else if (k == KeyCode.SPACE) {
                togglePlay();
            } else if (k == KeyCode.R || k == KeyCode.HOME) {
                stopPlaying();
                reset();
            } else if (k == KeyCode.P) {
                setPresenter(!presenter);
            } else {
                return;
            }
            e.consume();
        });
        heightProperty().addListener(o -> restyle());
        widthProperty().addListener(o -> restyle());
        restyle();
        if (theme == Theme.PROJECTOR) {
            setTop(null); // the projector theme is for presenting: no toolbar in the frame
            presenter = true;
        }
    }

    private void buildToolbar() {
        Button resetButton = new Button("Reset");
        resetButton.setId(id + "-reset");
        resetButton.setOnAction(e -> {
            stopPlaying();
            reset();
            requestFocus();
        });
        Button back = new Button("← Back");
        back.setId(id + "-back");
        back.setOnAction(e -> {
            stopPlaying();
            stepBack();
            requestFocus();
        });
        Button next = new Button("Next →");
        next.setId(id + "-next");
        next.setOnAction(e -> {
            stopPlaying();
            stepForward();
            requestFocus();
        });
        playButton.setId(id + "-play");
        playButton.setOnAction(e -> {
            togglePlay();
            requestFocus();
        });
        speed.setPrefWidth(110);
        speed.valueProperty().addListener((o, a, b) -> {
            if (playing != null) {
                playing.setRate(b.doubleValue());
            }
        });
        for (Node n : new Node[] {resetButton, back, playButton, next, speed}) {
            n.setFocusTraversable(false); // the keys belong to the view
        }
        Button export = new Button("Export PNG…");
        export.setId(id + "-export");
        export.setFocusTraversable(false);
        exportSize.getItems().addAll("1920×1080", "1280×720", "3840×2160");
        exportSize.setValue("1920×1080");
        exportSize.setFocusTraversable(false);
        export.setOnAction(e -> exportDialog());
        status.setId(id + "-status");
        toolbar.getChildren()
                .addAll(resetButton, back, playButton, next, new Label("speed"), speed, exportSize, export, status);
        for (Node n : toolbar.getChildren()) {
            if (n instanceof Region r && n != status) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        status.setWrapText(true);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 10, 6, 10));
    }

    /** Presenter mode: the projector theme, no toolbar (keys and a clicker still step). */
    public void setPresenter(boolean on) {
        presenter = on;
        theme = on ? Theme.PROJECTOR : ownTheme;
        setTop(on ? null : toolbar);
        setBackground(new Background(new BackgroundFill(theme.background(), null, null)));
        restyle();
        redraw();
    }

    @Override
    public void setPresenter(boolean on, Theme normal) {
        ownTheme = normal;
        setPresenter(on);
    }

    /** A new theme outside presenter mode (in presenter mode it applies when presenter mode ends). */
    @Override
    public void setTheme(Theme theme) {
        ownTheme = theme;
        if (!presenter) {
            this.theme = theme;
            setBackground(new Background(new BackgroundFill(theme.background(), null, null)));
            restyle();
            redraw();
        }
    }

    public boolean isPresenter() {
        return presenter;
    }

    public M model() {
        return model;
    }

    /** The grey of secondary labels in the current theme. */
    protected Color muted() {
        return theme == Theme.PROJECTOR ? MUTED_PROJECTOR : theme == Theme.STANDARD ? MUTED_STANDARD : theme.muted();
    }

    /** Redraws on every change of the model until {@link #unbind()}. */
    protected final void listen(Runnable onChange) {
        this.onChange = onChange;
        model.addListener(onChange);
    }

    /** Stops listening to the model (a view made for one export is thrown away after it). */
    @Override
    public void unbind() {
        if (onChange != null) {
            model.removeListener(onChange);
        }
    }

    /** A fresh view of the same model with zero durations, for drawing an exported frame. */
    protected abstract StepperView<M> exportCopy();

    /** The numbers of the frame on show (the visualiser's {@code numbers()}). */
    protected Map<String, Object> exportNumbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visualiser", id);
        m.putAll(model.numbers());
        return m;
    }

    /** The file name offered for an export, e.g. {@code bptt-step-33.png}. */
    protected String exportName() {
        return id + "-step-" + model.step() + ".png";
    }

    /**
     * Writes the frame on show as a PNG of w × h (in this view's theme and mode) and its numbers
     * as JSON beside it, with the exporter the other visualisers use.
     */
    public void exportFrame(Path png, int w, int h) throws IOException {
        StepperView<M> copy = exportCopy();
        copy.setPresenter(presenter);
        try {
            Export.writePng(Export.snapshot(copy, w, h, theme.background()), png);
            Export.writeJson(new LinkedHashMap<>(exportNumbers()), Export.jsonBeside(png));
        } finally {
            copy.unbind();
        }
    }

    private void exportDialog() {
        String[] wh = exportSize.getValue().split("×");
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export this frame (PNG at " + exportSize.getValue() + ", its numbers as JSON beside it)");
        chooser.setInitialFileName(exportName());
        File file =
                getScene() == null ? null : chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            exportFrame(file.toPath(), Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            status.setText("saved " + file.getName() + " and its numbers as JSON");
        } catch (IOException ex) {
            status.setText("could not save " + file + ": " + ex.getMessage());
        }
    }

    protected boolean stepForward() {
        return model.forward();
    }

    protected boolean stepBack() {
        return model.back();
    }

    protected void reset() {
        model.reset();
    }

    /** Draws the frame on a canvas of this size. */
    protected abstract void draw(GraphicsContext g, double w, double h);

    /** Sets the three lines of text for the current state. */
    protected abstract void updateText();

    /** The general equation of what is on show, in TeX (rendered above the formula), or null. */
    protected abstract String currentTex();

    /** Space: plays one step per {@code perStep} until the end, or pauses. */
    public void togglePlay() {
        if (isPlaying()) {
            stopPlaying();
            return;
        }
        playing = RnnAnimations.play(
                () -> {
                    boolean moved = stepForward();
                    if (!moved) {
                        playButton.setText("Play");
                    }
                    return moved;
                },
                perStep);
        playing.setRate(speed.getValue());
        playButton.setText("Pause");
        playing.play();
    }

    public boolean isPlaying() {
        return playing != null && playing.getStatus() == Animation.Status.RUNNING;
    }

    public void stopPlaying() {
        if (playing != null) {
            playing.stop();
        }
        playButton.setText("Play");
    }

    private void restyle() {
        double f = theme.fontSize(Math.max(getWidth(), 640), Math.max(getHeight(), 400));
        String fg = Theme.web(theme.foreground());
        heading.setStyle("-fx-font-size: " + Math.round(f) + "px; -fx-font-weight: bold; -fx-text-fill: "
                + Theme.web(theme.accent()) + ";");
        formula.setStyle("-fx-font-size: " + Math.round(f * 1.05) + "px; -fx-text-fill: " + fg + ";");
        numbers.setStyle("-fx-font-size: " + Math.round(f * 0.85) + "px; -fx-text-fill: " + fg + ";");
        toolbar.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + "; -fx-font-size: "
                + Math.round(Math.max(12, f * 0.7)) + "px;");
        for (Node n : toolbar.getChildren()) {
            if (n instanceof Label) {
                n.setStyle("-fx-text-fill: " + fg + ";");
            }
        }
    }

    /** Redraws the canvas and the text from the model. */
    protected final void redraw() {
        updateText();
        String t = currentTex();
        double size = theme.fontSize(Math.max(getWidth(), 640), Math.max(getHeight(), 400)) * 1.1;
        tex.setImage(t == null ? null : Tex.image(t, size, theme.foreground()));
        tex.setManaged(t != null);
        formula.setVisible(t == null); // the rendered TeX says the same; the text stays for tests and screen readers
        formula.setManaged(t == null);
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
