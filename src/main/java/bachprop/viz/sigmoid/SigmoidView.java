package bachprop.viz.sigmoid;

import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Theme;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The curves σ(wx + b), one colour and dash per bias, each midpoint marked. */
public final class SigmoidView extends CanvasView {
    /** Okabe–Ito colours (safe for colour-blind readers); dashes differ too. */
    static final Color[] COLOURS = {
        Color.web("#0072b2"), Color.web("#d55e00"), Color.web("#009e73"), Color.web("#cc79a7"), Color.web("#e69f00")
    };

    private final SigmoidModel model;

    public SigmoidView(SigmoidModel model, Theme theme) {
        super(model, theme);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double f = theme.fontSize(w, h);
        Draw.tex(
                g,
                "a = \\sigma(w x + b) = \\frac{1}{1 + e^{-(w x + b)}}",
                w * 0.06,
                f * 2.2,
                f * 1.3,
                theme.foreground());
        Draw.Scale xs = new Draw.Scale(-6, 6, w * 0.08, w * 0.7);
        Draw.Scale ys = new Draw.Scale(0, 1, h * 0.88, h * 0.16);
        Draw.axes(g, xs, ys, 1, 0.25, theme, f * 0.9, "x", "σ");
        for (int i = 0; i < model.shown(); i++) {
            Color c = COLOURS[i % COLOURS.length];
            g.setStroke(c);
            g.setLineWidth(4 * theme.scale());
            g.setLineDashes(i == 0 ? null : new double[] {18 - 4 * i, 8});
            g.beginPath();
            for (int k = 0; k <= 240; k++) {
                double x = -6 + 12 * k / 240.0;
                if (k == 0) {
                    g.moveTo(xs.px(x), ys.px(model.value(i, x)));
                } else {
                    g.lineTo(xs.px(x), ys.px(model.value(i, x)));
                }
            }
            g.stroke();
            g.setLineDashes(null);
            double m = model.midpoint(i);
            if (m >= -6 && m <= 6) {
                g.setFill(c);
                g.fillOval(xs.px(m) - f * 0.35, ys.px(0.5) - f * 0.35, f * 0.7, f * 0.7);
            }
            double ly = h * 0.3 + i * f * 2.8;
            g.setStroke(c);
            g.setLineWidth(4 * theme.scale());
            g.setLineDashes(i == 0 ? null : new double[] {18 - 4 * i, 8});
            g.strokeLine(w * 0.73, ly, w * 0.78, ly);
            g.setLineDashes(null);
            Draw.textFit(
                    g,
                    "b = " + Num.sig(model.bias(i), 3),
                    w * 0.79,
                    ly,
                    theme.font(f),
                    theme.foreground(),
                    TextAlignment.LEFT,
                    w * 0.2);
            Draw.textFit(
                    g,
                    "midpoint x = " + Num.sig(model.midpoint(i), 3),
                    w * 0.79,
                    ly + f * 1.15,
                    theme.font(f * 0.8),
                    theme.muted(),
                    TextAlignment.LEFT,
                    w * 0.2);
        }
        Draw.text(
                g,
                "w = " + Num.sig(model.w(), 3),
                w * 0.73,
                h * 0.22,
                theme.bold(f),
                theme.foreground(),
                TextAlignment.LEFT);
        double ny = Math.max(h * 0.72, h * 0.3 + model.count() * f * 2.8 + f);
        String[] note = {"A larger b moves the curve", "left; a smaller b moves it", "right (by −b/w)."};
        for (int i = 0; i < note.length; i++) {
            Draw.textFit(
                    g,
                    note[i],
                    w * 0.73,
                    ny + i * f * 1.3,
                    theme.font(f * 0.9),
                    theme.muted(),
                    TextAlignment.LEFT,
                    w * 0.26);
        }
    }
}
