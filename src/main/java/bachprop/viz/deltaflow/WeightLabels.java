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

    /** Along an edge: the label's centre this far from the preferred point, as a share of the edge (outwards). */
    private static final double[] OFFSETS = {
        0, -0.06, 0.06, -0.12, 0.12, -0.18, 0.18, -0.24, 0.24, -0.3, 0.3, -0.36, 0.36, -0.42, 0.42
    };
    /** Beside an edge: the label moved off it by half its height (plus 2 px) to either side, still touching it. */
    private static final double[] BESIDE = {-1, 1};
    /** The least a label shrinks to, as a share of its size (and never under the theme's least text size). */
    private static final double SMALLEST_SHARE = 0.7;

    /** Where a label goes: {@code t} along its edge, {@code shift} pixels beside it, in which form and size. */
    private record Spot(double t, double shift, boolean full, double size, double cost) {}

    /**
     * Puts each weight label on its edge where it covers no neuron, no bias, no neuron's z/δ lines
     * and no label placed before it (the highlighted ones first): see {@link #spot}. A label with no
     * free spot at all is left out (the edge stays clickable, its value in the editor and the
     * equations) rather than drawn over another number; a highlighted one is drawn where it covers least.
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
        for (double[] e : labels) {
            int l = (int) e[0];
            int k = (int) e[1];
            int j = (int) e[2];
            boolean hot = e[8] > 0;
            Spot at = spot(e, size, hot, taken);
            if (at.cost() > 0 && !hot) {
                continue; // no free spot anywhere: a label over another number helps nobody
            }
            double[] wh = weightLabelSize(l, k, j, at.size(), at.full());
            double[] c = centre(e, at);
            taken.add(new BoundingBox(c[0] - wh[0] / 2 - 2, c[1] - wh[1] / 2 - 2, wh[0] + 4, wh[1] + 4));
            weightLabelBoxes.add(taken.get(taken.size() - 1));
            weightLabel(g, l, k, j, c[0], c[1], at.size(), hot, at.full());
        }
    }

    /**
     * The first free spot for the label of edge {@code e}, trying in turn: the full label along the
     * edge outwards from its preferred point, then the short form (no ∂C/∂w line; never for a
     * highlighted label); then both beside the edge, touching it; then all of these in smaller
     * type, down to {@link #SMALLEST_SHARE} of the size and never under the theme's least text size.
     * When none is free, the spot tried that covers least (cost > 0).
     */
    private Spot spot(double[] e, double size, boolean hot, List<Bounds> taken) {
        int l = (int) e[0];
        int k = (int) e[1];
        int j = (int) e[2];
        boolean shortDiffers = weightLabelLines(l, k, j, false).size()
                != weightLabelLines(l, k, j, true).size();
        boolean[] forms = hot || !shortDiffers ? new boolean[] {true} : new boolean[] {true, false};
        Spot best = null;
        for (double s : sizes(size)) {
            for (boolean beside : new boolean[] {false, true}) {
                for (boolean full : forms) {
                    double[] wh = weightLabelSize(l, k, j, s, full);
                    for (double offset : OFFSETS) {
                        double t = e[7] + offset;
                        if (t < 0.1 || t > 0.9) {
                            continue;
                        }
                        for (double side : beside ? BESIDE : new double[] {0}) {
                            Spot tried = new Spot(t, side * (wh[1] / 2 + 2), full, s, 0);
                            double[] c = centre(e, tried);
                            Bounds box = new BoundingBox(c[0] - wh[0] / 2, c[1] - wh[1] / 2, wh[0], wh[1]);
                            double cost = 0;
                            for (Bounds b : taken) {
                                cost += NetworkLayout.overlap(box, b);
                            }
                            if (cost == 0) {
                                return tried;
                            }
                            if (best == null || cost < best.cost() - 1e-9) {
                                best = new Spot(t, tried.shift(), full, s, cost);
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The type sizes a label tries: its own, then smaller down to the least (at most three). */
    private double[] sizes(double size) {
        double least = Math.max(theme.leastTextPx(), size * SMALLEST_SHARE);
        if (least >= size - 0.5) {
            return new double[] {size};
        }
        double between = (size + least) / 2;
        return between - least < 0.5 ? new double[] {size, least} : new double[] {size, between, least};
    }

    /** The centre of a label at {@code at} on edge {@code e} (from x3,y4 to x5,y6), moved along the edge's normal. */
    private static double[] centre(double[] e, Spot at) {
        double dx = e[5] - e[3];
        double dy = e[6] - e[4];
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        return new double[] {e[3] + dx * at.t() - dy / len * at.shift(), e[4] + dy * at.t() + dx / len * at.shift()};
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
