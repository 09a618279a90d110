package bachprop.rnn.viz;

import bachprop.rnn.GradientFlow;
import bachprop.viz.common.Palette;
import bachprop.viz.common.Theme;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Left: ‖∂C/∂h_t‖ against the time step t on a log scale, one curve per scale s of W_hh — falling
 * towards t = 1 (vanishing) for s &lt; 4, rising (exploding) for s &gt; 4. Right: the length of the
 * whole gradient for each s, and on the last step the same after clipping to c.
 */
public final class GradientNormsView extends StepperView<GradientNormsModel> {
    private static final int LOG_MIN = -12;
    private static final int LOG_MAX = 4;

    public GradientNormsView(GradientNormsModel model, Theme theme, Duration perStep) {
        super(model, theme, perStep, "gradient-norms");
        listen(this::redraw);
        redraw();
    }

    @Override
    protected GradientNormsView exportCopy() {
        return new GradientNormsView(model, theme, Duration.ZERO);
    }

    @Override
    protected void updateText() {
        String head = "Step " + model.shown() + " of " + model.count() + " · ";
        GradientFlow.Run r = model.latest();
        if (model.shown() == 0) {
            heading.setText(
                    head + "how ‖∂C/∂h_t‖ changes as it flows back from t = " + model.T() + " to t = 1; press →");
            formula.setText(
                    "∂C/∂h_{t−1} = (∂C/∂h_t ⊙ σ′(z_t))·W_hhᵀ   — each step back multiplies by diag(σ′)·W_hhᵀ, and σ′ ≤ ¼");
            numbers.setText(
                    "Each step back multiplies by diag(σ′)·W_hhᵀ, and σ′ ≤ ¼. Here W_hh = s·Q with Q orthogonal (‖W_hh‖₂ = s)"
                            + " and h held near ½ where σ′ = ¼: so the factor per step is about s/4.");
        } else if (r != null) {
            String kind = r.factorPerStep() < 0.98 ? "vanishing" : r.factorPerStep() > 1.02 ? "exploding" : "steady";
            heading.setText(head + "‖W_hh‖₂ = s = " + BpttView.Short.num(r.scale()) + " · " + kind);
            formula.setText("factor per step ≈ s·σ′ = " + BpttView.Short.num(r.scale()) + " × ¼ = "
                    + BpttView.Short.num(r.scale() / 4) + "   measured: ×" + BpttView.Short.num(r.factorPerStep()));
            numbers.setText(formula.getText() + "   ·   ‖∂C/∂h₁‖ / ‖∂C/∂h" + BpttView.sub(model.T()) + "‖ = "
                    + sci(r.ratio()) + "   ·   ‖g‖ = " + BpttView.Short.num(r.gradientNorm()));
        } else {
            heading.setText(head + "clipping by global norm, c = " + BpttView.Short.num(model.clip()));
            formula.setText("g → g · min(1, c / ‖g‖)   — the step keeps its direction but is never longer than c");
            StringBuilder sb = new StringBuilder();
            for (GradientFlow.Run run : model.runs()) {
                sb.append("s=")
                        .append(BpttView.Short.num(run.scale()))
                        .append(": ")
                        .append(BpttView.Short.num(run.gradientNorm()))
                        .append(" → ")
                        .append(BpttView.Short.num(run.clippedNorm()))
                        .append("   ");
            }
            numbers.setText(
                    sb.toString().strip() + "   (clipping tames exploding gradients; it cannot revive vanished ones)");
        }
    }

    @Override
    protected String currentTex() {
        if (model.latest() == null && model.clippingShown()) {
            return "\\mathbf{g} \\to \\mathbf{g} \\cdot \\min\\!\\left(1, \\frac{c}{\\lVert \\mathbf{g} \\rVert}\\right)";
        }
        return "\\Big\\lVert \\frac{\\partial C}{\\partial \\mathbf{h}_{t-1}} \\Big\\rVert \\le \\frac{\\lVert \\mathbf{W}_{h,h} \\rVert_2}{4}"
                + " \\Big\\lVert \\frac{\\partial C}{\\partial \\mathbf{h}_{t}} \\Big\\rVert";
    }

    static String sci(double v) {
        if (v == 0) {
            return "0";
        }
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        if (e >= -2 && e <= 3) {
            return BpttView.Short.num(v);
        }
        double m = v / Math.pow(10, e);
        return BpttView.Short.num(m) + "×10" + sup(e);
    }

