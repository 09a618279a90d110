package bachprop.viz.deltaflow;

import bachprop.nn.Equation;
import bachprop.nn.Fmt;
import bachprop.nn.Step;
import bachprop.viz.common.Export;
import bachprop.viz.common.Num;
import bachprop.viz.common.StepAnimations;
import bachprop.viz.common.Tex;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Unbindable;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The δ-flow visualiser's view: a toolbar (hidden in presenter mode), the drawn network with
 * every number editable in place (click it, type, Enter), a side panel with the step, the quiz
 * and the gradient check, and beneath it all the current equation in general form, with its
 * symbols, and with the numbers substituted. Keys: → next, ← back, space play/pause, Home reset,
 * P presenter mode (controls hidden).
 */
public final class DeltaFlowView extends BorderPane implements Unbindable, bachprop.viz.common.Themed {
    private final DeltaFlowModel model;
    private Theme theme;
    private final Duration pulseTravel;
    private final NetworkCanvas canvas;
    private final Pane overlay = new Pane();
    private final TextField editor = new TextField();
    private Param editing;
    private final javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(8, 6); // wraps rather than ellipsising at projector sizes
    private final Button playButton = new Button("Play");
    private final Slider speed = new Slider(0.25, 4, 1);
    private final ChoiceBox<String> exportSize = new ChoiceBox<>();
    private final ChoiceBox<String> granularity = new ChoiceBox<>();
    private final CheckBox quizBox = new CheckBox("Quiz");
    private final CheckBox biasBox = new CheckBox("Update biases");
    private final Label stepLabel = new Label();
    private final Label phaseLabel = new Label();
    private final VBox quizPanel = new VBox();
    private final Label question = new Label();
    private final TextField answer = new TextField();
    private final Label verdict = new Label();
    private final Label checkTitle = new Label();
    private final Label checkBody = new Label();
    private final VBox side = new VBox();
    private final VBox netBox = new VBox();
    private final Label help = new Label("Click any number on the network to edit it; click a weight or bias to check its gradient.");
    private final Label equationTitle = new Label();
    private final ImageView general = new ImageView();
    private final ImageView formula = new ImageView();
    private final javafx.scene.layout.FlowPane substituted = new javafx.scene.layout.FlowPane(48, 6);
    private final VBox equationPanel = new VBox();
    private final javafx.scene.layout.FlowPane formulas = new javafx.scene.layout.FlowPane(40, 6);
    /** Narrow (a side panel): the step line, the quiz and a collapsible details section go beneath the drawing. */
    private final VBox below = new VBox(8);
    private final javafx.scene.layout.FlowPane stepRow = new javafx.scene.layout.FlowPane(12, 2);
    private final VBox detailBox = new VBox(10);
    private final javafx.scene.control.TitledPane details = new javafx.scene.control.TitledPane("Gradient check · network", detailBox);
    private final Region push = new Region();
    private Boolean narrow;
    private final Runnable listener = this::update;
    private Timeline playing;
    private Timeline pulsing;
    private int lastStep = -1;
    private boolean presenter;
    private String appliedLook = "";
    private final boolean asyncTex;

    public DeltaFlowView(DeltaFlowModel model, Theme theme, Duration pulseTravel) {
        this(model, theme, pulseTravel, false);
    }

