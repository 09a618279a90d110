package bachprop.viz.minibatch;

import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Theme;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The parameter plane (w, b) shaded by the mean cost, the path so far, and at the current point
 * the per-example gradient arrows (thin), their average (thick), the full-data gradient (dashed)
 * and the step taken; beside it the noise of the average against the batch size.
 */
public final class MinibatchView extends CanvasView {
    private static final Color PER = Color.web("#56b4e9");
    private static final Color MEAN = Color.web("#0072b2");
    private static final Color MEAN_ON_DARK = Color.web("#1f8fe0"); // the same blue, lighter: 6:1 on black
    private static final Color STEP = Color.web("#d55e00");
    private static final int[] SIZES = {1, 2, 4, 8, 16};
    private final MinibatchModel model;
    /** The mean cost at the centre of each cell of the (w, b) plane, and its range. */
    private double[][] grid;

    private double cmin = Double.MAX_VALUE;
    private double cmax = 0;
    private double[][] noiseCache;
    private int noiseStep = -1;

    public MinibatchView(MinibatchModel model, Theme theme) {
        super(model, theme);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double f = theme.fontSize(w, h);
        Draw.Scale xs = new Draw.Scale(-2, 5, w * 0.06, w * 0.56);
        Draw.Scale ys = new Draw.Scale(-3, 2, h * 0.88, h * 0.12);
        int cells = 60;
        if (grid == null) { // the plane's costs depend on the data alone: computed once, not on every redraw
            grid = new double[cells][cells];
            for (int i = 0; i < cells; i++) {
                for (int j = 0; j < cells; j++) {
                    grid[i][j] = model.fullCost(
                            xs.d0() + (xs.d1() - xs.d0()) * (i + 0.5) / cells,
                            ys.d0() + (ys.d1() - ys.d0()) * (j + 0.5) / cells);
                    cmin = Math.min(cmin, grid[i][j]);
                    cmax = Math.max(cmax, grid[i][j]);
                }
            }
        }
        for (int i = 0; i < cells; i++) {
            for (int j = 0; j < cells; j++) {
                double t = Math.sqrt((grid[i][j] - cmin) / Math.max(1e-12, cmax - cmin));
                g.setFill(theme.background()
                        .interpolate(theme.dark() ? Color.web("#4a4a70") : Color.web("#c7c9e0"), 1 - t));
                double x0 = xs.px(xs.d0() + (xs.d1() - xs.d0()) * i / cells);
                double x1 = xs.px(xs.d0() + (xs.d1() - xs.d0()) * (i + 1) / cells);
                double y0 = ys.px(ys.d0() + (ys.d1() - ys.d0()) * j / cells);
                double y1 = ys.px(ys.d0() + (ys.d1() - ys.d0()) * (j + 1) / cells);
                g.fillRect(x0, y1, x1 - x0 + 1, y0 - y1 + 1);
            }
        }
        Draw.axes(g, xs, ys, 1, 1, theme, f * 0.8, "w", "b");
        Draw.text(
                g,
                "mean cost over all 16 examples: " + (theme.dark() ? "lighter" : "darker") + " is lower",
                xs.p0(),
                h * 0.05,
                theme.font(f * 0.8),
                theme.muted(),
                TextAlignment.LEFT);
        // the path
        g.setStroke(theme.foreground());
        g.setLineWidth(2);
        for (int i = 1; i <= model.step(); i++) {
            double[] a = model.point(i - 1);
            double[] b = model.point(i);
            g.strokeLine(xs.px(a[0]), ys.px(a[1]), xs.px(b[0]), ys.px(b[1]));
        }
        double[] v = model.from();
        List<double[]> per = MinibatchModel.gradients(v, model.batch());
        double[] avg = MinibatchModel.mean(per);
        double[] full = model.fullGradient(v);
        double px = xs.px(v[0]);
        double py = ys.px(v[1]);
        double arrowScale = 8.0; // arrows show −∇C (downhill), 8× longer than the gradient so they can be seen
        for (double[] gi : per) {
            Draw.arrow(
                    g, px, py, xs.px(v[0] - arrowScale * gi[0]), ys.px(v[1] - arrowScale * gi[1]), f * 0.5, PER, 2.5);
        }
        g.setLineDashes(10, 6);
        Draw.arrow(
                g,
                px,
                py,
                xs.px(v[0] - arrowScale * full[0]),
                ys.px(v[1] - arrowScale * full[1]),
                f * 0.7,
                theme.foreground(),
                2.5);
        g.setLineDashes(null);
        Draw.arrow(g, px, py, xs.px(v[0] - arrowScale * avg[0]), ys.px(v[1] - arrowScale * avg[1]), f * 0.8, mean(), 6);
        double[] next = {v[0] - model.eta() * avg[0], v[1] - model.eta() * avg[1]};
        Draw.arrow(g, px, py, xs.px(next[0]), ys.px(next[1]), f * 0.6, STEP, 4);
        g.setFill(STEP);
        g.fillOval(px - f * 0.4, py - f * 0.4, f * 0.8, f * 0.8);
        // legend and numbers
        double tx = w * 0.6;
        double ty = h * 0.1;
        String[][] legend = {
            {"thin: −∇Cₓ of each example in the mini-batch", "p"},
            {"thick: their mean, the mini-batch estimate", "m"},
            {"dashed: −∇C over all the data", "f"},
            {"orange: the step Δv = −η·(the mean)", "s"}
        };
        for (int i = 0; i < legend.length; i++) {
            Color c = switch (legend[i][1]) {
                case "p" -> PER;
                case "m" -> mean();
                case "s" -> STEP;
                default -> theme.foreground();
            };
            Draw.textFit(
                    g, legend[i][0], tx, ty + i * f * 1.3, theme.font(f * 0.85), c, TextAlignment.LEFT, w - tx - f);
        }
        Draw.textFit(
                g,
                "(arrows drawn 8× the gradient; the step at true scale)",
                tx,
                ty + 4 * f * 1.3,
                theme.font(f * 0.7),
                theme.muted(),
                TextAlignment.LEFT,
                w - tx - f);
        double angle = Math.toDegrees(Math.acos(Math.max(
                -1,
                Math.min(
                        1,
                        (avg[0] * full[0] + avg[1] * full[1])
                                / (Math.hypot(avg[0], avg[1]) * Math.hypot(full[0], full[1]) + 1e-300)))));
        String[] lines = {
            "update " + (model.step() + 1) + ": mini-batch of " + model.batchSize() + ", η = "
                    + Num.sig(model.eta(), 3),
            "(w, b) = (" + Num.sig(v[0], 4) + ", " + Num.sig(v[1], 4) + ")   C = "
                    + Num.sig(model.fullCost(v[0], v[1]), 4),
            "mean of the mini-batch's ∇Cₓ = (" + Num.sig(avg[0], 3) + ", " + Num.sig(avg[1], 3) + ")",
            "∇C over all the data = (" + Num.sig(full[0], 3) + ", " + Num.sig(full[1], 3) + ")",
            "angle between them: " + Num.sig(angle, 3) + "°"
        };
        for (int i = 0; i < lines.length; i++) {
            Draw.textFit(
                    g,
                    lines[i],
                    tx,
                    ty + (5.5 + i) * f * 1.3,
                    theme.font(f * 0.9),
                    theme.foreground(),
                    TextAlignment.LEFT,
                    w - tx - f);
        }
        // noise against batch size
        if (noiseStep != model.step()) {
            noiseCache = new double[SIZES.length][];
            for (int i = 0; i < SIZES.length; i++) {
                noiseCache[i] =
                        new double[] {SIZES[i], SIZES[i] > model.data().size() ? 0 : model.noise(SIZES[i], v, 200, 7)};
            }
            noiseStep = model.step();
        }
        double bx = tx;
        double by = h * 0.9;
        double bh = h * 0.3;
        double bw = (w * 0.36) / SIZES.length;
        Draw.textFit(
                g,
                noiseTitle(theme.bold(f * 0.85), w - bx - f),
                bx,
                by - bh - f * 1.6,
                theme.bold(f * 0.85),
                theme.foreground(),
                TextAlignment.LEFT,
                w - bx - f);
        double nmax = 0;
        for (double[] n : noiseCache) {
            nmax = Math.max(nmax, n[1]);
        }
        for (int i = 0; i < SIZES.length; i++) {
            double hh = bh * noiseCache[i][1] / Math.max(1e-12, nmax);
            boolean current = SIZES[i] == model.batchSize();
            g.setFill(current ? mean() : PER.deriveColor(0, 1, 1, 0.7));
            g.fillRect(bx + i * bw + bw * 0.15, by - hh, bw * 0.7, hh);
            Draw.centred(
                    g,
                    Integer.toString(SIZES[i]),
                    bx + i * bw + bw / 2,
                    by + f * 0.8,
                    theme.bold(f * 0.85),
                    theme.foreground());
            Draw.centred(
                    g,
                    Num.sig(noiseCache[i][1] < 1e-9 ? 0 : noiseCache[i][1], 2),
                    bx + i * bw + bw / 2,
                    by - hh - f * 0.6,
                    theme.font(f * 0.75),
                    theme.foreground());
        }
    }

    private Color mean() {
        return theme.dark() ? MEAN_ON_DARK : MEAN;
    }

    /**
     * The noise plot's title, shortened where fitting the whole one into {@code room} would take it
     * under the theme's least type size (the projector's).
     */
    private String noiseTitle(Font font, double room) {
        String whole = "noise: mean |batch estimate − ∇C| / |∇C|, by batch size";
        double fitted = font.getSize() * room / Draw.width(whole, font);
        return fitted < theme.leastTextPx() ? "noise by batch size" : whole;
    }
}
