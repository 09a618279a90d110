package bachprop.viz.deltaflow;

import bachprop.nn.Fmt;
import bachprop.viz.common.Num;
import bachprop.viz.common.StepAnimations;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Themed;
import bachprop.viz.common.Unbindable;
import java.util.List;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The δ-flow visualiser's view, bound to a {@link DeltaFlowModel}: a {@link Toolbar} (hidden in
 * presenter mode), the drawn network ({@link NetworkCanvas}) with every number editable in place
 * ({@link ValueEditor}: click it, type, Enter), a side panel with the step, the
 * {@link QuizPanel}, the gradient check and the {@link NetworkControls}, and beneath it all the
 * {@link EquationPanel}. Narrow, the side panel's contents go beneath the drawing. Keys: → next,
 * ← back, space play/pause, Home reset, P presenter mode (controls hidden), M reduced motion; on
 * the drawing ↑/↓ point at each neuron and weight in turn (the live Figure 4, {@link PointerLayer})
 * and Enter edits the value pointed at. Its accessible text is the current step in words
 * ({@link Narration}), so a screen reader says each step as it comes.
 */
public final class DeltaFlowView extends BorderPane implements Unbindable, Themed {
    private final DeltaFlowModel model;
    private Theme theme;
    private final Duration pulseTravel;
    private final NetworkCanvas canvas;
    private final Pane overlay = new Pane();
    private final PointerLayer pointer;
    /** Ringed when the drawing has the keyboard focus (viz/common/focus.css). */
    private final Region focusRing = new Region();

    private final ValueEditor editor;
    private final Toolbar toolbar;
    private final Label stepLabel = new Label();
    private final Label phaseLabel = new Label();
    private final QuizPanel quizPanel;
    private final Label checkTitle = new Label();
    private final Label checkBody = new Label();
    private final VBox side = new VBox();
    private final NetworkControls netBox;
    private final Label help =
            new Label("Click any number on the network to edit it; click a weight or bias to check its gradient.");
    private final EquationPanel equationPanel;
    /** Narrow (a side panel): the step line, the quiz and a collapsible details section go beneath the drawing. */
    private final VBox below = new VBox(8);

    private final FlowPane stepRow = new FlowPane(12, 2);
    private final VBox detailBox = new VBox(10);
    private final TitledPane details = new TitledPane("Gradient check · network", detailBox);
    private final Region push = new Region();
    private Boolean narrow;
    private final Runnable listener = this::update;
    private Timeline pulsing;
    private int lastStep = -1;
    private boolean presenter;
    private String appliedLook = "";

    public DeltaFlowView(DeltaFlowModel model, Theme theme, Duration pulseTravel) {
        this(model, theme, pulseTravel, false);
    }

