package bachprop.viz.deltaflow;

import bachprop.nn.Equation;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.nn.Symbol;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Palette;
import bachprop.viz.common.Theme;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;

/**
 * The moving part of the δ-flow drawing, as shape nodes over it: during BP2 one dot per term
 * wˡ⁺¹ₖ,ⱼ δˡ⁺¹ₖ travelling backward along its edge (sized and coloured by the term, labelled
 * when one neuron's sum is shown), and during eq. 3 the activations travelling forward.
 */
final class PulseOverlay {
    private final DeltaFlowModel model;
    private final Theme theme;
    private final Pane overlay;
    private final double[][] cx;
    private final double[][] cy;
    private final double radius;
    private final double labelSize;
    private final List<Bounds> weightLabelBoxes;

    PulseOverlay(
            DeltaFlowModel model,
            Theme theme,
            Pane overlay,
            double[][] cx,
            double[][] cy,
            double radius,
            double labelSize,
            List<Bounds> weightLabelBoxes) {
        this.model = model;
        this.theme = theme;
        this.overlay = overlay;
        this.cx = cx;
        this.cy = cy;
        this.radius = radius;
        this.labelSize = labelSize;
        this.weightLabelBoxes = weightLabelBoxes;
    }

    /** Draws the pulses at {@code p}: 0 at their source, 1 arrived. */
    void draw(Network net, double p) {
        long bp2 = model.current().stream()
                .filter(st -> st.equation() == Equation.BP2)
                .count();
        for (Step s : model.current()) {
            if (s.equation() == Equation.BP2) {
                int l = s.layer();
                double big = 0;
                for (int k = 0; k < net.size(l + 1); k++) {
                    big = Math.max(big, Math.abs(term(l, k, s.neuron())));
                }
                for (int k = 0; k < net.size(l + 1); k++) {
                    double term = term(l, k, s.neuron());
                    double x0 = cx[l + 1][k] - radius;
                    double y0 = cy[l + 1][k];
                    double x1 = cx[l][s.neuron()] + radius;
                    double y1 = cy[l][s.neuron()];
                    double x = x0 + (x1 - x0) * p;
                    double y = y0 + (y1 - y0) * p;
                    double r = radius * (0.18 + 0.27 * Math.sqrt(Math.abs(term) / Math.max(1e-300, big)));
                    Circle dot = new Circle(x, y, r, Palette.diverging(term, big));
                    dot.setStroke(theme.foreground());
                    dot.setStrokeWidth(1.5 * theme.scale());
                    double ang = Math.atan2(y1 - y0, x1 - x0);
                    double len = radius * 0.35;
                    double hx = x + Math.cos(ang) * (r + len);
                    double hy = y + Math.sin(ang) * (r + len);
                    Line shaft = new Line(x + Math.cos(ang) * r, y + Math.sin(ang) * r, hx, hy);
                    shaft.setStroke(theme.foreground());
                    shaft.setStrokeWidth(2 * theme.scale());
                    double hs = radius * 0.2;
                    Polygon head = new Polygon(
                            hx,
                            hy,
                            hx - hs * Math.cos(ang - 0.4),
                            hy - hs * Math.sin(ang - 0.4),
                            hx - hs * Math.cos(ang + 0.4),
                            hy - hs * Math.sin(ang + 0.4));
                    head.setFill(theme.foreground());
                    Text value = new Text("w·δ = " + Num.sig(term, 3));
                    value.setFont(theme.bold(Math.max(12, labelSize * 0.85)));
                    placeClear(value, x, y, r, net);
                    value.setFill(theme.foreground());
                    value.setStroke(theme.background());
                    value.setStrokeWidth(0.6);
                    overlay.getChildren().addAll(shaft, head, dot);
                    if (bp2 == 1) { // one neuron's sum: label its terms; a whole layer's would crowd
                        overlay.getChildren().add(value);
                    }
                }
            } else if (s.equation() == Equation.Z && p < NetworkCanvas.REST - 1e-9) {
                int l = s.layer();
                for (int i = 0; i < net.size(l - 1); i++) {
                    double x = cx[l - 1][i] + radius + (cx[l][s.neuron()] - radius - cx[l - 1][i] - radius) * p;
                    double y = cy[l - 1][i] + (cy[l][s.neuron()] - cy[l - 1][i]) * p;
                    overlay.getChildren().add(new Circle(x, y, radius * 0.16, theme.accent()));
                }
            }
        }
    }

    /**
     * Puts a pulse's label beside its dot where it covers least: up and right, above, below, down
     * and left, …; a neuron (with its bias, z and δ) counts ten times a weight label.
     */
    private void placeClear(Text value, double x, double y, double r, Network net) {
        Bounds b = value.getLayoutBounds();
        double tw = b.getWidth();
        double th = b.getHeight();
        double[][] at = {
            {x + r * 1.2, y - r * 1.2},
            {x - tw / 2, y - r - th * 0.35},
            {x - tw / 2, y + r * 1.4 + th * 0.8},
            {x - tw - r * 1.2, y + r * 1.2 + th * 0.8},
            {x - tw - r * 1.2, y - r * 1.2},
            {x + r * 1.2, y + r * 1.2 + th * 0.8}
        };
        double tz = Draw.width("δ −0.00000", theme.bold(labelSize * 0.9)) / 2;
        double[] best = at[0];
        double bestCost = Double.MAX_VALUE;
        for (double[] p : at) {
            Bounds box = new BoundingBox(p[0], p[1] - th * 0.8, tw, th);
            double cost = 0;
            for (int l = 1; l <= net.L(); l++) {
                for (int j = 0; j < net.size(l); j++) {
                    double nx = cx[l][j];
                    double ny = cy[l][j];
                    cost += 10
                                    * NetworkLayout.overlap(
                                            box,
                                            new BoundingBox(
                                                    nx - radius,
                                                    ny - radius - labelSize * 1.7,
                                                    2 * radius,
                                                    2 * radius + labelSize * 1.7))
                            + 10
                                    * NetworkLayout.overlap(
                                            box,
                                            new BoundingBox(
                                                    nx - tz,
                                                    ny + radius,
                                                    2 * tz,
                                                    labelSize * 2.5)); // a neuron weighs more than a weight label
                }
            }
            for (Bounds wl : weightLabelBoxes) {
                cost += NetworkLayout.overlap(box, wl);
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        value.setX(best[0]);
        value.setY(best[1]);
    }

    /** One term wˡ⁺¹ₖ,ⱼ δˡ⁺¹ₖ of BP2's sum for δˡⱼ, read from the operands of the step that wrote δˡⱼ. */
    private double term(int l, int k, int j) {
        Step s = model.traceStep(Symbol.delta(l, j));
        return s.read(Symbol.w(l + 1, k, j)).value()
                * s.read(Symbol.delta(l + 1, k)).value();
    }
}
