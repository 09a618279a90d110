package bachprop.viz.deltaflow;

import static bachprop.viz.common.Num.sub;
import static bachprop.viz.common.Num.sup;

import bachprop.nn.Equation;
import bachprop.viz.common.Num;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Palette;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The network of the δ-flow view, drawn: neurons in columns (activation inside, z and δ below,
 * the bias above), edges as wide as |w| (dashed when negative), δ in a colour-blind-safe
 * diverging palette, values not computed yet as a dashed "?" (unlike a computed 0), the current
 * step's neuron or weight ringed, and during BP2 one pulse per term wˡ⁺¹ₖ,ⱼ δˡ⁺¹ₖ travelling
 * backward along its edge.
 */
public final class NetworkCanvas extends CanvasView {
    /** Where pulses rest in a still frame: a little past the middle of their edge. */
    public static final double REST = 0.45;

    /** A place on the drawing that opens an editor when clicked. */
    public record Hit(Bounds bounds, Param param) {
    }

    private final DeltaFlowModel model;
    private final DoubleProperty pulse = new SimpleDoubleProperty(REST);
    private final List<Hit> hits = new ArrayList<>();
    private final javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane();
    private double[][] cx;
    private double[][] cy;
    private double radius;
    private double labelSize = 14;
    /** Where the weight labels went (the pulses' labels keep off them). */
    private final List<Bounds> weightLabelBoxes = new ArrayList<>();

    public NetworkCanvas(DeltaFlowModel model, Theme theme) {
        super(model, theme);
        this.model = model;
        getChildren().add(overlay);
        overlay.setMouseTransparent(true);
        pulse.addListener((o, a, b) -> drawPulses());
    }

    /**
     * Only the pulses move while they travel, so they are a few shape nodes over the drawing: the
     * network beneath is not redrawn each frame (in software rendering that is most of the cost).
     */
    private void drawPulses() {
        overlay.getChildren().clear();
        if (cx != null && cx.length == model.network().L() + 1) {
            drawPulses(model.network());
        }
    }

