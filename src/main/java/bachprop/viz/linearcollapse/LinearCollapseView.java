package bachprop.viz.linearcollapse;

import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Theme;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The chain of boxes merging into one, and beside it the stack as a function: linear vs with σ. */
public final class LinearCollapseView extends CanvasView {
    private final LinearCollapseModel model;

    public LinearCollapseView(LinearCollapseModel model, Theme theme) {
        super(model, theme);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double f = theme.fontSize(w, h);
        Draw.text(
                g,
                "Linear layers compose to one linear layer; σ between them breaks the collapse.",
                w * 0.04,
                f * 1.5,
                theme.bold(f),
                theme.foreground(),
                TextAlignment.LEFT);
        int n = model.layers();
        int merged = model.merged();
        double bx = w * 0.05;
        double bw = w * 0.4;
        double bh = Math.min(f * 2.6, h * 0.6 / (n + 1));
        double y = h * 0.85;
        Draw.text(g, "x", bx + bw / 2, y + bh * 0.6, theme.bold(f), theme.foreground(), TextAlignment.CENTER);
        double[] c = model.collapse(merged);
        double top = y;
        // the merged box first, then the layers still separate, from the input upwards
        for (int i = merged - 1; i < n; i++) {
            boolean isMerged = i == merged - 1;
            top -= bh * 1.45;
            g.setFill(isMerged ? theme.accent().deriveColor(0, 0.5, 1, 0.25) : theme.panel());
            g.fillRoundRect(bx, top, bw, bh, 14, 14);
            g.setStroke(isMerged ? theme.accent() : theme.muted());
            g.setLineWidth(isMerged ? 4 : 2);
            g.strokeRoundRect(bx, top, bw, bh, 14, 14);
            String label = isMerged && merged > 1
                    ? "layers 1–" + merged + ":  " + Num.sig(c[0], 4) + "·x + " + paren(c[1])
                    : "layer " + (i + 1) + ":  " + Num.sig(model.w(i), 3) + "·x + " + paren(model.b(i));
            Draw.centred(g, label, bx + bw / 2, top + bh / 2, theme.font(f), theme.foreground());
            Draw.arrow(g, bx + bw / 2, top + bh * 1.4, bx + bw / 2, top + bh + 3, f * 0.5, theme.muted(), 2);
        }
        if (merged > 1) {
            Draw.text(
                    g,
                    "w′ = " + productText(merged) + " = " + Num.sig(c[0], 4),
                    bx,
                    top - f * 1.2,
                    theme.font(f * 0.9),
                    theme.foreground(),
                    TextAlignment.LEFT);
        }
        // the functions, each on its own axes so the σ curve's bend is visible
        double[] whole = model.collapse(n);
        Color blue = theme.dark() ? Color.web("#56b4e9") : Color.web("#0072b2"); // Okabe–Ito sky blue reads on black
        plot(
                g,
                w,
                h * 0.1,
                h * 0.5,
                false,
                blue,
                null,
                "without σ: one straight line;\nall " + n + " layers = " + Num.sig(whole[0], 4) + "·x + "
                        + paren(whole[1]),
                f);
        Draw.tex(
                g,
                "w_2(w_1 x + b_1) + b_2 = (w_2 w_1)\\,x + (w_2 b_1 + b_2)",
                w * 0.05,
                h * 0.16,
                f * 1.15,
                theme.foreground());
        Draw.textFit(
                g,
                "Each press of → merges one more layer",
                w * 0.05,
                h * 0.26,
                theme.font(f * 0.85),
                theme.muted(),
                TextAlignment.LEFT,
                w * 0.48);
        Draw.textFit(
                g,
                "into the box at the bottom.",
                w * 0.05,
                h * 0.26 + f * 1.2,
                theme.font(f * 0.85),
                theme.muted(),
                TextAlignment.LEFT,
                w * 0.48);
        plot(
                g,
                w,
                h * 0.56,
                h * 0.94,
                true,
                Color.web("#d55e00"),
                new double[] {16, 8},
                "with σ after each layer: a curve,\nno single w′x + b′",
                f);
    }

    private void plot(
            GraphicsContext g,
            double w,
            double top,
            double bottom,
            boolean sigma,
            Color c,
            double[] dashes,
            String title,
            double f) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int k = 0; k <= 100; k++) {
            double v = model.stack(-3 + 6 * k / 100.0, sigma);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double pad = Math.max(1e-6, (hi - lo) * 0.08);
        Draw.Scale xs = new Draw.Scale(-3, 3, w * 0.58, w * 0.96);
        String[] lines = title.split("\n");
        Draw.Scale ys = new Draw.Scale(lo - pad, hi + pad, bottom - f * 1.6, top + f * (0.4 + 1.1 * lines.length));
        Draw.axes(g, xs, ys, 1, Draw.niceStep(hi - lo + 2 * pad, 5), theme, f * 0.75, "x", null);
        for (int i = 0; i < lines.length; i++) {
            Draw.textFit(
                    g,
                    lines[i],
                    w * 0.54,
                    top + f * (0.3 + 1.1 * i) - f * 0.5,
                    theme.font(f * 0.85),
                    c,
                    TextAlignment.LEFT,
                    w * 0.45);
        }
        curve(g, xs, ys, sigma, c, dashes);
    }

    private void curve(GraphicsContext g, Draw.Scale xs, Draw.Scale ys, boolean sigma, Color c, double[] dashes) {
        g.setStroke(c);
        g.setLineWidth(4 * theme.scale());
        g.setLineDashes(dashes);
        g.beginPath();
        for (int k = 0; k <= 200; k++) {
            double x = -3 + 6 * k / 200.0;
            double y = model.stack(x, sigma);
            if (k == 0) {
                g.moveTo(xs.px(x), ys.px(y));
            } else {
                g.lineTo(xs.px(x), ys.px(y));
            }
        }
        g.stroke();
        g.setLineDashes(null);
    }

    private String productText(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = n - 1; i >= 0; i--) {
            sb.append(paren(model.w(i))).append(i > 0 ? "·" : "");
        }
        return sb.toString();
    }

    private static String paren(double v) {
        return v < 0 ? "(" + Num.sig(v, 4) + ")" : Num.sig(v, 4);
    }
}