    /**
     * @param asyncTex render formulas off the UI thread (the window: the first formula needs about
     *                 1.5 s of font loading); exports and tests render them at once
     */
    public DeltaFlowView(DeltaFlowModel model, Theme theme, Duration pulseTravel, boolean asyncTex) {
        this.asyncTex = asyncTex;
        this.model = model;
        this.theme = theme;
        this.pulseTravel = pulseTravel;
        this.canvas = new NetworkCanvas(model, theme);
        setId("delta-flow");
        buildToolbar();
        buildSide();
        buildEquationPanel();
        editor.setId("editor");
        editor.setVisible(false);
        editor.setOnAction(a -> commitEditor());
        editor.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                closeEditor();
            }
        });
        overlay.getChildren().add(editor);
        overlay.setPickOnBounds(false);
        StackPane centre = new StackPane(canvas, overlay);
        centre.setMinSize(0, 0);
        setCenter(centre);
        setTop(toolbar);
        arrange(false);
        canvas.setOnMouseClicked(this::clicked);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
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
        stopPlaying();
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
        for (Label l : List.of(stepLabel, phaseLabel, question, verdict, checkTitle, checkBody, equationTitle)) {
            l.setStyle(text);
        }
        stepLabel.setStyle(text + "-fx-font-weight: bold; -fx-font-size: " + Math.round(f * 1.15) + "px;");
        checkTitle.setStyle(text + "-fx-font-weight: bold;");
        equationTitle.setStyle(text + "-fx-font-weight: bold;");
        for (Node n : toolbar.getChildren()) {
            if (n instanceof CheckBox || n instanceof Label) {
                n.setStyle(text);
            }
        }
        quizBox.setStyle(text);
        for (Node n : netBox.lookupAll(".label")) {
            n.setStyle(text);
        }
        biasBox.setStyle(text);
        side.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + ";");
        below.setStyle(side.getStyle());
        details.setStyle(text);
        equationPanel.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + ";");
        toolbar.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + ";");
    }

    private void buildToolbar() {
        Button reset = new Button("Reset");
        reset.setId("reset");
        reset.setOnAction(e -> {
            stopPlaying();
            model.reset();
        });
        Button back = new Button("← Back");
        back.setId("back");
        back.setOnAction(e -> model.back());
        Button next = new Button("Next →");
        next.setId("next");
        next.setOnAction(e -> model.forward());
        playButton.setId("play");
        playButton.setOnAction(e -> togglePlay());
        speed.setPrefWidth(110);
        speed.valueProperty().addListener((o, a, b) -> {
            if (playing != null) {
                playing.setRate(b.doubleValue());
            }
        });
        Label speedLabel = new Label("speed");
        granularity.getItems().addAll("equation", "neuron", "layer");
        granularity.setValue(model.granularity().name().toLowerCase());
        granularity.setOnAction(e -> model.setGranularity(Granularity.parse(granularity.getValue())));
        quizBox.setId("quiz");
        quizBox.setSelected(model.quiz());
        quizBox.setOnAction(e -> model.setQuiz(quizBox.isSelected()));
        biasBox.setSelected(model.updateBiases());
        biasBox.setOnAction(e -> model.setUpdateBiases(biasBox.isSelected()));
        Button export = new Button("Export PNG…");
        exportSize.getItems().addAll("1920×1080", "1280×720", "3840×2160");
        exportSize.setValue("1920×1080");
        export.setOnAction(e -> exportDialog());
        toolbar.getChildren().addAll(reset, back, playButton, next, speedLabel, speed, granularity, quizBox, biasBox, exportSize, export);
        for (Node n : toolbar.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 10, 6, 10));

    }

    private void buildSide() {
        stepLabel.setId("stepLabel");
        phaseLabel.setId("phase");
        question.setId("question");
        question.setWrapText(true);
        answer.setId("answer");
        answer.setPromptText("your value");
        answer.setOnAction(e -> checkAnswer());
        Button check = new Button("Check");
        check.setId("check");
        check.setOnAction(e -> checkAnswer());
        Button reveal = new Button("Reveal →");
        reveal.setOnAction(e -> model.forward());
        verdict.setId("verdict");
        verdict.setWrapText(true);
        answer.setPrefColumnCount(7);
        answer.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane answerRow = new javafx.scene.layout.FlowPane(6, 6, answer, check, reveal); // wraps at projector sizes
        quizPanel.getChildren().addAll(question, answerRow, verdict);
        quizPanel.setSpacing(6);
        checkTitle.setId("checkTitle");
        checkBody.setId("checkBody");
        checkBody.setWrapText(true);
        checkTitle.setWrapText(true);
        help.setWrapText(true);
        help.setStyle("-fx-opacity: 0.75;");
        help.setId("help");
        Label netTitle = new Label("Network (a new one starts at step 0)");
        netTitle.setWrapText(true);
        netTitle.setId("netTitle");
        ChoiceBox<String> preset = new ChoiceBox<>();
        preset.getItems().addAll("Mazur 2-2-2", "random");
        preset.setValue(model.preset().equals("mazur") ? "Mazur 2-2-2" : "random");
        TextField sizes = new TextField(sizesText());
        sizes.setId("sizes");
        sizes.setPrefColumnCount(7);
        TextField seed = new TextField(Long.toString(model.seed()));
        seed.setPrefColumnCount(3);
        Button make = new Button("New");
        make.setId("newNetwork");
        Label netError = new Label();
        netError.setWrapText(true);
        make.setOnAction(e -> {
            try {
                if (preset.getValue().startsWith("Mazur")) {
                    model.load(DeltaFlowModel.mazur(model.granularity(), false));
                } else {
                    int[] s = java.util.Arrays.stream(sizes.getText().strip().split("[-x, ]+")).mapToInt(Integer::parseInt).toArray();
                    if (s.length < 2) {
                        throw new IllegalArgumentException("give at least two layer sizes, like 2-3-2");
                    }
                    model.load(DeltaFlowModel.random(s, Long.parseLong(seed.getText().strip()), model.granularity()));
                }
                biasBox.setSelected(model.updateBiases());
                sizes.setText(sizesText());
                netError.setText("");
            } catch (IllegalArgumentException ex) {
                netError.setText(ex instanceof NumberFormatException ? "sizes like 2-3-2 and a whole-number seed" : ex.getMessage());
            }
        });
        HBox netRow = new HBox(6, preset, make);
        netRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane netRow2 = new javafx.scene.layout.FlowPane(6, 6, new Label("sizes"), sizes, new Label("seed"), seed);
        netRow2.setAlignment(Pos.CENTER_LEFT);
        sizes.setMinWidth(90);
        seed.setMinWidth(50);
        VBox.setVgrow(push, Priority.ALWAYS);
        netBox.getChildren().addAll(netTitle, netRow, netRow2, netError);
        netBox.setSpacing(6);
        details.setId("details");
        details.setExpanded(false);
        details.setAnimated(false);
        below.setPadding(new Insets(8, 12, 0, 12));
        below.setId("below");
        side.setSpacing(12);
        side.setPadding(new Insets(14));
        phaseLabel.setWrapText(true);
        for (Node n : side.lookupAll(".label")) { // a wrapped line grows the panel, never ends in "..."
            if (n instanceof Label l) {
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.setMinWidth(l.isWrapText() ? 0 : Region.USE_PREF_SIZE);
            }
        }
        for (Node n : List.of(check, reveal, make, preset)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private String sizesText() {
        StringBuilder sb = new StringBuilder();
        for (int n : model.network().sizes()) {
            sb.append(sb.length() == 0 ? "" : "-").append(n);
        }
        return sb.toString();
    }

    private void buildEquationPanel() {
        equationTitle.setId("equationTitle");
        general.setId("general");
        formula.setId("formula");
        substituted.setId("substituted");
        equationTitle.setWrapText(true);
        equationTitle.setMinHeight(Region.USE_PREF_SIZE);
        formulas.getChildren().addAll(general, formula);
        equationPanel.getChildren().addAll(equationTitle, formulas, substituted);
        equationPanel.setSpacing(6);
        equationPanel.setPadding(new Insets(10, 16, 12, 16));
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
        phaseLabel.setText(model.phase() + "  ·  per " + model.granularity().name().toLowerCase());
        playButton.setText(playing != null ? "Pause" : "Play");
        updateQuiz();
        updateCheck();
        updateEquation(f, w);
        if (model.step() != lastStep) {
            boolean animate = lastStep >= 0 && pulseTravel.greaterThan(Duration.ZERO);
            lastStep = model.step();
            if (pulsing != null) {
                pulsing.stop();
            }
            pulsing = StepAnimations.progress(canvas.pulseProperty(), animate ? pulseTravel : Duration.ZERO, NetworkCanvas.REST); // pulses travel to their resting place
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

    private void updateQuiz() {
        quizPanel.setVisible(model.quiz());
        quizPanel.setManaged(model.quiz());
        Step q = model.question();
        if (q == null) {
            question.setText("Quiz: every value is revealed.");
        } else {
            question.setText("Quiz (" + q.equation().label() + "): what is " + q.result().name() + "?  " + q.formula().replaceFirst("^.*? = ", "= "));
        }
        QuizResult r = model.lastAnswer();
        verdict.setText(r == null ? "Type a value and press Enter; → reveals it." : r.message());
        String colour = r == null ? Theme.web(theme.muted()) : r.correct() ? Theme.web(theme.accent()) : (theme.dark() ? "#ff9e80" : "#b3261e");
        verdict.setStyle("-fx-text-fill: " + colour + ";");
    }

    private void checkAnswer() {
        String text = answer.getText().strip().replace('−', '-').replace(',', '.');
        if (model.question() == null) {
            return;
        }
        try {
            model.answer(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            verdict.setText("'" + answer.getText() + "' is not a number.");
        }
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

    private void updateEquation(double f, double width) {
        List<Step> cur = model.current();
        substituted.getChildren().clear();
        Image blank = null;
        if (cur.isEmpty()) {
            equationTitle.setText("Press → (or Next) to start the forward pass.");
            general.setUserData(null);
            formula.setUserData(null);
            general.setImage(blank);
            formula.setImage(blank);
            substituted.setAccessibleText("");
            prefetchNext(f);
            return;
        }
        Step last = cur.get(cur.size() - 1);
        Equation e = last.equation();
        equationTitle.setText("(" + e.label() + ")" + (e.label().startsWith("eq.") ? "" : " eq. " + e.number()) + " · " + e.description()
                + (cur.size() > 1 ? "  ·  " + cur.size() + " steps" : ""));
        javafx.scene.paint.Color ink = theme.foreground();
        double maxW = width - 40;
        formulas.setPrefWrapLength(maxW);
        boolean stack = isNarrow(); // narrow: the general form and the step's formula each get a whole line
        setTex(general, e.tex(), f * 1.25, generalInk(), stack ? maxW : maxW * 0.45);
        if (cur.size() == 1) {
            setTex(formula, last.texFormula(), f * 1.25, ink, stack ? maxW : maxW * 0.5);
        } else {
            formula.setUserData(null);
            formula.setImage(null);
        }
        int shown = Math.min(cur.size(), 6);
        double size = f * (cur.size() == 1 ? 1.6 : cur.size() <= 2 ? 1.3 : 1.1);
        substituted.setPrefWrapLength(width - 40);
        StringBuilder text = new StringBuilder();
        for (int i = cur.size() - shown; i < cur.size(); i++) {
            Step s = cur.get(i);
            ImageView v = new ImageView();
            setTex(v, s.texSubstituted(), size, ink, cur.size() <= 2 ? maxW : maxW / 2 - 30);
            v.setAccessibleText(s.substituted());
            substituted.getChildren().add(v);
            text.append(s.substituted()).append('\n');
        }
        if (shown < cur.size()) {
            Label more = new Label("(the last " + shown + " of " + cur.size() + " steps)");
            more.setStyle("-fx-text-fill: " + Theme.web(theme.muted()) + ";");
            substituted.getChildren().add(more);
        }
        substituted.setAccessibleText(text.toString().strip());
        prefetchNext(f);
    }

    private void prefetchNext(double f) {
        List<Step> next = model.next();
        if (next.isEmpty()) {
            return;
        }
        Step last = next.get(next.size() - 1);
        Tex.prefetch(List.of(last.equation().tex()), f * 1.25, generalInk());
        if (next.size() == 1) {
            Tex.prefetch(List.of(last.texFormula()), f * 1.25, theme.foreground());
        }
        List<String> subs = new java.util.ArrayList<>();
        for (int i = Math.max(0, next.size() - 4); i < next.size(); i++) {
            subs.add(next.get(i).texSubstituted());
        }
        Tex.prefetch(subs, f * (next.size() == 1 ? 1.6 : 1.2), theme.foreground());
    }

    /**
     * The general form's colour: secondary to the step's own formula, but TeX's hairline strokes
     * in the muted grey fade (on the dark projector panel most), so it sits nearer the ink.
     */
    private javafx.scene.paint.Color generalInk() {
        return theme.foreground().interpolate(theme.muted(), theme.dark() ? 0.3 : 0.6);
    }

    /** Shows a formula; with asyncTex a formula not rendered yet appears when it is ready. */
    private void setTex(ImageView v, String tex, double size, javafx.scene.paint.Color colour, double maxWidth) {
        v.setUserData(tex);
        Image ready = Tex.cached(tex, size, colour);
        if (ready != null || !asyncTex) {
            v.setImage(ready != null ? ready : Tex.image(tex, size, colour));
            fit(v, maxWidth);
            return;
        }
        v.setImage(null);
        Tex.imageAsync(tex, size, colour, img -> {
            if (tex.equals(v.getUserData())) { // still the formula this place should show
                v.setImage(img);
                fit(v, maxWidth);
            }
        });
    }

    private static void fit(ImageView v, double maxWidth) {
        v.setPreserveRatio(true);
        v.setFitWidth(v.getImage() == null ? 0 : Math.min(v.getImage().getWidth(), Math.max(50, maxWidth)));
    }

    /** The plain-text substituted equations on show (what the TeX images say), one per line. */
    public String substitutedText() {
        return substituted.getAccessibleText();
    }

    // ---- input ----

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl && e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN -> model.forward();
            case LEFT, PAGE_UP -> model.back();
            case SPACE -> togglePlay();
            case HOME -> {
                stopPlaying();
                model.reset();
            }
            case ESCAPE -> closeEditor();
            case P -> setPresenter(!presenter);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void togglePlay() {
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
        update();
    }

    private void stopPlaying() {
        if (playing != null) {
            playing.stop();
            playing = null;
            playButton.setText("Play");
        }
    }

    private void clicked(MouseEvent e) {
        requestFocus();
        for (NetworkCanvas.Hit h : canvas.hits()) {
            if (h.bounds().contains(e.getX(), e.getY())) {
                openEditor(h);
                return;
            }
        }
        closeEditor();
    }

    /** Opens the in-place editor over a number of the drawing. */
    public void openEditor(NetworkCanvas.Hit h) {
        editing = h.param();
        if (editing.isParameter()) {
            model.select(editing);
        }
        editor.setText(Fmt.sig(model.get(editing), 6));
        double f = fontSize();
        double width = Math.max(h.bounds().getWidth(), f * 7);
        editor.setPrefWidth(width);
        editor.resizeRelocate(h.bounds().getMinX() + h.bounds().getWidth() / 2 - width / 2, h.bounds().getMinY() + h.bounds().getHeight() / 2 - f,
                width, f * 2);
        editor.setStyle("");
        editor.setVisible(true);
        editor.requestFocus();
        editor.selectAll();
    }

    private void commitEditor() {
        if (editing == null) {
            return;
        }
        try {
            double v = Double.parseDouble(editor.getText().strip().replace('−', '-').replace(',', '.'));
            model.set(editing, v);
            closeEditor();
        } catch (IllegalArgumentException ex) {
            editor.setStyle("-fx-border-color: #b3261e; -fx-border-width: 2;");
        }
    }

    private void closeEditor() {
        editing = null;
        editor.setVisible(false);
    }

    private void exportDialog() {
        FileChooser chooser = new FileChooser();
        String[] wh = exportSize.getValue().split("×");
        int ew = Integer.parseInt(wh[0]);
        int eh = Integer.parseInt(wh[1]);
        chooser.setTitle("Export this frame (PNG at " + exportSize.getValue() + ", numbers as JSON beside it)");
        chooser.setInitialFileName("delta-flow-step-" + model.step() + ".png");
        File file = getScene() == null ? null : chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        DeltaFlowView copy = new DeltaFlowView(model, theme, Duration.ZERO);
        copy.setPresenter(presenter);
        try {
            Export.writePng(Export.snapshot(copy, ew, eh, theme.background()), file.toPath());
            Export.writeJson(new java.util.LinkedHashMap<>(model.numbers()), Export.jsonBeside(file.toPath()));
            phaseLabel.setText("Saved " + file.getName() + " and its numbers as JSON.");
        } catch (IOException ex) {
            phaseLabel.setText("Could not save " + file + ": " + ex.getMessage());
        } finally {
            copy.unbind();
        }
    }
}
