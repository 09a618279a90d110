package bachprop.rnn.viz;

import bachprop.nn.Fmt;
import bachprop.rnn.BpttEquation;
import bachprop.rnn.BpttStep;
import bachprop.viz.common.StepAnimations;
import bachprop.viz.common.Theme;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.util.Duration;

/**
 * The unrolled network (the text's Figure 12) drawn from a {@link BpttModel}: one column per
 * time step with the input x_t at the bottom, the hidden state h_t in the middle and the
 * probabilities ŷ_t on top. Forward, each value appears as eq. 25 produces it; backward, δᵒ_t and
 * δ_t appear in the diverging palette, and the step that is running lights its edges, with a
 * pulse travelling back along them.
 */
public final class BpttView extends StepperView<BpttModel> {
    private final DoubleProperty pulse = new SimpleDoubleProperty(1);
    private final Duration pulseDuration;
    private Timeline pulseAnimation;

    /**
     * @param perStep   the pause between steps when playing
     * @param pulseTime how long δ takes to travel along an edge (zero in tests)
     */
    public BpttView(BpttModel model, Theme theme, Duration perStep, Duration pulseTime) {
        super(model, theme, perStep, "bptt");
        this.pulseDuration = pulseTime;
        pulse.addListener(o -> redraw());
        Runnable onChange = () -> {
            if (pulseAnimation != null) {
                pulseAnimation.stop();
            }
            pulseAnimation = StepAnimations.progress(pulse, pulseDuration);
            if (pulseDuration.greaterThan(Duration.ZERO)) {
                pulseAnimation.play();
            } else {
                pulse.set(1);
            }
            redraw();
        };
        listen(onChange);
        redraw();
    }

    @Override
    protected BpttView exportCopy() {
        return new BpttView(model, theme, Duration.ZERO, Duration.ZERO);
    }

    @Override
    protected void updateText() {
        BpttStep s = model.current();
        if (s == null) {
            heading.setText("Step 0 of " + model.count() + " · the melody " + melody() + " unrolled over T = "
                    + model.T() + " steps; press → to feed it forward");
            formula.setText("h_t = σ(x_t·W_xh + h_{t−1}·W_hh + b_h)   (25)");
            numbers.setText("Inputs x₁..x" + sub(model.T())
                    + " are one-hot tokens; each target is the next token (section 7.2).");
            return;
        }
        String when = s.t() > 0 ? " · t = " + s.t() : "";
        String label = s.equation().label();
        String what = label.equals(s.equation().description())
                ? label
                : "(" + label + ") " + s.equation().description();
        heading.setText("Step " + model.shown() + " of " + model.count() + " · " + what + when + phase(s));
        formula.setText(s.formula());
        numbers.setText(s.substituted());
    }

    @Override
    protected String currentTex() {
        BpttStep s = model.current();
        return s == null
                ? BpttEquation.H
                        .tex()
                        .replace(
                                "\\sigma(\\mathbf{z}_t)",
                                "\\sigma(\\mathbf{x}_t \\mathbf{W}_{x,h} + \\mathbf{h}_{t-1} \\mathbf{W}_{h,h} + \\mathbf{b}_h)")
                : s.texFormula();
    }

    private String phase(BpttStep s) {
        if (s.equation() == BpttEquation.UPDATE) {
            return " · the update";
        }
        return model.inBackwardPass() ? " · backward through time" : " · forward";
    }

    private String melody() {
        StringBuilder sb = new StringBuilder("[");
        for (int t = 1; t <= model.T(); t++) {
            sb.append(tokenName(model.token(t))).append(", ");
        }
        return sb.append(tokenName(model.target(model.T()))).append("]").toString();
    }

    static String tokenName(int k) {
        return String.valueOf((char) ('A' + k));
    }

    static String sub(int n) {
        String digits = "₀₁₂₃₄₅₆₇₈₉";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        new BpttDrawing(model, theme, muted(), pulse.get()).draw(g, w, h);
    }

    /** Short numbers for inside the drawing: 3 significant digits. */
    static final class Short {
        static String num(double v) {
            String s = Fmt.sig(v, 3);
            return v < 0 ? "−" + s.substring(1) : s;
        }

        static String num2(double v) {
            String s = Fmt.sig(v, 2);
            return v < 0 ? "−" + s.substring(1) : s;
        }
    }
}
