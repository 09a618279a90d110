package bachprop.seq.viz;

import bachprop.chorale.plot.Charts;
import bachprop.chorale.plot.PianoRollModel;
import bachprop.chorale.ui.ChartView;
import bachprop.music.Note;
import bachprop.music.sound.Line;
import bachprop.music.sound.Playback;
import bachprop.seq.Corpora;
import bachprop.seq.Extension;
import bachprop.seq.SeqNote;
import bachprop.seq.Surprise.NoteSurprise;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Themed;
import bachprop.viz.common.Unbindable;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The extender's view: controls (chorale, opening, temperature, new draw), one piano roll per
 * model (the opening, the model's notes, Bach's continuation as outlines), a listen button beside
 * each, and the measures table. Everything it shows comes from {@link ExtenderModel}. In a theme
 * with a least text size (the projector theme, presenter mode) the rolls draw no text below it and,
 * their type being larger, fill the screen two abreast with the listen button under each.
 */
public final class ExtenderView extends VBox implements Unbindable, Themed {
    static final int ROLL_W = 720;
    static final int ROLL_H = 170;
    /** Rolls side by side when the theme's type is large (presenter mode: the whole screen is theirs). */
    static final int LARGE_COLUMNS = 2;

    private final ExtenderModel model;
    /** The theme's least text size (0: none; 24 px in presenter mode): the rolls' type never goes below it. */
    private double leastPx;
    /** The theme the rolls, labels and background are drawn in (the projector theme in presenter mode). */
    private Theme theme = Theme.STANDARD;

    private final GridPane rolls = new GridPane();
    private final GridPane table = new GridPane();
    private final Label status = new Label();
    private final Runnable onChange = this::refresh;