    /** 0 = pulses at their source, 1 = arrived; {@link #REST} in a still frame. */
    public DoubleProperty pulseProperty() {
        return pulse;
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** The centre of neuron j (0-based) of layer l (1-based), in this node's coordinates. */
    public Point2D neuronCentre(int l, int j) {
        return new Point2D(cx[l][j], cy[l][j]);
    }

    public double radius() {
        return radius;
    }

    /** The neuron the current step is about (layer, index), or null: what is ringed. */
    public int[] highlightedNeuron() {
        List<Step> c = model.current();
        if (c.isEmpty()) {
            return null;
        }
        Step s = c.get(c.size() - 1);
        if (s.equation() == Equation.COST) {
            return null;
        }
        return new int[] {s.layer(), s.neuron()};
    }

    /** The highlight colour of rings and edges. */
    public Color highlightColour() {
        return theme.accent();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        hits.clear();
        Network net = model.network();
        int L = net.L();
        double f0 = Math.max(12 * theme.scale(), theme.fontSize(w * 1.3, h * 1.15)); // 12 px: the least that reads well in a side panel
        Layout lay = layout(net, w, h, f0);
        for (int i = 0; i < 12 && lay.required() > w; i++) { // too narrow: everything smaller, in proportion, never overlapping
            lay = layout(net, w, h, lay.f() * Math.max(0.5, Math.min(0.97, w / lay.required())));
        }
        double f = lay.f();
        double nf = lay.nf();
        labelSize = nf;
        radius = lay.radius();
        cx = new double[L + 1][];
        cy = new double[L + 1][];
        double mid = (lay.top() + lay.bottom()) / 2;
        for (int l = 1; l <= L; l++) {
            int n = net.size(l);
            cx[l] = new double[n];
            cy[l] = new double[n];
            for (int j = 0; j < n; j++) {
                cx[l][j] = lay.colX()[l];
                cy[l][j] = mid + (j - (n - 1) / 2.0) * lay.spacing();
            }
        }
        Set<String> read = readKeys();
        drawTitles(g, net, f, lay.titleRows());
        drawEdges(g, net, nf, read);
        drawNeurons(g, net, nf, read);
        drawTargetsAndCost(g, net, nf, w);
        drawEta(g, f, lay.etaY());
        drawLegend(g, f, w, h);
        drawPulses();
    }

    /**
     * Where things go at font size {@code f}: the columns spread over the width (as far as 9 % and
     * 80 % of it when there is room), never closer than their titles, z/δ lines, biases and a
     * weight label need. {@code required} is the width that needs; above {@code w} the caller
     * tries again with a smaller {@code f}.
     */
    record Layout(double f, double nf, double radius, double spacing, double top, double bottom, double etaY, int titleRows, double[] colX,
            double required) {
    }

    Layout layout(Network net, double w, double h, double f) {
        int L = net.L();
        int maxN = 1;
        for (int l = 1; l <= L; l++) {
            maxN = Math.max(maxN, net.size(l));
        }
        double margin = f * 0.5;
        Font titleFont = theme.bold(f * 0.9);
        double[] oneLine = new double[L + 1];
        double[] twoLines = new double[L + 1];
        for (int l = 1; l <= L; l++) {
            oneLine[l] = Draw.width(title(net, l), titleFont);
            twoLines[l] = Math.max(Draw.width("layer " + l, titleFont), Draw.width("(" + role(net, l) + ")", titleFont));
        }
        double legendH = legendRows(f, w) * legendSize(f) * 1.4;
        Layout best = null;
        for (int rows = 1; rows <= 2; rows++) {
            double[] tw = rows == 1 ? oneLine : twoLines;
            double top = f * (3.2 + (rows - 1));
            double bottom = h - f * 3.6 - (legendH - legendSize(f) * 1.4);
            double spacing = Math.max(1, (bottom - top) / maxN);
            double nf = Math.min(f, spacing / 8.3);
            double r = Math.max(nf * 1.75, Math.min(f * 2.6, (spacing - 4.8 * nf) / 2));
            double zd = Draw.width("δ = ∂C/∂b −0.0000", theme.bold(nf * 0.9));
            double bias = Draw.width("b −0.0000 → −0.0000", theme.font(nf * 0.85)) + nf * 0.6;
            double right = r * 1.35 + nf + Draw.width("C = 0.0000", theme.bold(nf * 1.1));
            for (int k = 0; k < net.size(L); k++) {
                right = Math.max(right, r * 1.35 + nf * 2 + Draw.width("y" + sub(k + 1) + " = " + Num.sig(model.target().get(k), 4), theme.bold(nf)));
            }
            right = Math.max(right, tw[L] / 2);
            double left = Math.max(r, tw[1] / 2);
            double[] gap = new double[L + 1]; // gap[l]: the least distance between columns l−1 and l
            double sum = 0;
            for (int l = 2; l <= L; l++) {
                gap[l] = Math.max(Math.max(2 * r + nf * 6, zd + nf), Math.max(tw[l - 1] / 2 + tw[l] / 2 + f * 0.8, l > 2 ? bias + nf : bias / 2 + r + nf));
                sum += gap[l];
            }
            double required = 2 * margin + left + sum + right;
            double[] colX = new double[L + 1];
            double lo = Math.max(margin + left, w * 0.09 + r);
            double hi = Math.min(w - margin - right, w * 0.80 - r);
            if (hi - lo < sum) { // not room for the roomy layout: use every pixel
                lo = margin + left;
                hi = Math.max(lo + sum, w - margin - right);
            }
            double extra = L == 1 ? 0 : (hi - lo - sum) / (L - 1); // shared out evenly
            double x = lo;
            for (int l = 1; l <= L; l++) {
                x += l == 1 ? 0 : gap[l] + extra;
                colX[l] = L == 1 ? w / 2 : x;
            }
            Layout lay = new Layout(f, nf, r, spacing, top, bottom, f * (2.4 + (rows - 1)), rows, colX, required);
            if (required <= w || rows == 2) {
                return best != null && best.required() <= lay.required() ? best : lay;
            }
            best = lay;
        }
        return best;
    }

    private static String role(Network net, int l) {
        return l == 1 ? "input" : l == net.L() ? "output" : "hidden";
    }

    private static String title(Network net, int l) {
        return "layer " + l + " (" + role(net, l) + ")";
    }

    /** The layer titles, each within the drawing: [x, y, w, h] per layer (1-based; test hook). */
    private final List<Bounds> titleBounds = new ArrayList<>();

    public List<Bounds> titleBounds() {
        return List.copyOf(titleBounds);
    }

    /** Keys of the quantities the current steps read: "a:l:j", "d:l:j", "w:l:k:j", "b:l:j", "y:j". */
    private Set<String> readKeys() {
        Set<String> keys = new HashSet<>();
        for (Step s : model.current()) {
            int l = s.layer();
            switch (s.equation()) {
                case Z -> {
                    for (int i = 0; i < model.network().size(l - 1); i++) {
                        keys.add("w:" + l + ":" + s.neuron() + ":" + i);
                        keys.add("a:" + (l - 1) + ":" + i);
                    }
                    keys.add("b:" + l + ":" + s.neuron());
                }
                case A -> keys.add("z:" + l + ":" + s.neuron());
                case COST -> {
                    for (int k = 0; k < model.network().size(l); k++) {
                        keys.add("a:" + l + ":" + k);
                        keys.add("y:" + k);
                    }
                }
                case BP1 -> {
                    keys.add("a:" + l + ":" + s.neuron());
                    keys.add("y:" + s.neuron());
                    keys.add("z:" + l + ":" + s.neuron());
                }
                case BP2 -> {
                    for (int k = 0; k < model.network().size(l + 1); k++) {
                        keys.add("w:" + (l + 1) + ":" + k + ":" + s.neuron());
                        keys.add("d:" + (l + 1) + ":" + k);
                    }
                    keys.add("z:" + l + ":" + s.neuron());
                }
                case BP3 -> {
                    keys.add("d:" + l + ":" + s.neuron());
                    keys.add("b:" + l + ":" + s.neuron());
                }
                case BP4, UPDATE_W -> {
                    keys.add("w:" + l + ":" + s.neuron() + ":" + s.from());
                    if (s.equation() == Equation.BP4) {
                        keys.add("d:" + l + ":" + s.neuron());
                        keys.add("a:" + (l - 1) + ":" + s.from());
                    }
                }
                case UPDATE_B -> keys.add("b:" + l + ":" + s.neuron());
            }
        }
        return keys;
    }

    private void drawTitles(GraphicsContext g, Network net, double f, int rows) {
        titleBounds.clear();
        Font font = theme.bold(f * 0.9);
        for (int l = 1; l <= net.L(); l++) {
            List<String> lines = rows == 1 ? List.of(title(net, l)) : List.of("layer " + l, "(" + role(net, l) + ")");
            double tw = 0;
            for (int i = 0; i < lines.size(); i++) {
                Draw.centred(g, lines.get(i), cx[l][0], f * (1.1 + i), font, theme.foreground());
                tw = Math.max(tw, Draw.width(lines.get(i), font));
            }
            titleBounds.add(new BoundingBox(cx[l][0] - tw / 2, f * 0.6, tw, f * lines.size()));
        }
    }

    private void drawEdges(GraphicsContext g, Network net, double nf, Set<String> read) {
        double wMax = 0;
        for (int l = 2; l <= net.L(); l++) {
            for (int k = 0; k < net.size(l); k++) {
                for (int j = 0; j < net.size(l - 1); j++) {
                    wMax = Math.max(wMax, Math.abs(net.weight(l, k, j)));
                }
            }
        }
        List<double[]> labels = new ArrayList<>(); // l, k, j, x1, y1, x2, y2, preferred t, hot
        g.setLineCap(StrokeLineCap.BUTT);
        for (int l = 2; l <= net.L(); l++) {
            int nIn = net.size(l - 1);
            int nOut = net.size(l);
            boolean allLabels = nIn * nOut <= 12;
            for (int k = 0; k < nOut; k++) {
                for (int j = 0; j < nIn; j++) {
                    double wv = net.weight(l, k, j);
                    boolean hot = read.contains("w:" + l + ":" + k + ":" + j);
                    double x1 = cx[l - 1][j] + radius;
                    double y1 = cy[l - 1][j];
                    double x2 = cx[l][k] - radius;
                    double y2 = cy[l][k];
                    double width = (1 + 7 * Math.min(1, Math.abs(wv) / Math.max(1e-12, wMax))) * theme.scale();
                    g.setStroke(hot ? theme.accent() : theme.muted().interpolate(theme.background(), 0.25));
                    g.setLineWidth(hot ? width + 2 : width);
                    g.setLineDashes(wv < 0 ? new double[] {width * 2.5, width * 1.5} : null);
                    g.strokeLine(x1, y1, x2, y2);
                    g.setLineDashes(null);
                    if (allLabels || hot) {
                        double t = nOut == 1 ? 0.5 : 0.27 + 0.46 * k / (nOut - 1.0);
                        labels.add(new double[] {l, k, j, x1, y1, x2, y2, t, hot ? 1 : 0});
                    }
                    hits.add(new Hit(new BoundingBox(Math.min(x1, x2), Math.min(y1, y2) - 4, Math.abs(x2 - x1), Math.abs(y2 - y1) + 8),
                            Param.weight(l, k, j)));
                }
            }
        }
        placeWeightLabels(g, net, labels, nf);
    }

    /**
     * Puts each weight label on its edge where it covers no neuron, no neuron's z/δ lines and no
     * label placed before it (the highlighted ones first), trying positions along the edge
     * outwards from the preferred one; the least-overlapping position when none is free.
     */
    private void placeWeightLabels(GraphicsContext g, Network net, List<double[]> labels, double nf) {
        double size = nf * 0.85;
        List<Bounds> taken = new ArrayList<>();
        weightLabelBoxes.clear();
        for (int l = 1; l <= net.L(); l++) {
            for (int j = 0; j < net.size(l); j++) {
                double x = cx[l][j];
                double y = cy[l][j];
                taken.add(new BoundingBox(x - radius, y - radius - nf * 1.3, 2 * radius, 2 * radius + nf * 1.3)); // circle and bias
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
                    if (bestCost == 0 || e[8] > 0 || weightLabelLines(l, k, j, false).size() == weightLabelLines(l, k, j, true).size()) {
                        break;
                    }
                    wh = weightLabelSize(l, k, j, size, false);
                }
                double t = e[7] + offsets[c % offsets.length];
                if (t < 0.1 || t > 0.9) {
                    continue;
                }
                BoundingBox box = new BoundingBox(e[3] + (e[5] - e[3]) * t - wh[0] / 2, e[4] + (e[6] - e[4]) * t - wh[1] / 2, wh[0], wh[1]);
                double cost = 0;
                for (Bounds b : taken) {
                    cost += overlap(box, b);
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

    private void weightLabel(GraphicsContext g, int l, int k, int j, double x, double y, double size, boolean hot, boolean full) {
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
            Draw.centred(g, lines.get(i), x, by + size * 0.8 + i * size * 1.25, i == 0 ? font : theme.font(size * 0.9),
                    i == 0 ? theme.foreground() : theme.muted());
        }
        hits.add(0, new Hit(new BoundingBox(bx, by, bw, bh), Param.weight(l, k, j)));
    }

    private void drawPulses(Network net) {
        double p = pulse.get();
        long bp2 = model.current().stream().filter(st -> st.equation() == Equation.BP2).count();
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
                    javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(x, y, r, Palette.diverging(term, big));
                    dot.setStroke(theme.foreground());
                    dot.setStrokeWidth(1.5 * theme.scale());
                    double ang = Math.atan2(y1 - y0, x1 - x0);
                    double len = radius * 0.35;
                    double hx = x + Math.cos(ang) * (r + len);
                    double hy = y + Math.sin(ang) * (r + len);
                    javafx.scene.shape.Line shaft = new javafx.scene.shape.Line(x + Math.cos(ang) * r, y + Math.sin(ang) * r, hx, hy);
                    shaft.setStroke(theme.foreground());
                    shaft.setStrokeWidth(2 * theme.scale());
                    double hs = radius * 0.2;
                    javafx.scene.shape.Polygon head = new javafx.scene.shape.Polygon(hx, hy,
                            hx - hs * Math.cos(ang - 0.4), hy - hs * Math.sin(ang - 0.4), hx - hs * Math.cos(ang + 0.4), hy - hs * Math.sin(ang + 0.4));
                    head.setFill(theme.foreground());
                    javafx.scene.text.Text value = new javafx.scene.text.Text("w·δ = " + Num.sig(term, 3));
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
                    overlay.getChildren().add(new javafx.scene.shape.Circle(x, y, radius * 0.16, theme.accent()));
                }
            }
        }
    }

