package bachprop.viz.deltaflow;

import bachprop.nn.Equation;
import bachprop.nn.Step;
import bachprop.viz.common.Spoken;
import bachprop.viz.common.Tex;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The current equation beneath the drawing: its number and name, its general form, the step in
 * symbols, and the step (or the last six of a group) with the numbers substituted, all typeset
 * from the trace's TeX. The next group's formulas are rendered ahead.
 */
final class EquationPanel extends VBox {
    private final DeltaFlowModel model;
    private final boolean asyncTex;
    private final Label equationTitle = new Label();
    private final ImageView general = new ImageView();
    private final ImageView formula = new ImageView();
    private final FlowPane substituted = new FlowPane(48, 6);
    private final FlowPane formulas = new FlowPane(40, 6);

    /** @param asyncTex render formulas off the UI thread (see {@link DeltaFlowView}) */
    EquationPanel(DeltaFlowModel model, boolean asyncTex) {
        this.model = model;
        this.asyncTex = asyncTex;
        equationTitle.setId("equationTitle");
        general.setId("general");
        formula.setId("formula");
        substituted.setId("substituted");
        equationTitle.setWrapText(true);
        equationTitle.setMinHeight(Region.USE_PREF_SIZE);
        formulas.getChildren().addAll(general, formula);
        getChildren().addAll(equationTitle, formulas, substituted);
        setSpacing(6);
        setPadding(new Insets(10, 16, 12, 16));
    }

    Label title() {
        return equationTitle;
    }

    /** The plain-text substituted equations on show (what the TeX images say), one per line. */
    String substitutedText() {
        return substituted.getAccessibleText();
    }

    /**
     * Shows the current steps at font size {@code f} in {@code width}; {@code stack} (narrow) gives
     * the general form and the step's formula a whole line each.
     */
    void update(Theme theme, double f, double width, boolean stack) {
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
            prefetchNext(theme, f);
            return;
        }
        Step last = cur.get(cur.size() - 1);
        Equation e = last.equation();
        equationTitle.setText("(" + e.label() + ")" + (e.label().startsWith("eq.") ? "" : " eq. " + e.number()) + " · "
                + e.description() + (cur.size() > 1 ? "  ·  " + cur.size() + " steps" : ""));
        Color ink = theme.foreground();
        double maxW = width - 40;
        formulas.setPrefWrapLength(maxW);
        setTex(general, e.tex(), f * 1.25, generalInk(theme), stack ? maxW : maxW * 0.45);
        general.setAccessibleText("the general form of " + e.label() + ", " + e.description());
        formula.setAccessibleText(Spoken.words(last.formula()));
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
            v.setAccessibleText(Spoken.words(s.substituted()));
            substituted.getChildren().add(v);
            text.append(s.substituted()).append('\n');
        }
        if (shown < cur.size()) {
            Label more = new Label("(the last " + shown + " of " + cur.size() + " steps)");
            more.setStyle("-fx-text-fill: " + Theme.web(theme.muted()) + ";");
            substituted.getChildren().add(more);
        }
        substituted.setAccessibleText(text.toString().strip());
        prefetchNext(theme, f);
    }

    private void prefetchNext(Theme theme, double f) {
        List<Step> next = model.next();
        if (next.isEmpty()) {
            return;
        }
        Step last = next.get(next.size() - 1);
        Tex.prefetch(List.of(last.equation().tex()), f * 1.25, generalInk(theme));
        if (next.size() == 1) {
            Tex.prefetch(List.of(last.texFormula()), f * 1.25, theme.foreground());
        }
        List<String> subs = new ArrayList<>();
        for (int i = Math.max(0, next.size() - 4); i < next.size(); i++) {
            subs.add(next.get(i).texSubstituted());
        }
        Tex.prefetch(subs, f * (next.size() == 1 ? 1.6 : 1.2), theme.foreground());
    }

    /**
     * The general form's colour: secondary to the step's own formula, but TeX's hairline strokes
     * in the muted grey fade (on the dark projector panel most), so it sits nearer the ink.
     */
    private static Color generalInk(Theme theme) {
        return theme.foreground().interpolate(theme.muted(), theme.dark() ? 0.3 : 0.6);
    }

    /** Shows a formula; with asyncTex a formula not rendered yet appears when it is ready. */
    private void setTex(ImageView v, String tex, double size, Color colour, double maxWidth) {
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
}