    public ExtenderView(ExtenderModel model) {
        this.model = model;
        setSpacing(8);
        setPadding(new Insets(10));
        ChoiceBox<String> chorale = new ChoiceBox<>();
        chorale.getItems().setAll(model.choraleIds());
        chorale.setValue(model.chorale().id());
        Spinner<Integer> opening = new Spinner<>(1, 64, model.opening());
        opening.setEditable(true);
        Slider temperature = new Slider(0.2, 2.0, model.temperature());
        // Its value as one label beside it instead of tick labels, which overlap each other once the
        // type is large (presenter mode) or the slider short; the ticks stay, every 0.6.
        temperature.setShowTickMarks(true);
        temperature.setMajorTickUnit(0.6);
        temperature.setMinorTickCount(0);
        Label value = label("");
        value.textProperty().bind(temperature.valueProperty().asString(Locale.ROOT, "%.1f"));
        value.setId("temperature-value");
        Button extend = new Button("Extend");
        extend.setOnAction(e -> act(() -> model.choose(chorale.getValue(), opening.getValue())));
        Button draw = new Button("New draw");
        draw.setOnAction(e -> act(model::resample));
        temperature.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                act(() -> model.setTemperature(Math.round(temperature.getValue() * 10) / 10.0));
            }
        });
        // The controls wrap onto more lines in a narrow side panel rather than cutting their labels short.
        FlowPane controls = new FlowPane(
                10,
                6,
                label("chorale"),
                chorale,
                label("opening notes"),
                opening,
                label("temperature"),
                temperature,
                value,
                extend,
                draw);
        controls.setMinWidth(0);
        getChildren().addAll(controls, rolls, table, status);
        model.addListener(onChange);
        refresh();
    }

    private Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return inked(l);
    }

    /**
     * The theme's least text size is what the rolls keep to, and its colours are theirs and the
     * view's: on a dark theme (presenter mode's projector theme) the background, controls and labels
     * take its paper and ink; in the standard theme the view is styled as it always was (not at all).
     */
    @Override
    public void setTheme(Theme t) {
        if (t.leastTextPx() != leastPx || !t.equals(theme)) {
            leastPx = t.leastTextPx();
            theme = t;
            restyle();
            refresh();
        }
    }

    /** The theme being drawn in. */
    Theme theme() {
        return theme;
    }

    /** The view's background, controls and labels in the theme (nothing set in the standard theme). */
    private void restyle() {
        // 13 px: JavaFX's default type size, for a theme with no least size (high contrast)
        setStyle(
                theme.equals(Theme.STANDARD)
                        ? ""
                        : theme.css(leastPx > 0 ? leastPx : 13) + (theme.dark() ? fieldsOnPaper() : ""));
        inkAll(this);
    }

    /** The opening-notes field as the rolls: the theme's ink on its panel (modena would make it mid grey). */
    private String fieldsOnPaper() {
        return " -fx-control-inner-background: " + Theme.web(theme.panel()) + "; -fx-text-inner-color: "
                + Theme.web(theme.foreground()) + ";";
    }

    private void inkAll(Parent p) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Label l) {
                inked(l);
            } else if (n instanceof Pane child) {
                inkAll(child);
            }
        }
    }

    /** A label in the theme's ink (as it is by default in the standard theme). */
    private Label inked(Label l) {
        l.setStyle(theme.equals(Theme.STANDARD) ? "" : "-fx-text-fill: " + Theme.web(theme.foreground()) + ";");
        return l;
    }

    @Override
    public void unbind() {
        model.removeListener(onChange);
    }

    private void act(Runnable r) {
        try {
            r.run();
            status.setText("");
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    /** Redraws rolls and table from the model (on every change of the model). */
    public void refresh() {
        rolls.getChildren().clear();
        boolean large = leastPx > 0;
        layOutRolls(large);
        int row = 0;
        int index = 0;
        int column = 0;
        for (Extension e : model.extensions()) {
            int at = index++;
            List<SeqNote> shown =
                    e.added().subList(0, Math.min(model.revealed(), e.added().size()));
            PianoRollModel roll = new PianoRollModel(
                    e.kind() + " — " + e.source().id(),
                    Corpora.toNotes(e.opening()),
                    Corpora.toNotes(shown),
                    Corpora.toNotes(e.bach()));
            if (model.surpriseShown()) {
                shade(roll, model.surprise(at));
            }
            double least = leastPx;
            Theme drawn = theme;
            // drawn at the size it gets, so its text keeps its size (never under the theme's least)
            ChartView image = new ChartView((w, h) -> Charts.pianoRoll(roll, w, h, least, drawn));
            image.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            image.setAccessibleText(
                    "piano roll, " + roll.title() + (roll.hasSurprise() ? ", " + roll.surpriseWords(3) : ""));
            Button listen = new Button("Listen: " + e.kind());
            listen.setMinWidth(Region.USE_PREF_SIZE);
            listen.setOnAction(a -> {
                String why = Playback.play(List.of(Line.of(e.kind(), Corpora.toNotes(e.all()))), Extension.BPM);
                status.setText(
                        why == null
                                ? "playing " + e.kind()
                                : why.replace("`bachprop chorale seed-experiment`", "`bachprop chorale extend --wav`"));
            });
            if (large) { // the roll fills its half of the screen, its button beneath
                image.setPrefSize(ROLL_W, ROLL_H * 2);
                image.setMinHeight(ROLL_H * 1.5); // the large type's title, legend (two rows) and still a roll
                image.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                VBox.setVgrow(image, Priority.ALWAYS);
                VBox cell = new VBox(4, image, listen);
                rolls.add(cell, column, row);
                column = (column + 1) % LARGE_COLUMNS;
                row += column == 0 ? 1 : 0;
            } else {
                image.setPrefSize(ROLL_W, ROLL_H);
                image.setMinHeight(ROLL_H * 0.6); // four rolls and the table fit a side panel's height
                image.setMaxSize(ROLL_W, ROLL_H);
                GridPane.setHgrow(image, Priority.ALWAYS);
                rolls.add(image, 0, row);
                rolls.add(listen, 1, row);
                row++;
            }
        }
        row += column == 0 ? 0 : 1;
        for (Map.Entry<String, String> m : model.missing().entrySet()) {
            rolls.add(inked(new Label(m.getKey() + ": " + m.getValue())), 0, row++, large ? LARGE_COLUMNS : 1, 1);
        }
        fillTable();
    }

    /** The grid of rolls: as laid out since the start, or (large type) equal columns filling the height left. */
    private void layOutRolls(boolean large) {
        rolls.getColumnConstraints().clear();
        rolls.getRowConstraints().clear();
        if (!large) {
            rolls.setHgap(0);
            rolls.setVgap(0);
            VBox.setVgrow(rolls, null);
            return;
        }
        rolls.setHgap(16);
        rolls.setVgap(8);
        VBox.setVgrow(rolls, Priority.ALWAYS);
        for (int c = 0; c < LARGE_COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / LARGE_COLUMNS);
            rolls.getColumnConstraints().add(cc);
        }
        int rows = (model.extensions().size() + LARGE_COLUMNS - 1) / LARGE_COLUMNS;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rolls.getRowConstraints().add(rc);
        }
    }

    @SuppressWarnings("unchecked")
    private void fillTable() {
        table.getChildren().clear();
        table.setHgap(16);
        String[] heads = {"model", "KL vs Bach (bits)", "mean |interval|", "leaps > octave", "in key", "range"};
        for (int c = 0; c < heads.length; c++) {
            table.add(inked(new Label(heads[c])), c, 0);
        }
        int r = 1;
        List<Object[]> rows = new ArrayList<>();
        for (Extension e : model.extensions()) {
            Map<String, Object> m = e.measures();
            Map<String, Object> mm = (Map<String, Object>) m.get("model");
            rows.add(new Object[] {
                e.kind(),
                m.get("intervalKlBits"),
                mm.get("meanAbsInterval"),
                mm.get("leapsBeyondOctave"),
                mm.get("inKeyShare"),
                mm.get("meanRange")
            });
        }
        if (!model.extensions().isEmpty()) {
            Map<String, Object> b =
                    (Map<String, Object>) model.extensions().get(0).measures().get("bach");
            rows.add(new Object[] {
                "Bach",
                0.0,
                b.get("meanAbsInterval"),
                b.get("leapsBeyondOctave"),
                b.get("inKeyShare"),
                b.get("meanRange")
            });
        }
        for (Object[] values : rows) {
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                table.add(inked(new Label(v instanceof Double d ? String.format("%.3f", d) : String.valueOf(v))), c, r);
            }
            r++;
        }
    }

    /** The roll's notes shaded by their information content (the shown ones: opening + revealed). */
    private static void shade(PianoRollModel roll, List<NoteSurprise> notes) {
        double[] bits = new double[roll.notes().size()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = notes.get(i).icBits();
        }
        roll.surprise(bits, PianoRollModel.DEFAULT_SCALE_TOP_BITS);
    }

    /** Notes and their surprise in words: "note 12, G4, 6.1 bits (sampled); …". */
    static String spoken(List<NoteSurprise> notes) {
        List<String> said = new ArrayList<>();
        for (NoteSurprise n : notes) {
            said.add(String.format(
                    Locale.ROOT,
                    "note %d, %s, %.1f bits%s",
                    n.index() + 1,
                    Note.name(n.note().pitch()),
                    n.icBits(),
                    n.given() ? "" : " (sampled)"));
        }
        return said.isEmpty() ? "none" : "most surprising: " + String.join("; ", said);
    }

    /** AWT image → JavaFX image, pixel by pixel (no javafx-swing needed). */
    static WritableImage toFx(BufferedImage img) {
        WritableImage out = new WritableImage(img.getWidth(), img.getHeight());
        PixelWriter w = out.getPixelWriter();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                w.setArgb(x, y, img.getRGB(x, y) | 0xFF000000);
            }
        }
        return out;
    }
}
