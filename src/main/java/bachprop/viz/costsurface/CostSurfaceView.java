package bachprop.viz.costsurface;

import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.StepAnimations;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The surface C(v₁, v₂) in perspective with the ball and its path (Figure 6), and beside it the
 * two slices through the ball (Figure 5) with their tangent lines, the linear approximation of
 * the next step (Figure 7, eq. 11–12) against the true change.
 */
public final class CostSurfaceView extends CanvasView {
    private final Runnable roller;
    private final Set<String> show;
    private static final Color[] VIRIDIS = {
        Color.web("#440154"), Color.web("#3b528b"), Color.web("#21918c"), Color.web("#5ec962"), Color.web("#fde725")
    };
    private static final Color BALL = Color.web("#d55e00");
    private final CostSurfaceModel model;
    private final DoubleProperty roll = new SimpleDoubleProperty(1);
    private int shownStep;
    private int fromStep;

    /** @param rollTime how long the ball takes to roll to its next place (zero: it jumps) */
    public CostSurfaceView(CostSurfaceModel model, Theme theme, Duration rollTime, Set<String> show) {
        super(model, theme);
        this.model = model;
        this.show = Set.copyOf(show);
        roll.addListener((o, a, b) -> redraw());
        roller = () -> StepAnimations.progress(roll, rollTime)
                .play(); // the ball rolls from its last place each time the step changes
        if (rollTime.greaterThan(Duration.ZERO)) {
            model.addListener(roller);
        }
    }

    @Override
    public void unbind() {
        super.unbind();
        model.removeListener(roller);
    }

