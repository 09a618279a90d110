package bachprop.rnn.viz;

import static bachprop.rnn.viz.BpttView.sub;
import static bachprop.rnn.viz.BpttView.tokenName;

import bachprop.rnn.BpttEquation;
import bachprop.rnn.BpttStep;
import bachprop.viz.common.Palette;
import bachprop.viz.common.Theme;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Draws one frame of {@link BpttView}: the unrolled network's columns, edges, δ and legend. */
final class BpttDrawing {
    private final BpttModel model;
    private final Theme theme;
    private final Color muted; // the grey of secondary labels
    private final double pulse; // how far δ has travelled along its edge, 0..1

    BpttDrawing(BpttModel model, Theme theme, Color muted, double pulse) {
        this.model = model;
        this.theme = theme;
        this.muted = muted;
        this.pulse = pulse;
    }

    private double f; // base font size
    private double colW; // width of one time step's column
    private double left;
    private double yOutTop, yOutBottom, yHidTop, yHidBottom, yInTop, yInBottom;
    private double r; // neuron radius

    private double cx(int t) {
        return left + colW * (t + 0.5);
    }

    private double neuronY(int j) {
        int n = model.nHidden();
        return yHidTop + (yHidBottom - yHidTop) * (j + 0.5) / n;
    }

    /** Draws the unrolled network on a canvas of w × h. */
    void draw(GraphicsContext g, double w, double h) {
        f = theme.fontSize(w, h + 200);
        left = f * 1.2;
        colW = (w - 2 * left) / (model.T() + 1);
        yOutTop = h * 0.09;
        yOutBottom = h * 0.26;
        yHidTop = h * 0.42;
        yHidBottom = h * 0.715;
        yInTop = h * 0.80;
        yInBottom = h * 0.97;
        r = Math.min(colW * 0.11, (yHidBottom - yHidTop) / (2.3 * model.nHidden()));

        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(muted);
        g.setFont(theme.font(f * 0.8));
        g.fillText("ŷ_t  (softmax)", left * 0.3, yOutTop - f * 0.7);
        g.fillText("h_t  (eq. 25)", left * 0.3, yHidTop - r * 0.6 - f * 0.7); // above the box of h₀
        g.fillText("x_t", left * 0.3, yInTop - f * 0.6);
        g.fillText("‖∂C/∂h_t‖", left * 0.3, yInBottom - f * 0.3);

        BpttStep s = model.current();
        drawEdges(g, s);
        drawHidden(g, 0, s);
        for (int t = 1; t <= model.T(); t++) {
            drawInput(g, t);
            drawHidden(g, t, s);
            drawOutput(g, t, s);
        }
        drawLegend(g, w);
        Double total = model.cost(0);
        if (total != null) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setFill(active(s, 0, BpttEquation.COST) ? theme.accent() : theme.foreground());
            g.setFont(theme.bold(f * 0.8));
            g.fillText("C = " + BpttView.Short.num(total), cx(0), yOutBottom);
        }
    }

    private boolean active(BpttStep s, int t, BpttEquation... eqs) {
        if (s == null || s.t() != t) {
            return false;
        }
        for (BpttEquation e : eqs) {
            if (s.equation() == e) {
                return true;
            }
        }
        return false;
    }

    private void drawEdges(GraphicsContext g, BpttStep s) {
        double head = f * 0.55;
        g.setFont(theme.font(f * 0.75));
        g.setTextAlign(TextAlignment.CENTER);
        double boxHalf = r * 2.45;
        for (int t = 1; t <= model.T(); t++) {
            double x = cx(t);
            // W_xh: x_t → h_t
            boolean xh = active(s, t, BpttEquation.Z)
                    || (active(s, t, BpttEquation.BPTT4) && s.result().name().endsWith("W_xh"));
            g.setTextAlign(TextAlignment.LEFT);
            edge(
                    g,
                    x,
                    yInTop - f * 0.2,
                    x,
                    yHidBottom + r * 0.6,
                    xh,
                    head,
                    "W_xh",
                    x + f * 0.4,
                    (yInTop + yHidBottom) / 2 + f * 0.5);
            // W_ho: h_t → ŷ_t
            boolean ho = active(s, t, BpttEquation.O, BpttEquation.BPTT5);
            edge(
                    g,
                    x,
                    yHidTop - r * 0.6,
                    x,
                    yOutBottom + f * 2.0,
                    ho,
                    head,
                    "W_ho",
                    x + f * 0.4,
                    (yOutBottom + f * 2.0 + yHidTop - r * 0.6) / 2);
            g.setTextAlign(TextAlignment.CENTER);
            // W_hh: h_{t−1} → h_t
            boolean hh = active(s, t, BpttEquation.Z)
                    || (active(s, t, BpttEquation.BPTT4) && s.result().name().endsWith("W_hh"));
            double ym = (yHidTop + yHidBottom) / 2;
            edge(g, cx(t - 1) + boxHalf, ym, x - boxHalf, ym, hh, head, "W_hh", (cx(t - 1) + x) / 2, ym - f * 0.9);
        }
        // δ flowing back: BPTT2 at t reads δᵒ_t (down from the output) and δ_{t+1} (back from the next step).
        if (s != null && s.equation() == BpttEquation.BPTT2) {
            int t = s.t();
            double ym = (yHidTop + yHidBottom) / 2;
            g.setStroke(theme.accent());
            g.setLineWidth(f * 0.28);
            StepperView.arrow(g, cx(t), yOutBottom + f * 2.0, cx(t), yHidTop - r * 0.6, head * 1.4);
            pulseDot(g, cx(t), yOutBottom + f * 2.0, cx(t), yHidTop - r * 0.6);
            if (t < model.T()) {
                StepperView.arrow(g, cx(t + 1) - boxHalf, ym, cx(t) + boxHalf, ym, head * 1.4);
                pulseDot(g, cx(t + 1) - boxHalf, ym, cx(t) + boxHalf, ym);
                g.setFill(theme.accent());
                g.setFont(theme.bold(f * 0.8));
                g.fillText("δ" + sub(t + 1) + "·W_hhᵀ", (cx(t) + cx(t + 1)) / 2, ym + f * 1.0);
            }
            g.setFill(theme.accent());
            g.setFont(theme.bold(f * 0.8));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("δᵒ" + sub(t) + "·W_hoᵀ", cx(t) - f * 0.5, (yOutBottom + f * 2.0 + yHidTop - r * 0.6) / 2);
            g.setTextAlign(TextAlignment.CENTER);
        }
    }

    private void edge(
            GraphicsContext g,
            double x1,
            double y1,
            double x2,
            double y2,
            boolean hot,
            double head,
            String label,
            double lx,
            double ly) {
        g.setStroke(hot ? theme.accent() : muted);
        g.setLineWidth(hot ? f * 0.22 : Math.max(1.5, f * 0.08));
        StepperView.arrow(g, x1, y1, x2, y2, head);
        g.setFill(hot ? theme.accent() : muted);
        g.setFont(hot ? theme.bold(f * 0.75) : theme.font(f * 0.75));
        g.fillText(label, lx, ly);
    }

    private void pulseDot(GraphicsContext g, double x1, double y1, double x2, double y2) {
        double p = pulse;
        double x = x1 + (x2 - x1) * p;
        double y = y1 + (y2 - y1) * p;
        g.setFill(theme.accent());
        g.fillOval(x - f * 0.4, y - f * 0.4, f * 0.8, f * 0.8);
    }

    private void drawHidden(GraphicsContext g, int t, BpttStep s) {
        double x = cx(t);
        double[] h = model.h(t);
        double[] delta = t == 0 ? null : model.delta(t);
        boolean hot = active(s, t, BpttEquation.Z, BpttEquation.H, BpttEquation.BPTT2, BpttEquation.BPTT3);
        double boxHalf = r * 2.45;
        g.setStroke(hot ? theme.accent() : theme.grid());
        g.setLineWidth(hot ? f * 0.2 : Math.max(1.5, f * 0.08));
        g.strokeRoundRect(x - boxHalf, yHidTop - r * 0.6, boxHalf * 2, yHidBottom - yHidTop + r * 1.2, r, r);
        double scale = model.deltaScale();
        for (int j = 0; j < model.nHidden(); j++) {
            double y = neuronY(j);
            double nx = delta == null ? x : x - r * 1.15;
            Color fill = h == null ? theme.panel() : Color.gray(0.25 + 0.7 * h[j]);
            g.setFill(fill);
            g.fillOval(nx - r, y - r, 2 * r, 2 * r);
            g.setStroke(theme.foreground());
            g.setLineWidth(Math.max(1, f * 0.06));
            g.strokeOval(nx - r, y - r, 2 * r, 2 * r);
            if (h != null) {
                g.setFill(Palette.textOn(fill));
                g.setFont(
                        fitted("0.000", f * 0.75, r * 1.7)); // as large as the circle allows, the same in every circle
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(BpttView.Short.num(h[j]), nx, y);
            }
            if (delta != null) {
                Color d = Palette.diverging(delta[j], scale);
                double sx = x + r * 0.15;
                g.setFill(d);
                g.fillRect(sx, y - r * 0.7, r * 2.1, r * 1.4);
                g.setFill(Palette.textOn(d));
                g.setFont(fitted("−0.0000", f * 0.7, r * 2.0));
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(BpttView.Short.num2(delta[j]), sx + r * 1.05, y);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(hot ? theme.accent() : theme.foreground());
        g.setFont(theme.bold(f * 0.8));
        g.fillText("h" + sub(t), x - f * 0.4, yHidBottom + r * 0.6 + f * 0.7);
        double norm = t == 0 ? Double.NaN : model.hiddenGradientNorm(t);
        if (!Double.isNaN(norm)) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(theme.bold(f * 0.7));
            g.setFill(active(s, t, BpttEquation.BPTT2) ? theme.accent() : theme.foreground());
            g.fillText(BpttView.Short.num(norm), x, yInBottom - f * 0.3);
        }
    }

    private void drawInput(GraphicsContext g, int t) {
        double x = cx(t);
        int n = model.rnn().nIn();
        double cell = Math.min(f * 1.3, colW * 0.8 / n);
        double x0 = x - cell * n / 2;
        for (int k = 0; k < n; k++) {
            boolean on = model.token(t) == k;
            g.setFill(on ? theme.foreground() : theme.background());
            g.fillRect(x0 + k * cell, yInTop, cell, cell);
            g.setStroke(muted);
            g.setLineWidth(1.5);
            g.strokeRect(x0 + k * cell, yInTop, cell, cell);
            g.setFill(on ? theme.background() : muted);
            g.setFont(theme.font(f * 0.6));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(tokenName(k), x0 + (k + 0.5) * cell, yInTop + cell / 2);
        }
        g.setFill(theme.foreground());
        g.setFont(theme.bold(f * 0.8));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("x" + sub(t) + " = " + tokenName(model.token(t)), x, yInTop + cell + f * 0.6);
    }

    private void drawOutput(GraphicsContext g, int t, BpttStep s) {
        double x = cx(t);
        int n = model.nOut();
        double barW = Math.min(f * 1.6, colW * 0.8 / n);
        double x0 = x - barW * n / 2;
        double[] y = model.yHat(t);
        double[] dO = model.deltaO(t);
        boolean hot = active(s, t, BpttEquation.SOFTMAX, BpttEquation.COST, BpttEquation.BPTT1);
        g.setStroke(hot ? theme.accent() : theme.grid());
        g.setLineWidth(hot ? f * 0.2 : Math.max(1.5, f * 0.08));
        g.strokeRoundRect(
                x0 - f * 0.3, yOutTop - f * 0.3, barW * n + f * 0.6, yOutBottom - yOutTop + f * 2.2, f * 0.5, f * 0.5);
        double scale = model.deltaScale();
        for (int k = 0; k < n; k++) {
            double bx = x0 + k * barW;
            if (y != null) {
                double bh = (yOutBottom - yOutTop) * y[k];
                g.setFill(k == model.target(t) ? theme.foreground() : muted.interpolate(theme.background(), 0.45));
                g.fillRect(bx + barW * 0.12, yOutBottom - bh, barW * 0.76, bh);
            }
            g.setFill(k == model.target(t) ? theme.foreground() : muted);
            g.setFont(k == model.target(t) ? theme.bold(f * 0.6) : theme.font(f * 0.6));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(tokenName(k), bx + barW / 2, yOutBottom + f * 0.5);
            if (dO != null) {
                Color d = Palette.diverging(dO[k], scale);
                g.setFill(d);
                g.fillRect(bx + barW * 0.03, yOutBottom + f * 0.95, barW * 0.94, f * 0.9);
                g.setFill(Palette.textOn(d));
                g.setFont(theme.font(f * 0.45));
                g.fillText(BpttView.Short.num2(dO[k]), bx + barW / 2, yOutBottom + f * 1.4);
            }
        }
        g.setFill(theme.foreground());
        g.setFont(theme.bold(f * 0.75));
        Double c = model.cost(t);
        String label = "ŷ" + sub(t) + " → " + tokenName(model.target(t))
                + (c == null ? "" : "   C" + sub(t) + " = " + BpttView.Short.num(c));
        g.fillText(label, x, yOutTop - f * 0.7);
    }

    private void drawLegend(GraphicsContext g, double w) {
        double x = cx(0) - f * 2.75;
        double y = yOutTop + f * 1.5;
        g.setFont(theme.font(f * 0.6));
        g.setTextAlign(TextAlignment.LEFT);
        double scale = model.deltaScale();
        for (int i = 0; i <= 4; i++) {
            double v = scale * (i - 2) / 2.0;
            g.setFill(Palette.diverging(v, scale));
            g.fillRect(x + i * f * 1.1, y - f * 0.35, f * 1.1, f * 0.7);
        }
        g.setFill(theme.foreground());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("δ < 0       δ > 0", x + f * 2.75, y + f * 1.0);
        g.fillText("colour of δ", x + f * 2.75, y - f * 1.0);
    }

    /** The normal font at {@code size}, smaller if needed so {@code text} fits {@code maxWidth}. */
    private Font fitted(String text, double size, double maxWidth) {
        Text probe = new Text(text);
        probe.setFont(theme.font(size));
        double w = probe.getLayoutBounds().getWidth();
        return w > maxWidth && maxWidth > 0 ? theme.font(size * maxWidth / w) : theme.font(size);
    }

    @Override
    public String toString() {
        return "BpttDrawing(T = " + model.T() + ", pulse " + pulse + ")";
    }
}
