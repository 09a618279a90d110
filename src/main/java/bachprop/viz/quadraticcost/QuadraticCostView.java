package bachprop.viz.quadraticcost;

import static bachprop.viz.common.Num.sub;

import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Theme;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** Outputs as bars, targets as marks, each gap drawn and squared, the cost summed beside them. */
public final class QuadraticCostView extends CanvasView {
    private static final Color OUTPUT = Color.web("#0072b2");
    private static final Color OUTPUT_ON_DARK = Color.web("#56b4e9"); // the same hue, legible as text on black
    private static final Color GAP = Color.web("#d55e00");
    private final QuadraticCostModel model;

    public QuadraticCostView(QuadraticCostModel model, Theme theme) {
        super(model, theme);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double f = theme.fontSize(w, h);
        Draw.tex(g, "C = \\frac{1}{2}\\sum_{k=1}^{N} (y_k - a^L_k)^2", w * 0.05, f * 3.2, f * 1.4, theme.foreground());
        int n = model.n();
        Draw.Scale ys = new Draw.Scale(0, 1, h * 0.82, h * 0.2);
        double x0 = w * 0.08;
        double x1 = w * 0.6;
        Draw.axes(
                g,
                new Draw.Scale(0, n, x0, x1),
                ys,
                0,
                0.25,
                theme,
                f * 0.85,
                null,
                null); // no x ticks: the slots are labelled
        double slot = (x1 - x0) / n;
        for (int k = 0; k < n; k++) {
            double cx = x0 + slot * (k + 0.5);
            double bw = slot * 0.42;
            g.setFill(OUTPUT.deriveColor(0, 1, 1, 0.8));
            g.fillRect(cx - bw / 2, ys.px(model.a(k)), bw, ys.px(0) - ys.px(model.a(k)));
            g.setStroke(theme.foreground());
            g.setLineWidth(5 * theme.scale());
            g.strokeLine(cx - bw * 0.8, ys.px(model.y(k)), cx + bw * 0.8, ys.px(model.y(k)));
            boolean added = k < model.step();
            boolean now = k == model.step() - 1;
            if (added) {
                Draw.arrow(
                        g,
                        cx + bw * 0.7,
                        ys.px(model.a(k)),
                        cx + bw * 0.7,
                        ys.px(model.y(k)),
                        f * 0.6,
                        GAP,
                        now ? 5 : 3);
                double side = Math.abs(ys.px(model.y(k)) - ys.px(model.a(k)));
                g.setFill(GAP.deriveColor(0, 1, 1, now ? 0.35 : 0.18));
                g.fillRect(
                        cx + bw * 0.7,
                        Math.min(ys.px(model.y(k)), ys.px(model.a(k))),
                        Math.min(side, slot * 0.28),
                        side);
            }
            Draw.centred(
                    g,
                    "a" + sub(k + 1) + " = " + Num.sig(model.a(k), 3),
                    cx,
                    ys.px(0) + f * 1.3,
                    theme.font(f * 0.85),
                    theme.dark() ? OUTPUT_ON_DARK : OUTPUT);
            Draw.centred(
                    g,
                    "y" + sub(k + 1) + " = " + Num.sig(model.y(k), 3),
                    cx,
                    ys.px(0) + f * 2.5,
                    theme.font(f * 0.85),
                    theme.foreground());
        }
        double tx = w * 0.65;
        double ty = h * 0.22;
        Draw.text(
                g, "bar: output aₖ   line: target yₖ", tx, ty, theme.font(f * 0.9), theme.muted(), TextAlignment.LEFT);
        for (int k = 0; k < model.step(); k++) {
            double gap = model.y(k) - model.a(k);
            Draw.textFit(
                    g,
                    "½(" + Num.sig(model.y(k), 3) + " − " + Num.sig(model.a(k), 3) + ")² = ½·" + paren(gap) + "² = "
                            + Num.sig(model.term(k), 4),
                    tx,
                    ty + (k + 1.3) * f * 1.5,
                    theme.font(f),
                    k == model.step() - 1 ? GAP : theme.foreground(),
                    TextAlignment.LEFT,
                    w - tx - f * 0.5);
        }
        String sum = model.step() == 0
                ? "Press → to add the terms one by one."
                : (model.step() == n ? "C = " : "sum so far = ") + Num.sig(model.partialCost(), 4);
        Draw.textFit( // as the terms above: within the drawing, however narrow the side panel
                g,
                sum,
                tx,
                ty + (n + 2.2) * f * 1.5,
                theme.bold(f * 1.2),
                theme.foreground(),
                TextAlignment.LEFT,
                w - tx - f * 0.5);
    }

    private static String paren(double v) {
        return v < 0 ? "(" + Num.sig(v, 3) + ")" : Num.sig(v, 3);
    }
}
