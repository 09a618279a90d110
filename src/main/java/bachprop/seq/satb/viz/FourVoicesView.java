package bachprop.seq.satb.viz;

import bachprop.chorale.plot.Charts;
import bachprop.chorale.plot.FourVoiceRollModel;
import bachprop.chorale.ui.ChartView;
import bachprop.music.sound.Playback;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Themed;
import bachprop.viz.common.Unbindable;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The {@code four-voices} view: a listen button per roll, then the three rolls (Bach, the model,
 * the model with the rules) stacked — or, with large type (presenter mode), side by side filling
 * the screen. Everything it shows comes from {@link FourVoicesModel}; the rolls are drawn by
 * {@link Charts#fourVoiceRoll} at the size they get, in the view's theme.
 */
public final class FourVoicesView extends VBox implements Unbindable, Themed {
    static final int ROLL_W = 720;
    static final int ROLL_H = 220;

    private final FourVoicesModel model;
    private Theme theme = Theme.STANDARD;
    private double leastPx;
    private final FlowPane listen = new FlowPane(8, 6);
    private final GridPane rolls = new GridPane();
    private final Label status = new Label();
    private final List<ChartView> charts = new ArrayList<>();
    private final Runnable onChange = this::redraw;

    public FourVoicesView(FourVoicesModel model) {
        this.model = model;
        setSpacing(8);
        setPadding(new Insets(10));
        listen.setMinWidth(0);
        listen.getChildren().add(inked(new Label("Listen:")));
        for (int i = 0; i < model.rolls().size(); i++) {
            int at = i;
            Button b = new Button(model.rolls().get(i).name());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                String why = Playback.play(model.lines(at), 90);
                status.setText(why == null ? "playing " + model.rolls().get(at).name() : why);
            });
            listen.getChildren().add(b);
        }
        Button stop = new Button("Stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> Playback.stop());
        listen.getChildren().add(stop);
        status.setWrapText(true);
        getChildren().addAll(listen, rolls, status);
        if (model.missing() != null) {
            status.setText(model.missing());
        }
        model.addListener(onChange);
        layOut();
    }

    /** The rolls' charts, top (or left) first. */
    List<ChartView> charts() {
        return List.copyOf(charts);
    }

    Theme theme() {
        return theme;
    }

    @Override
    public void setTheme(Theme t) {
        if (!t.equals(theme)) {
            theme = t;
            leastPx = t.leastTextPx();
            setStyle(t.equals(Theme.STANDARD) ? "" : t.css(leastPx > 0 ? leastPx : 13));
            inked(status);
            listen.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> inked((Label) n));
            layOut();
        }
    }

    private Label inked(Label l) {
        l.setStyle(theme.equals(Theme.STANDARD) ? "" : "-fx-text-fill: " + Theme.web(theme.foreground()) + ";");
        return l;
    }

    /** One chart per roll: stacked, or (large type) three columns filling the height left. */
    private void layOut() {
        rolls.getChildren().clear();
        rolls.getColumnConstraints().clear();
        rolls.getRowConstraints().clear();
        charts.clear();
        boolean large = leastPx > 0;
        int n = model.rolls().size();
        rolls.setHgap(large ? 16 : 0);
        rolls.setVgap(8);
        VBox.setVgrow(rolls, large ? Priority.ALWAYS : null);
        if (large) {
            for (int c = 0; c < n; c++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setPercentWidth(100.0 / n);
                rolls.getColumnConstraints().add(cc);
            }
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rolls.getRowConstraints().add(rc);
        } else {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            rolls.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < n; i++) {
            int at = i;
            double least = leastPx;
            Theme drawn = theme;
            ChartView chart = new ChartView((w, h) -> Charts.fourVoiceRoll(model.roll(at), w, h, least, drawn));
            chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            if (large) {
                chart.setPrefSize(ROLL_W / 1.5, ROLL_H * 3);
                chart.setMinSize(200, ROLL_H);
                chart.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                rolls.add(chart, i, 0);
            } else {
                chart.setPrefSize(ROLL_W, ROLL_H);
                chart.setMinHeight(ROLL_H * 0.7);
                chart.setMaxSize(Double.MAX_VALUE, ROLL_H);
                rolls.add(chart, 0, i);
            }
            charts.add(chart);
        }
        redraw();
    }

    /** Redraws every roll from the model (on every step). */
    private void redraw() {
        for (int i = 0; i < charts.size(); i++) {
            FourVoiceRollModel r = model.roll(i);
            charts.get(i).setAccessibleText("four-voice piano roll, " + r.title());
            charts.get(i).invalidate();
        }
    }

    @Override
    public void unbind() {
        model.removeListener(onChange);
    }
}