    /**
     * @param asyncTex render formulas off the UI thread (the window: the first formula needs about
     *                 1.5 s of font loading); exports and tests render them at once
     */
    public DeltaFlowView(DeltaFlowModel model, Theme theme, Duration pulseTravel, boolean asyncTex) {
        this.model = model;
        this.theme = theme;
        this.pulseTravel = pulseTravel;
        this.canvas = new NetworkCanvas(model, theme);
        setId("delta-flow");
        toolbar = new Toolbar(model, this::update, this::exportDialog);
        quizPanel = new QuizPanel(model);
        netBox = new NetworkControls(model, () -> toolbar.biasBox().setSelected(model.updateBiases()));
        buildSide();
        equationPanel = new EquationPanel(model, asyncTex);
        editor = new ValueEditor(model);
        overlay.getChildren().add(editor);
        overlay.setPickOnBounds(false);
        pointer = new PointerLayer(model, canvas, theme);
        focusRing.getStyleClass().add("viz-focus-ring");
        focusRing.setMouseTransparent(true);
        StackPane centre = new StackPane(canvas, pointer, focusRing, overlay);
        centre.setMinSize(0, 0);
        setCenter(centre);
        setTop(toolbar);
        arrange(false);
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(e -> pointAt(pointer.at(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> pointAt(null));
        getStyleClass().add("viz-root");
        getStylesheets().add(Theme.focusStylesheet());
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("backpropagation, step by step");
        setAccessibleHelp("Right arrow: next step. Left arrow: back. Space: play or pause. Home: reset. Up and down"
                + " arrows: point at each neuron and weight in turn; Enter edits the value pointed at, Escape"
                + " stops. M: reduced motion. P: presenter mode. Tab: the buttons.");
        addEventFilter(KeyEvent.KEY_PRESSED, new Keys(this, model, toolbar, editor, pointer)::key);
        model.addListener(listener);
        widthProperty().addListener((o, a, b) -> update());
        heightProperty().addListener((o, a, b) -> update());
        setFocusTraversable(true);
        applyTheme();
        update();
    }

    @Override
    public void unbind() {
        model.removeListener(listener);
        canvas.unbind();
        toolbar.stopPlaying();
    }

    public NetworkCanvas canvas() {
        return canvas;
    }

    /** Presenter mode: controls hidden, the drawing and the equations take the whole screen. */
    public void setPresenter(boolean on) {
        presenter = on;
        setTop(on ? null : toolbar);
        for (Node n : List.of(netBox, help)) { // editing controls and how-to text are for the student's own screen
            n.setVisible(!on);
            n.setManaged(!on);
        }
        update();
    }

    @Override
    public void setPresenter(boolean on, Theme normal) {
        setTheme(on ? Theme.PROJECTOR : normal);
        setPresenter(on);
    }

    @Override
    public void setTheme(Theme t) {
        theme = t;
        canvas.setTheme(t);
        pointer.setTheme(t);
        applyTheme();
        update();
    }

    private double fontSize() {
        double w = getWidth() > 0 ? getWidth() : 1280;
        double h = getHeight() > 0 ? getHeight() : 800;
        return Math.max(12 * theme.scale(), theme.fontSize(w, h) * 0.85); // 12 px: still readable in a side panel
    }

    private void applyTheme() {
        double f = fontSize();
        setStyle(theme.css(f));
        String text = "-fx-text-fill: " + Theme.web(theme.foreground()) + ";";
        for (Label l : List.of(
                stepLabel,
                phaseLabel,
                quizPanel.question(),
                quizPanel.verdict(),
                checkTitle,
                checkBody,
                equationPanel.title())) {
            l.setStyle(text);
        }
        stepLabel.setStyle(text + "-fx-font-weight: bold; -fx-font-size: " + Math.round(f * 1.15) + "px;");
        checkTitle.setStyle(text + "-fx-font-weight: bold;");
        equationPanel.title().setStyle(text + "-fx-font-weight: bold;");
        for (Node n : toolbar.getChildren()) {
            if (n instanceof CheckBox || n instanceof Label) {
                n.setStyle(text);
            }
        }
        toolbar.quizBox().setStyle(text);
        for (Node n : netBox.lookupAll(".label")) {
            n.setStyle(text);
        }
        toolbar.biasBox().setStyle(text);
        side.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + ";");
        below.setStyle(side.getStyle());
        details.setStyle(text);
        equationPanel.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + ";");
        toolbar.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + ";");
    }

    private void buildSide() {
        stepLabel.setId("stepLabel");
        phaseLabel.setId("phase");
        checkTitle.setId("checkTitle");
        checkBody.setId("checkBody");
        checkBody.setWrapText(true);
        checkTitle.setWrapText(true);
        help.setWrapText(true);
        help.setStyle("-fx-opacity: 0.75;");
        help.setId("help");
        VBox.setVgrow(push, Priority.ALWAYS);
        details.setId("details");
        details.setExpanded(false);
        details.setAnimated(false);
        below.setPadding(new Insets(8, 12, 0, 12));
        below.setId("below");
        side.setSpacing(12);
        side.setPadding(new Insets(14));
        phaseLabel.setWrapText(true);
    }

    // ---- reacting to the model ----

    private void update() {
        String look = theme.name() + "@" + Math.round(fontSize());
        if (!look.equals(appliedLook)) {
            applyTheme();
            appliedLook = look;
        }
        double w = getWidth() > 0 ? getWidth() : 1280;
        double f = fontSize();
        arrange(w < NARROW);
        side.setPrefWidth(Math.max(260, w * 0.25));
        side.setMaxWidth(Math.max(260, w * 0.25));
        stepLabel.setText("Step " + model.step() + " of " + (model.count() - 1));
        phaseLabel.setText(
                model.phase() + "  ·  per " + model.granularity().name().toLowerCase());
        toolbar.update();
        quizPanel.update(theme);
        updateCheck();
        equationPanel.update(theme, f, w, isNarrow());
        pointer.draw();
        setAccessibleText(spoken());
        if (model.step() != lastStep) {
            boolean animate = lastStep >= 0 && pulseTravel.greaterThan(Duration.ZERO);
            lastStep = model.step();
            if (pulsing != null) {
                pulsing.stop();
            }
            pulsing = StepAnimations.progress(
                    canvas.pulseProperty(),
                    animate ? pulseTravel : Duration.ZERO,
                    NetworkCanvas.REST); // pulses travel to their resting place
            pulsing.play();
        }
    }

    /** Below this width the side panel would squeeze the drawing: its contents go beneath it. */
    public static final double NARROW = 900;

    /** True when the step, quiz and details sit beneath the drawing (the view is narrow). */
    public boolean isNarrow() {
        return Boolean.TRUE.equals(narrow);
    }

    private void arrange(boolean toNarrow) {
        if (narrow != null && narrow == toNarrow) {
            return;
        }
        narrow = toNarrow;
        side.getChildren().clear();
        below.getChildren().clear();
        stepRow.getChildren().clear();
        detailBox.getChildren().clear();
        if (toNarrow) {
            stepRow.getChildren().addAll(stepLabel, phaseLabel);
            stepRow.setAlignment(Pos.BASELINE_LEFT);
            detailBox.getChildren().addAll(checkTitle, checkBody, help, netBox);
            below.getChildren().addAll(stepRow, quizPanel, details, equationPanel);
            setRight(null);
            setBottom(below);
        } else {
            side.getChildren().addAll(stepLabel, phaseLabel, quizPanel, checkTitle, checkBody, help, push, netBox);
            setRight(side);
            setBottom(equationPanel);
        }
        below.setStyle(side.getStyle());
    }

    private void updateCheck() {
        GradientCheckRow row = model.check(model.checked());
        String what = "∂C/∂" + row.param().label();
        checkTitle.setText("Gradient check: " + what);
        String bp = row.revealed() ? Fmt.sig(row.backprop(), 6) : "? (not computed yet)";
        checkBody.setText("backprop (BP" + (row.param().kind() == Param.Kind.WEIGHT ? "4" : "3") + "):  " + bp
                + "\ncentral difference (ε = 10⁻⁶):\n   (C(v+ε) − C(v−ε)) / 2ε = " + Fmt.sig(row.numerical(), 6)
                + (row.revealed() ? "\nrelative difference:  " + Num.sig(row.relativeDifference(), 2) : ""));
    }

    /** What a screen reader says: the current step in words, then what is pointed at. */
    public String spoken() {
        Pointer p = pointer.pointed();
        return Narration.describe(model) + (p == null ? "" : " Pointing at: " + p.describe(model));
    }

    /** Points at a neuron or weight (null: nothing), as hovering over it does. */
    public void pointAt(Pointer p) {
        pointer.point(p);
        setAccessibleText(spoken());
    }

    /** The neuron or weight pointed at, or null. */
    public Pointer pointed() {
        return pointer.pointed();
    }

    /** The plain-text substituted equations on show (what the TeX images say), one per line. */
    public String substitutedText() {
        return equationPanel.substitutedText();
    }

    // ---- input ----

    private void clicked(MouseEvent e) {
        requestFocus();
        for (NetworkCanvas.Hit h : canvas.hits()) {
            if (h.bounds().contains(e.getX(), e.getY())) {
                openEditor(h);
                return;
            }
        }
        editor.close();
    }

    void togglePresenter() {
        setPresenter(!presenter);
    }

    /** Opens the in-place editor over a number of the drawing. */
    public void openEditor(NetworkCanvas.Hit h) {
        editor.open(h, fontSize());
    }

    private void exportDialog() {
        String status = FrameExport.saveDialog(getScene(), model, theme, presenter, toolbar.exportSize());
        if (status != null) {
            phaseLabel.setText(status);
        }
    }
}
