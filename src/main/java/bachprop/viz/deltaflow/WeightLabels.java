package bachprop.viz.deltaflow;

import bachprop.nn.Network;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Theme;
import bachprop.viz.deltaflow.NetworkCanvas.Hit;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;

/**
 * The labels on the δ-flow drawing's edges: each weight wˡₖ,ⱼ (→ its updated value) and, once
 * known, ∂C/∂wˡₖ,ⱼ, placed where they cover least; each label is a hit that opens the editor.
 */
final class WeightLabels {
    private final DeltaFlowModel model;
    private final Theme theme;
    private final double[][] cx;
    private final double[][] cy;
    private final double radius;
    private final List<Hit> hits;
    /** Where the labels went (the pulses' labels keep off them). */
    private final List<Bounds> weightLabelBoxes = new ArrayList<>();

    WeightLabels(DeltaFlowModel model, Theme theme, double[][] cx, double[][] cy, double radius, List<Hit> hits) {
        this.model = model;
        this.theme = theme;
        this.cx = cx;
        this.cy = cy;
        this.radius = radius;
        this.hits = hits;
    }

    List<Bounds> boxes() {
        return weightLabelBoxes;
    }

    /**
     * Puts each weight label on its edge where it covers no neuron, no neuron's z/δ lines and no
     * label placed before it (the highlighted ones first), trying positions along the edge
     * outwards from the preferred one; the least-overlapping position when none is free.
     */
    void place(GraphicsContext g, Network net, List<double[]> labels, double nf) {
        double size = nf * 0.85;
        List<Bounds> taken = new ArrayList<>();
        for (int l = 1; l <= net.L(); l++) {
            for (int j = 0; j < net.size(l); j++) {
                double x = cx[l][j];
                double y = cy[l][j];
                taken.add(new BoundingBox(
                        x - radius, y - radius - nf * 1.3, 2 * radius, 2 * radius + nf * 1.3)); // circle and bias
                double bw = l == 1 || theme.leastTextPx() == 0 ? 0 : biasWidth(l, j, nf);
                if (bw > 2 * radius) { // projector type: a bias box wider than the circle (b → b′); other exports
                    // kept as they were
                    taken.add(new BoundingBox(x - bw / 2, y - radius - nf * 1.65, bw, nf * 1.2));
                }
                double tw = Math.max(radius, nf * 7);
                taken.add(new BoundingBox(x - tw, y + radius, 2 * tw, nf * 2.5)); // z and δ beneath
            }
        }
        labels.sort((p, q) -> Double.compare(q[8], p[8]));
        double[] offsets = {0, -0.06, 0.06, -0.12, 0.12, -0.18, 0.18, -0.24, 0.24, -0.3, 0.3, -0.36, 0.36, -0.42, 0.42};
        for (double[] e : labels) {
            int l = (int) e[0];
            int k = (int) e[1];
            int j = (int) e[2];
            boolean full = true;
            double[] wh = weightLabelSize(l, k, j, size, true);
            double bestT = e[7];
            double bestCost = Double.MAX_VALUE;
            for (int c = 0; c < 2 * offsets.length; c++) {
                if (c == offsets.length) { // no free place for the full label: try it without the ∂C/∂w line
                    if (bestCost == 0
                            || e[8] > 0
                            || weightLabelLines(l, k, j, false).size()
                                    == weightLabelLines(l, k, j, true).size()) {
                        break;
                    }
                    wh = weightLabelSize(l, k, j, size, false);
                }
                double t = e[7] + offsets[c % offsets.length];
                if (t < 0.1 || t > 0.9) {
                    continue;
                }
                BoundingBox box = new BoundingBox(
                        e[3] + (e[5] - e[3]) * t - wh[0] / 2, e[4] + (e[6] - e[4]) * t - wh[1] / 2, wh[0], wh[1]);
                double cost = 0;
                for (Bounds b : taken) {
                    cost += NetworkLayout.overlap(box, b);
                }
                if (cost < bestCost - 1e-9) {
                    bestCost = cost;
                    bestT = t;
                    full = c < offsets.length;
                }
                if (cost == 0) {
                    break;
                }
            }
            wh = weightLabelSize(l, k, j, size, full);
            if (e[8] == 0 && bestCost > 0.25 * wh[0] * wh[1]) {
                continue; // no room: a label mostly hidden under others helps nobody; the edge stays clickable
            }
            double x = e[3] + (e[5] - e[3]) * bestT;
            double y = e[4] + (e[6] - e[4]) * bestT;
            taken.add(new BoundingBox(x - wh[0] / 2 - 2, y - wh[1] / 2 - 2, wh[0] + 4, wh[1] + 4));
            weightLabelBoxes.add(taken.get(taken.size() - 1));
            weightLabel(g, l, k, j, x, y, size, e[8] > 0, full);
        }
    }

    /** The width of neuron j of layer l's bias box, as {@link NetworkCanvas} draws it. */
    private double biasWidth(int l, int j, double nf) {
        Double bNew = model.updatedBias(l, j);
        String bText = "b " + Num.sig(model.network().bias(l, j), 4) + (bNew != null ? " → " + Num.sig(bNew, 4) : "");
        return Draw.width(bText, theme.font(nf * 0.85)) + nf * 0.6;
    }

    /** A weight label's lines: w (→ w′ once updated), then ∂C/∂w once known, if {@code full}. */
    private List<String> weightLabelLines(int l, int k, int j, boolean full) {
        double wv = model.network().weight(l, k, j);
        Double grad = model.nablaW(l, k, j);
        Double updated = model.updatedWeight(l, k, j);
        List<String> lines = new ArrayList<>();
        lines.add(Num.sig(wv, 4) + (updated != null ? " → " + Num.sig(updated, 4) : ""));
        if (grad != null && (full || updated == null)) { // short form only once w′ is on show
            lines.add("∂C/∂w " + Num.sig(grad, 4));
        }
        return lines;
    }

    /** Width and height of a weight label's box. */
    private double[] weightLabelSize(int l, int k, int j, double size, boolean full) {
        List<String> lines = weightLabelLines(l, k, j, full);
        double tw = 0;
        for (String s : lines) {
            tw = Math.max(tw, Draw.width(s, theme.font(size)));
        }
        return new double[] {tw + size * 0.8, lines.size() * size * 1.25 + size * 0.3};
    }

    private void weightLabel(
            GraphicsContext g, int l, int k, int j, double x, double y, double size, boolean hot, boolean full) {
        List<String> lines = weightLabelLines(l, k, j, full);
        Font font = theme.font(size);
        double[] wh = weightLabelSize(l, k, j, size, full);
        double bw = wh[0];
        double bh = wh[1];
        double bx = x - bw / 2;
        double by = y - bh / 2;
        g.setFill(theme.background().deriveColor(0, 1, 1, 0.92));
        g.fillRoundRect(bx, by, bw, bh, size * 0.5, size * 0.5);
        g.setStroke(hot ? theme.accent() : theme.grid());
        g.setLineWidth(hot ? 2.5 * theme.scale() : 1);
        g.strokeRoundRect(bx, by, bw, bh, size * 0.5, size * 0.5);
        for (int i = 0; i < lines.size(); i++) {
            Draw.centred(
                    g,
                    lines.get(i),
                    x,
                    by + size * 0.8 + i * size * 1.25,
                    i == 0 ? font : theme.font(size * 0.9),
                    i == 0 ? theme.foreground() : theme.muted());
        }
        hits.add(0, new Hit(new BoundingBox(bx, by, bw, bh), Param.weight(l, k, j)));
    }
}