    static String sup(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** A curve's colour: purple shades below s = 4, orange above, the foreground at 4. */
    Color colour(double s) {
        double k = Math.log(s / 4) / Math.log(4); // −1 at s = 1, +0.3 at s = 6
        if (Math.abs(k) < 0.02) {
            return theme.foreground();
        }
        return Palette.diverging(
                Math.signum(k) * Math.min(0.8, 0.35 + Math.abs(k)), 1); // the darkest purple is lost on black
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double f = theme.fontSize(w, h + 200);
        g.setTextBaseline(VPos.CENTER);
        double px0 = f * 5.5;
        double px1 = w * 0.66;
        double py0 = f * 1.5;
        double py1 = h - f * 3.0;
        drawPlot(g, f, px0, px1, py0, py1);
        drawBars(g, f, w * 0.72, w - f * 1.5, py0, py1);
    }

    private double yOf(double norm, double py0, double py1) {
        double l = Math.log10(Math.max(norm, Math.pow(10, LOG_MIN)));
        l = Math.max(LOG_MIN, Math.min(LOG_MAX, l));
        return py1 - (l - LOG_MIN) / (LOG_MAX - LOG_MIN) * (py1 - py0);
    }

    private void drawPlot(GraphicsContext g, double f, double x0, double x1, double y0, double y1) {
        int T = model.T();
        g.setStroke(theme.grid());
        g.setLineWidth(1.5);
        g.setFont(theme.font(f * 0.7));
        g.setFill(muted());
        g.setTextAlign(TextAlignment.RIGHT);
        for (int e = LOG_MIN; e <= LOG_MAX; e += 2) {
            double y = yOf(Math.pow(10, e), y0, y1);
            g.strokeLine(x0, y, x1, y);
            g.fillText("10" + sup(e), x0 - f * 0.4, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        for (int t = 1; t <= T; t++) {
            double x = x0 + (x1 - x0) * (t - 1) / (T - 1);
            if (t == 1 || t % 5 == 0) {
                g.fillText(Integer.toString(t), x, y1 + f * 0.8);
            }
        }
        g.setFill(theme.foreground());
        g.setFont(theme.bold(f * 0.8));
        g.fillText(
                "time step t   (the cost is at t = " + T + "; BPTT runs right to left)", (x0 + x1) / 2, y1 + f * 2.0);
        g.save();
        g.translate(f * 1.0, (y0 + y1) / 2);
        g.rotate(-90);
        g.fillText("‖∂C/∂h_t‖  (log scale)", 0, 0);
        g.restore();
        for (int i = 0; i < model.curvesShown(); i++) {
            GradientFlow.Run r = model.runs().get(i);
            boolean newest = r == model.latest();
            double[] n = r.hiddenGradientNorms();
            Color c = colour(r.scale());
            g.setStroke(c);
            g.setLineWidth(newest ? f * 0.3 : f * 0.16);
            double px = 0;
            double py = 0;
            for (int t = 1; t <= T; t++) {
                double x = x0 + (x1 - x0) * (t - 1) / (T - 1);
                double y = yOf(n[t - 1], y0, y1);
                if (t > 1) {
                    g.strokeLine(px, py, x, y);
                }
                g.setFill(c);
                g.fillOval(x - f * 0.18, y - f * 0.18, f * 0.36, f * 0.36);
                px = x;
                py = y;
            }
            g.setFill(
                    theme.background().getBrightness() < 0.5
                            ? c.interpolate(theme.foreground(), 0.45)
                            : c); // dark purple text is lost on black
            g.setFont(newest ? theme.bold(f * 0.75) : theme.bold(f * 0.7));
            g.setTextAlign(TextAlignment.LEFT);
            double ly = yOf(n[0], y0, y1);
            boolean above = n[0] > n[T - 1] || ly + f * 1.2 > Math.max(y0, y1); // keep the label inside the plot
            g.fillText("s = " + BpttView.Short.num(r.scale()), x0 + f * 0.3, ly + (above ? -f * 0.7 : f * 0.7));
        }
        if (model.curvesShown() > 0) {
            g.setFill(muted());
            g.setFont(theme.font(f * 0.65));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("exploding ↑   s > 4", x1, y0 + f * 0.6);
            g.fillText("vanishing ↓   s < 4", x1, y1 - f * 0.6);
        }
    }

    private void drawBars(GraphicsContext g, double f, double x0, double x1, double y0, double y1) {
        int n = model.runs().size();
        double lo = -1;
        double hi = 4;
        DoubleUnaryOperator yOf = v -> {
            double l = Math.max(lo, Math.min(hi, Math.log10(Math.max(v, 1e-9))));
            return y1 - (l - lo) / (hi - lo) * (y1 - y0);
        };
        g.setFill(theme.foreground());
        g.setFont(theme.bold(f * 0.8));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("‖g‖, the whole gradient", (x0 + x1) / 2, y0 - f * 0.6);
        g.setStroke(theme.grid());
        g.setLineWidth(1.5);
        g.strokeLine(x0, y1, x1, y1);
        double slot = (x1 - x0) / n;
        for (int i = 0; i < Math.min(model.curvesShown(), n); i++) {
            GradientFlow.Run r = model.runs().get(i);
            double bx = x0 + slot * i + slot * 0.15;
            double bw = slot * 0.7;
            double top = yOf.applyAsDouble(r.gradientNorm());
            Color c = colour(r.scale());
            g.setFill(model.clippingShown() ? c.interpolate(theme.background(), 0.6) : c);
            g.fillRect(bx, top, bw, y1 - top);
            if (model.clippingShown()) {
                double ct = yOf.applyAsDouble(r.clippedNorm());
                g.setFill(c);
                g.fillRect(bx + bw * 0.2, ct, bw * 0.6, y1 - ct);
            }
            g.setFill(theme.foreground());
            g.setFont(theme.font(f * 0.65));
            g.fillText("s=" + BpttView.Short.num(r.scale()), bx + bw / 2, y1 + f * 0.8);
            boolean cut = model.clippingShown() && r.clippedNorm() < r.gradientNorm();
            g.setFill(cut ? muted() : theme.foreground());
            g.fillText(BpttView.Short.num(r.gradientNorm()), bx + bw / 2, top - f * 0.6);
        }
        if (model.clippingShown()) {
            double cy = yOf.applyAsDouble(model.clip());
            g.setStroke(theme.accent());
            g.setLineWidth(f * 0.15);
            g.setLineDashes(f * 0.5, f * 0.3);
            g.strokeLine(x0, cy, x1, cy);
            g.setLineDashes();
            g.setFill(theme.accent());
            g.setFont(theme.bold(f * 0.75));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("c = " + BpttView.Short.num(model.clip()), x1, cy - f * 0.7);
        }
    }
}