    /**
     * Puts a pulse's label beside its dot where it covers least: up and right, above, below, down
     * and left, …; a neuron (with its bias, z and δ) counts ten times a weight label.
     */
    private void placeClear(javafx.scene.text.Text value, double x, double y, double r, Network net) {
        Bounds b = value.getLayoutBounds();
        double tw = b.getWidth();
        double th = b.getHeight();
        double[][] at = {{x + r * 1.2, y - r * 1.2}, {x - tw / 2, y - r - th * 0.35}, {x - tw / 2, y + r * 1.4 + th * 0.8}, {x - tw - r * 1.2, y + r * 1.2 + th * 0.8},
            {x - tw - r * 1.2, y - r * 1.2}, {x + r * 1.2, y + r * 1.2 + th * 0.8}};
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
                    cost += 10 * overlap(box, new BoundingBox(nx - radius, ny - radius - labelSize * 1.7, 2 * radius, 2 * radius + labelSize * 1.7))
                            + 10 * overlap(box, new BoundingBox(nx - tz, ny + radius, 2 * tz, labelSize * 2.5)); // a neuron weighs more than a weight label
                }
            }
            for (Bounds wl : weightLabelBoxes) {
                cost += overlap(box, wl);
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        value.setX(best[0]);
        value.setY(best[1]);
    }

    private static double overlap(Bounds a, Bounds b) {
        double ox = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double oy = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return ox > 0 && oy > 0 ? ox * oy : 0;
    }

    /** One term wˡ⁺¹ₖ,ⱼ δˡ⁺¹ₖ of BP2's sum, read from the step's operands. */
    private double term(int l, int k, int j) {
        Step s = model.traceStep(Equation.BP2, l, j, -1);
        int m = (s.reads().size() - 1) / 2;
        return s.reads().get(k).value() * s.reads().get(m + k).value();
    }

    private void drawNeurons(GraphicsContext g, Network net, double nf, Set<String> read) {
        double scale = model.deltaScale();
        int[] hl = highlightedNeuron();
        for (int l = 1; l <= net.L(); l++) {
            for (int j = 0; j < net.size(l); j++) {
                double x = cx[l][j];
                double y = cy[l][j];
                Double a = model.a(l, j);
                Double d = l == 1 ? null : model.delta(l, j);
                Color fill = d != null ? Palette.diverging(d, scale) : (a != null ? theme.panel() : theme.background());
                g.setFill(fill);
                g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
                g.setStroke(a != null ? theme.foreground() : theme.muted());
                g.setLineWidth(2 * theme.scale());
                g.setLineDashes(a != null ? null : new double[] {6, 5});
                g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
                g.setLineDashes(null);
                boolean isHl = false;
                for (Step st : model.current()) {
                    isHl |= st.equation() != Equation.COST && st.layer() == l && st.neuron() == j;
                }
                boolean isRead = read.contains("a:" + l + ":" + j) || read.contains("d:" + l + ":" + j) || read.contains("z:" + l + ":" + j);
                if (isHl || isRead) {
                    g.setStroke(theme.accent());
                    g.setLineWidth((isHl ? 7 : 3) * theme.scale());
                    g.setLineDashes(isHl ? null : new double[] {10, 6});
                    double rr = radius + (isHl ? 7 : 5) * theme.scale();
                    g.strokeOval(x - rr, y - rr, 2 * rr, 2 * rr);
                    g.setLineDashes(null);
                }
                Color ink = d != null ? Palette.textOn(fill) : (a != null ? theme.foreground() : theme.muted());
                String name = l == 1 ? "x" + sub(j + 1) + " = a¹" + sub(j + 1) : "a" + sup(l) + sub(j + 1); // the trace calls the inputs a¹
                double inner = Math.min(nf, radius * 0.52);
                Draw.centred(g, name, x, y - radius * 0.42, theme.font(inner * 0.8), ink);
                Draw.textFit(g, a == null ? "?" : Num.sig(a, 4), x, y + radius * 0.18, a == null ? theme.bold(inner * 1.1) : theme.bold(inner), ink,
                        TextAlignment.CENTER, radius * 1.8);
                if (l == 1) {
                    hits.add(0, new Hit(new BoundingBox(x - radius, y - radius, 2 * radius, 2 * radius), Param.input(j)));
                    continue;
                }
                // the bias above the neuron
                double bv = net.bias(l, j);
                Double bNew = model.updatedBias(l, j);
                String bText = "b " + Num.sig(bv, 4) + (bNew != null ? " → " + Num.sig(bNew, 4) : "");
                Font bf = theme.font(nf * 0.85);
                double bw = Draw.width(bText, bf) + nf * 0.6;
                double by = y - radius - nf * 1.05;
                boolean bHot = read.contains("b:" + l + ":" + j);
                g.setFill(theme.background());
                g.fillRoundRect(x - bw / 2, by - nf * 0.6, bw, nf * 1.2, nf * 0.4, nf * 0.4);
                g.setStroke(bHot ? theme.accent() : theme.grid());
                g.setLineWidth(bHot ? 2.5 * theme.scale() : 1);
                g.strokeRoundRect(x - bw / 2, by - nf * 0.6, bw, nf * 1.2, nf * 0.4, nf * 0.4);
                Draw.centred(g, bText, x, by, bf, theme.foreground());
                hits.add(0, new Hit(new BoundingBox(x - bw / 2, by - nf * 0.6, bw, nf * 1.2), Param.bias(l, j)));
                // z and δ below
                Double z = model.z(l, j);
                Double gb = model.nablaB(l, j);
                double ty = y + radius + nf * 0.8;
                valueLine(g, "z", z, x, ty, nf * 0.9);
                valueLine(g, gb != null ? "δ = ∂C/∂b" : "δ", d, x, ty + nf * 1.1, nf * 0.9); // BP3: the two are equal
            }
        }
    }

    private void valueLine(GraphicsContext g, String name, Double v, double x, double y, double size) {
        String s = name + " " + (v == null ? "?" : Num.sig(v, 4));
        Draw.centred(g, s, x, y, v == null ? theme.font(size) : theme.bold(size), v == null ? theme.muted() : theme.foreground());
    }

    private void drawTargetsAndCost(GraphicsContext g, Network net, double nf, double w) {
        int L = net.L();
        for (int k = 0; k < net.size(L); k++) {
            double x = cx[L][k] + radius * 1.35;
            double y = cy[L][k];
            String s = "y" + sub(k + 1) + " = " + Num.sig(model.target().get(k), 4);
            Font font = theme.bold(nf);
            double tw = Draw.width(s, font) + nf;
            boolean hot = false;
            for (Step st : model.current()) {
                hot |= (st.equation() == Equation.BP1 && st.neuron() == k) || st.equation() == Equation.COST;
            }
            g.setFill(theme.panel());
            g.fillRoundRect(x, y - nf * 0.8, tw, nf * 1.6, nf * 0.5, nf * 0.5);
            g.setStroke(hot ? theme.accent() : theme.grid());
            g.setLineWidth(hot ? 3 * theme.scale() : 1);
            g.strokeRoundRect(x, y - nf * 0.8, tw, nf * 1.6, nf * 0.5, nf * 0.5);
            Draw.text(g, s, x + nf * 0.5, y, font, theme.foreground(), TextAlignment.LEFT);
            hits.add(0, new Hit(new BoundingBox(x, y - nf * 0.8, tw, nf * 1.6), Param.target(k)));
        }
        Double c = model.cost();
        double x = cx[L][0] + radius * 1.35;
        double y = cy[L][net.size(L) - 1] + radius + nf * 3.4;
        Draw.text(g, "C = " + (c == null ? "?" : Num.sig(c, 4)), x, y, theme.bold(nf * 1.1), c == null ? theme.muted() : theme.foreground(), TextAlignment.LEFT);
    }

    private void drawEta(GraphicsContext g, double f, double y) {
        String s = "η = " + Num.sig(model.eta(), 4);
        Font font = theme.bold(f * 0.9);
        double tw = Draw.width(s, font) + f;
        double x = f * 0.5;
        g.setFill(theme.panel());
        g.fillRoundRect(x, y - f * 0.65, tw, f * 1.3, f * 0.4, f * 0.4);
        Draw.text(g, s, x + f * 0.5, y, font, theme.foreground(), TextAlignment.LEFT);
        hits.add(0, new Hit(new BoundingBox(x, y - f * 0.65, tw, f * 1.3), Param.eta()));
    }

    private static final List<String> LEGEND = List.of("?  not computed yet", "edge width ∝ |w|, dashed when w < 0", "ringed: the current step");

    /** The legend's rows: the colour scale with its first notes, the rest wrapped beneath when narrow. */
    private List<List<String>> legendLines(double f, double w) {
        double size = legendSize(f);
        double x = f * 1.6 + 24 * f * 0.45 + f;
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>());
        for (String item : LEGEND) {
            double iw = Draw.width(item, theme.font(size)) + f * 1.2;
            if (x + iw > w && !rows.get(rows.size() - 1).isEmpty() || x + iw > w && rows.size() == 1) {
                rows.add(new ArrayList<>());
                x = f * 0.5;
            }
            rows.get(rows.size() - 1).add(item);
            x += iw;
        }
        return rows;
    }

    /** The legend's type: a little smaller than the drawing's, but not below 10 px while the drawing's is larger. */
    private static double legendSize(double f) {
        return Math.max(f * 0.72, Math.min(f, 10));
    }

    private int legendRows(double f, double w) {
        return legendLines(f, w).size();
    }

    private void drawLegend(GraphicsContext g, double f, double w, double h) {
        double size = legendSize(f);
        List<List<String>> rows = legendLines(f, w);
        double x = f * 0.5;
        double y = h - f * 1.7 - (rows.size() - 1) * size * 1.4;
        double scale = model.deltaScale();
        int n = 24;
        double bw = f * 0.45;
        Draw.text(g, "δ:", x, y, theme.font(size), theme.foreground(), TextAlignment.LEFT);
        double bx = x + f * 1.1;
        for (int i = 0; i < n; i++) {
            double v = -scale + 2 * scale * (i + 0.5) / n;
            g.setFill(Palette.diverging(v, scale));
            g.fillRect(bx + i * bw, y - size * 0.55, bw + 0.5, size * 1.1);
        }
        Draw.centred(g, "−" + Num.sig(scale, 2), bx, y + size * 1.3, theme.font(size * 0.9), theme.muted());
        Draw.centred(g, "0", bx + n * bw / 2, y + size * 1.3, theme.font(size * 0.9), theme.muted());
        Draw.centred(g, "+" + Num.sig(scale, 2), bx + n * bw, y + size * 1.3, theme.font(size * 0.9), theme.muted());
        for (int r = 0; r < rows.size(); r++) {
            double tx = r == 0 ? bx + n * bw + f : x;
            double ty = r == 0 ? y : y + size * 1.3 + r * size * 1.4;
            Draw.text(g, String.join("    ", rows.get(r)), tx, ty, theme.font(size), theme.muted(), TextAlignment.LEFT);
        }
    }
}