    /** 0 = the ball at its previous place, 1 = arrived (the rolling animation drives it). */
    public DoubleProperty rollProperty() {
        return roll;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (model.step() != shownStep) {
            fromStep = shownStep;
            shownStep = model.step();
        }
        double f = theme.fontSize(w, h);
        double cMax = CostSurfaceModel.cost(CostSurfaceModel.RANGE, CostSurfaceModel.RANGE);
        double ox = w * 0.31;
        double oy = h * 0.5;
        double s = Math.min(
                w * 0.07, h * 0.12); // at most ±0.29 w across: inside the left edge and clear of the slices at 0.62 w
        double zScale = 3.2 / cMax;
        double th = Math.toRadians(-35);
        double ph = Math.toRadians(28);
        Projector p = (v1, v2, c) -> {
            double xr = v1 * Math.cos(th) - v2 * Math.sin(th);
            double yr = v1 * Math.sin(th) + v2 * Math.cos(th);
            return new double[] {
                ox + s * xr, oy + s * (yr * Math.sin(ph) - Math.min(c, cMax) * zScale * Math.cos(ph) * 0.85), yr
            };
        };
        int n = 26;
        double r = CostSurfaceModel.RANGE;
        List<double[]> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a1 = -r + 2 * r * i / n;
                double a2 = -r + 2 * r * j / n;
                double b1 = -r + 2 * r * (i + 1) / n;
                double b2 = -r + 2 * r * (j + 1) / n;
                double[] q = {a1, a2, b1, b2, p.at((a1 + b1) / 2, (a2 + b2) / 2, 0)[2]};
                quads.add(q);
            }
        }
        quads.sort((x, y) -> Double.compare(y[4], x[4]));
        for (double[] q : quads) {
            double[][] c = {
                p.at(q[0], q[1], CostSurfaceModel.cost(q[0], q[1])),
                p.at(q[2], q[1], CostSurfaceModel.cost(q[2], q[1])),
                p.at(q[2], q[3], CostSurfaceModel.cost(q[2], q[3])),
                p.at(q[0], q[3], CostSurfaceModel.cost(q[0], q[3]))
            };
            double mid = CostSurfaceModel.cost((q[0] + q[2]) / 2, (q[1] + q[3]) / 2);
            g.setFill(ramp(Math.sqrt(Math.min(1, mid / cMax))));
            g.setStroke(theme.background().deriveColor(0, 1, 1, 0.35));
            g.setLineWidth(0.8);
            double[] xs = {c[0][0], c[1][0], c[2][0], c[3][0]};
            double[] ys = {c[0][1], c[1][1], c[2][1], c[3][1]};
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
        }
        // axes labels
        double[] u0 = model.point();
        if (show.contains("tangent-plane") && Math.abs(u0[0]) <= r && Math.abs(u0[1]) <= r) {
            // the tangent plane at the ball, C(u) + ∇C·(v − u): the linear approximation of eq. 12
            double[] gu = CostSurfaceModel.gradient(u0[0], u0[1]);
            double c0 = CostSurfaceModel.cost(u0[0], u0[1]);
            double d = 0.9;
            double[][] pc = new double[4][];
            double[][] offs = {{-d, -d}, {d, -d}, {d, d}, {-d, d}};
            for (int k = 0; k < 4; k++) {
                double v1 = u0[0] + offs[k][0];
                double v2 = u0[1] + offs[k][1];
                pc[k] = p.at(v1, v2, Math.max(0, c0 + gu[0] * offs[k][0] + gu[1] * offs[k][1]));
            }
            g.setFill(Color.web("#ffffff", 0.45));
            g.setStroke(theme.dark() ? Color.WHITE : Color.web("#1d1d1f"));
            g.setLineWidth(2);
            double[] xs = {pc[0][0], pc[1][0], pc[2][0], pc[3][0]};
            double[] ys = {pc[0][1], pc[1][1], pc[2][1], pc[3][1]};
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
        }
        double lowest = Double.NEGATIVE_INFINITY; // the front corner's label goes beneath it, not onto the surface
        for (double[] corner : new double[][] {{-r, -r}, {r, -r}, {r, r}, {-r, r}}) {
            lowest = Math.max(lowest, p.at(corner[0], corner[1], CostSurfaceModel.cost(corner[0], corner[1]))[1]);
        }
        for (double[] corner : new double[][] {{-r, -r}, {r, -r}, {r, r}, {-r, r}}) {
            double[] pc = p.at(corner[0], corner[1], CostSurfaceModel.cost(corner[0], corner[1]));
            String label = "(v₁, v₂) = (" + Num.sig(corner[0], 2) + ", " + Num.sig(corner[1], 2) + ")";
            double half = Draw.width(label, theme.font(f * 0.7)) / 2;
            Draw.centred(
                    g,
                    label,
                    Math.max(half + 4, Math.min(w * 0.6 - half, pc[0])),
                    pc[1] + (pc[1] == lowest ? f * 0.9 : -f * 0.8),
                    theme.font(f * 0.7),
                    theme.muted());
        }
        // the path so far and the ball
        if (!show.contains("ball")) {
            drawText(g, w, h, f);
            return;
        }
        g.setStroke(theme.foreground());
        g.setLineWidth(3 * theme.scale());
        for (int i = 1; i <= model.step(); i++) {
            double[] a = clamp(model.point(i - 1));
            double[] b = clamp(model.point(i));
            double[] pa = p.at(a[0], a[1], CostSurfaceModel.cost(a[0], a[1]));
            double[] pb = p.at(b[0], b[1], CostSurfaceModel.cost(b[0], b[1]));
            g.strokeLine(pa[0], pa[1], pb[0], pb[1]);
        }
        double t = roll.get();
        double[] from = model.point(Math.min(fromStep, model.count() - 1));
        double[] to = model.point();
        double[] v = clamp(new double[] {from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t});
        double[] pb = p.at(v[0], v[1], CostSurfaceModel.cost(v[0], v[1]));
        double br = f * 0.75;
        g.setFill(BALL);
        g.fillOval(pb[0] - br, pb[1] - br * 2, 2 * br, 2 * br);
        g.setStroke(theme.foreground());
        g.setLineWidth(2);
        g.strokeOval(pb[0] - br, pb[1] - br * 2, 2 * br, 2 * br);
        drawText(g, w, h, f);
    }

    private void drawText(GraphicsContext g, double w, double h, double f) {
        double[] u = model.point();
        double[] grad = CostSurfaceModel.gradient(u[0], u[1]);
        Draw.tex(g, "C(v_1, v_2) = v_1^2 + 2v_1v_2 + 3v_2^2", w * 0.03, f * 1.8, f * 1.2, theme.foreground());
        String[] lines = {
            "step " + model.step() + "   η = " + Num.sig(model.eta(), 3),
            "v = (" + Num.sig(u[0], 4) + ", " + Num.sig(u[1], 4) + ")    C = "
                    + Num.sig(CostSurfaceModel.cost(u[0], u[1]), 4),
            "∇C = (2v₁ + 2v₂, 2v₁ + 6v₂) = (" + Num.sig(grad[0], 4) + ", " + Num.sig(grad[1], 4) + ")",
            "next: Δv = −η∇C;  ΔC ≈ ∇C·Δv = " + Num.sig(model.predictedChange(), 4) + "   (true ΔC = "
                    + Num.sig(model.actualChange(), 4) + ")"
        };
        for (int i = 0; i < lines.length; i++) {
            Draw.textFit(
                    g,
                    lines[i],
                    w * 0.03,
                    h * 0.8 + i * f * 1.35,
                    theme.font(f * 0.95),
                    theme.foreground(),
                    TextAlignment.LEFT,
                    w * 0.57);
        }
        if (model.diverged()) {
            Draw.textFit(
                    g,
                    "η = " + Num.sig(model.eta(), 3)
                            + " is too large (above 2/6.83 ≈ 0.29): each step overshoots and the cost grows — diverging.",
                    w * 0.03,
                    h * 0.8 - f * 1.6,
                    theme.bold(f),
                    theme.dark() ? Color.web("#ff9e80") : Color.web("#b3261e"),
                    TextAlignment.LEFT,
                    w * 0.94);
        }
        if (show.contains("slices")) {
            slice(g, w * 0.62, h * 0.08, w * 0.35, h * 0.36, true, f);
            slice(g, w * 0.62, h * 0.54, w * 0.35, h * 0.36, false, f);
        }
    }

    /** C along v₁ (or v₂) through the ball, with the tangent of slope ∂C/∂v₁ (or ∂C/∂v₂). */
    private void slice(GraphicsContext g, double x, double y, double w, double h, boolean first, double f) {
        double[] u = model.point();
        double r = CostSurfaceModel.RANGE;
        double at = first ? u[0] : u[1];
        double fixed = first ? u[1] : u[0];
        double lo = Math.min(-r, at - 0.5);
        double hi = Math.max(r, at + 0.5);
        DoubleUnaryOperator c = t -> first ? CostSurfaceModel.cost(t, fixed) : CostSurfaceModel.cost(fixed, t);
        double cmax = 0;
        double cmin = Double.MAX_VALUE;
        for (int i = 0; i <= 100; i++) {
            double v = c.applyAsDouble(lo + (hi - lo) * i / 100);
            cmax = Math.max(cmax, v);
            cmin = Math.min(cmin, v);
        }
        Draw.Scale xs = new Draw.Scale(lo, hi, x + f * 2, x + w);
        Draw.Scale ys = new Draw.Scale(Math.min(0, cmin), cmax, y + h, y + f * 2.6); // room above for the Δf line
        Draw.axes(
                g,
                xs,
                ys,
                Draw.niceStep(hi - lo, 4),
                Draw.niceStep(cmax - Math.min(0, cmin), 4),
                theme,
                f * 0.7,
                first ? "v₁" : "v₂",
                null);
        String name = first
                ? "slice v₂ = " + Num.sig(fixed, 3) + ": slope ∂C/∂v₁"
                : "slice v₁ = " + Num.sig(fixed, 3) + ": slope ∂C/∂v₂";
        double slope = CostSurfaceModel.gradient(u[0], u[1])[first ? 0 : 1];
        Draw.textFit(
                g,
                name + " = " + Num.sig(slope, 4),
                x + f * 2,
                y + f * 0.5,
                theme.bold(f * 0.85),
                theme.foreground(),
                TextAlignment.LEFT,
                w - f * 2);
        g.save();
        g.beginPath();
        g.rect(x + f * 2, y + f * 2.2, w - f * 2, h - f * 2.2);
        g.clip();
        g.setStroke(
                theme.dark() ? Color.web("#56b4e9") : Color.web("#0072b2")); // Okabe–Ito blue, the lighter one on black
        g.setLineWidth(3.5 * theme.scale());
        g.beginPath();
        for (int i = 0; i <= 120; i++) {
            double t = lo + (hi - lo) * i / 120;
            if (i == 0) {
                g.moveTo(xs.px(t), ys.px(c.applyAsDouble(t)));
            } else {
                g.lineTo(xs.px(t), ys.px(c.applyAsDouble(t)));
            }
        }
        g.stroke();
        // the tangent: the linear approximation L(t) = C + slope·(t − at)   (11)
        double c0 = c.applyAsDouble(at);
        double span = (hi - lo) * 0.3;
        g.setStroke(theme.foreground());
        g.setLineWidth(2.5 * theme.scale());
        g.setLineDashes(12, 7);
        g.strokeLine(xs.px(at - span), ys.px(c0 - slope * span), xs.px(at + span), ys.px(c0 + slope * span));
        g.setLineDashes(null);
        // the next step along this axis: Δa, the predicted Δf and the true one
        double da = model.nextStep()[first ? 0 : 1];
        double predicted = c0 + slope * da;
        double actual = c.applyAsDouble(at + da);
        g.setStroke(BALL);
        g.setLineWidth(3 * theme.scale());
        g.strokeLine(xs.px(at), ys.px(c0), xs.px(at + da), ys.px(c0));
        g.strokeLine(xs.px(at + da), ys.px(c0), xs.px(at + da), ys.px(predicted));
        g.setFill(theme.foreground());
        g.fillOval(xs.px(at + da) - 5, ys.px(actual) - 5, 10, 10);
        g.restore();
        g.setFill(BALL);
        g.fillOval(xs.px(at) - f * 0.4, ys.px(c0) - f * 0.4, f * 0.8, f * 0.8);
        Draw.textFit(
                g,
                "Δf ≈ f′·Δa = " + Num.sig(slope * da, 3) + "  (true " + Num.sig(actual - c0, 3) + ")",
                x + w,
                y + f * 1.55,
                theme.font(f * 0.75),
                theme.muted(),
                TextAlignment.RIGHT,
                w - f * 2);
    }

    private static double[] clamp(double[] v) {
        double r = CostSurfaceModel.RANGE * 1.15;
        return new double[] {Math.max(-r, Math.min(r, v[0])), Math.max(-r, Math.min(r, v[1]))};
    }

    private static Color ramp(double t) {
        double pos = t * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) pos);
        return VIRIDIS[i].interpolate(VIRIDIS[i + 1], pos - i);
    }

    private interface Projector {
        double[] at(double v1, double v2, double c);
    }
}
