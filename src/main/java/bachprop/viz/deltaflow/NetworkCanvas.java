package bachprop.viz.deltaflow;

import static bachprop.viz.common.Num.sub;
import static bachprop.viz.common.Num.sup;

import bachprop.nn.Equation;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.nn.Symbol;
import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Palette;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The network of the δ-flow view, drawn: neurons in columns (activation inside, z and δ below,
 * the bias above), edges as wide as |w| (dashed when negative), δ in a colour-blind-safe
 * diverging palette, values not computed yet as a dashed "?" (unlike a computed 0), the current
 * step's neuron or weight ringed, and during BP2 one pulse per term wˡ⁺¹ₖ,ⱼ δˡ⁺¹ₖ travelling
 * backward along its edge ({@link PulseOverlay}). What is marked is what the current steps read
 * and wrote, by their {@link Symbol}s ({@link DeltaFlowModel#touched()}); where things go is
 * {@link NetworkLayout}; the weights' labels are {@link WeightLabels}.
 */
public final class NetworkCanvas extends CanvasView {
    /** Where pulses rest in a still frame: a little past the middle of their edge. */
    public static final double REST = 0.45;

    /** A place on the drawing that opens an editor when clicked. */
    public record Hit(Bounds bounds, Param param) {}

    private final DeltaFlowModel model;
    private final DoubleProperty pulse = new SimpleDoubleProperty(REST);
    private final List<Hit> hits = new ArrayList<>();
    private final Pane overlay = new Pane();
    private double[][] cx;
    private double[][] cy;
    private double radius;
    private double labelSize = 14;
    /** Where the legend begins, from the top (the cost keeps above it). */
    private double legendTop;
    /** Where the weight labels went (the pulses' labels keep off them). */
    private List<Bounds> weightLabelBoxes = List.of();

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
            new PulseOverlay(model, theme, overlay, cx, cy, radius, labelSize, weightLabelBoxes)
                    .draw(model.network(), pulse.get());
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
        double f0 = Math.max(
                12 * theme.scale(),
                theme.fontSize(w * 1.3, h * 1.15)); // 12 px: the least that reads well in a side panel
        NetworkLayout lay = NetworkLayout.of(theme, net, model.target(), w, h, f0);
        for (int i = 0;
                i < 12 && lay.required() > w;
                i++) { // too narrow: everything smaller, in proportion, never overlapping
            lay = NetworkLayout.of(
                    theme, net, model.target(), w, h, lay.f() * Math.max(0.5, Math.min(0.97, w / lay.required())));
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
        Set<Symbol> read = model.touched();
        drawTitles(g, net, f, lay.titleRows());
        drawEdges(g, net, nf, read);
        drawNeurons(g, net, nf, read);
        legendTop = Legend.top(theme, f, w, h);
        drawTargetsAndCost(g, net, nf, read);
        drawEta(g, f, lay.etaY());
        Legend.draw(g, theme, model.deltaScale(), f, w, h);
        drawPulses();
    }

    /** The layer titles, each within the drawing: [x, y, w, h] per layer (1-based; test hook). */
    private final List<Bounds> titleBounds = new ArrayList<>();

    public List<Bounds> titleBounds() {
        return List.copyOf(titleBounds);
    }

    private void drawTitles(GraphicsContext g, Network net, double f, int rows) {
        titleBounds.clear();
        Font font = theme.bold(f * 0.9);
        for (int l = 1; l <= net.L(); l++) {
            List<String> lines = rows == 1
                    ? List.of(NetworkLayout.title(net, l))
                    : List.of("layer " + l, "(" + NetworkLayout.role(net, l) + ")");
            double tw = 0;
            for (int i = 0; i < lines.size(); i++) {
                Draw.centred(g, lines.get(i), cx[l][0], f * (1.1 + i), font, theme.foreground());
                tw = Math.max(tw, Draw.width(lines.get(i), font));
            }
            titleBounds.add(new BoundingBox(cx[l][0] - tw / 2, f * 0.6, tw, f * lines.size()));
        }
    }

    private void drawEdges(GraphicsContext g, Network net, double nf, Set<Symbol> read) {
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
                    boolean hot = read.contains(Symbol.w(l, k, j)) || read.contains(Symbol.nablaW(l, k, j));
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
                    hits.add(new Hit(
                            new BoundingBox(
                                    Math.min(x1, x2), Math.min(y1, y2) - 4, Math.abs(x2 - x1), Math.abs(y2 - y1) + 8),
                            Param.weight(l, k, j)));
                }
            }
        }
        WeightLabels weightLabels = new WeightLabels(model, theme, cx, cy, radius, hits);
        weightLabels.place(g, net, labels, nf);
        weightLabelBoxes = weightLabels.boxes();
    }

    private void drawNeurons(GraphicsContext g, Network net, double nf, Set<Symbol> read) {
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
                boolean isRead = read.contains(Symbol.a(l, j))
                        || read.contains(Symbol.delta(l, j))
                        || read.contains(Symbol.z(l, j))
                        || read.contains(Symbol.sigmaPrime(l, j));
                if (isHl || isRead) {
                    g.setStroke(theme.accent());
                    g.setLineWidth((isHl ? 7 : 3) * theme.scale());
                    g.setLineDashes(isHl ? null : new double[] {10, 6});
                    double rr = radius + (isHl ? 7 : 5) * theme.scale();
                    g.strokeOval(x - rr, y - rr, 2 * rr, 2 * rr);
                    g.setLineDashes(null);
                }
                Color ink = d != null ? Palette.textOn(fill) : (a != null ? theme.foreground() : theme.muted());
                String name = l == 1
                        ? "x" + sub(j + 1) + " = a¹" + sub(j + 1)
                        : "a" + sup(l) + sub(j + 1); // the trace calls the inputs a¹
                double inner = Math.min(nf, radius * 0.52);
                Draw.centred(g, name, x, y - radius * 0.42, theme.font(inner * 0.8), ink);
                Draw.textFit(
                        g,
                        a == null ? "?" : Num.sig(a, 4),
                        x,
                        y + radius * 0.18,
                        a == null ? theme.bold(inner * 1.1) : theme.bold(inner),
                        ink,
                        TextAlignment.CENTER,
                        radius * 1.8);
                if (l == 1) {
                    hits.add(
                            0,
                            new Hit(new BoundingBox(x - radius, y - radius, 2 * radius, 2 * radius), Param.input(j)));
                    continue;
                }
                // the bias above the neuron
                double bv = net.bias(l, j);
                Double bNew = model.updatedBias(l, j);
                String bText = "b " + Num.sig(bv, 4) + (bNew != null ? " → " + Num.sig(bNew, 4) : "");
                Font bf = theme.font(nf * 0.85);
                double bw = Draw.width(bText, bf) + nf * 0.6;
                double by = y - radius - nf * 1.05;
                boolean bHot = read.contains(Symbol.b(l, j)) || read.contains(Symbol.nablaB(l, j));
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
        Draw.centred(
                g,
                s,
                x,
                y,
                v == null ? theme.font(size) : theme.bold(size),
                v == null ? theme.muted() : theme.foreground());
    }

    private void drawTargetsAndCost(GraphicsContext g, Network net, double nf, Set<Symbol> read) {
        int L = net.L();
        for (int k = 0; k < net.size(L); k++) {
            double x = cx[L][k] + radius * 1.35;
            double y = cy[L][k];
            String s = "y" + sub(k + 1) + " = " + Num.sig(model.target().get(k), 4);
            Font font = theme.bold(nf);
            double tw = Draw.width(s, font) + nf;
            boolean hot = read.contains(Symbol.y(k)); // the cost and BP1 read y
            g.setFill(theme.panel());
            g.fillRoundRect(x, y - nf * 0.8, tw, nf * 1.6, nf * 0.5, nf * 0.5);
            g.setStroke(hot ? theme.accent() : theme.grid());
            g.setLineWidth(hot ? 3 * theme.scale() : 1);
            g.strokeRoundRect(x, y - nf * 0.8, tw, nf * 1.6, nf * 0.5, nf * 0.5);
            Draw.text(g, s, x + nf * 0.5, y, font, theme.foreground(), TextAlignment.LEFT);
            hits.add(0, new Hit(new BoundingBox(x, y - nf * 0.8, tw, nf * 1.6), Param.target(k)));
        }
        Double c = model.cost();
        int last = net.size(L) - 1;
        double x = cx[L][0] + radius * 1.35;
        double below = cy[L][last] + radius + nf * 3.4;
        double y = Math.min(below, legendTop - nf * 2.1); // C and "after" (2 nf high) end above the legend
        String cText = "C = " + (c == null ? "?" : Num.sig(c, 4));
        if (y < below) { // raised beside the last neuron's z and δ lines: right of them, within the drawing
            Double d = model.delta(L, last);
            String dText =
                    (model.nablaB(L, last) != null ? "δ = ∂C/∂b" : "δ") + " " + (d == null ? "?" : Num.sig(d, 4));
            x = Math.max(x, cx[L][last] + Draw.width(dText, theme.bold(nf * 0.9)) / 2 + nf * 0.5);
            x = Math.min(x, canvas.getWidth() - Draw.width(cText, theme.bold(nf * 1.1)) - nf * 0.2);
        }
        Draw.text(
                g,
                cText,
                x,
                y,
                theme.bold(nf * 1.1),
                c == null ? theme.muted() : theme.foreground(),
                TextAlignment.LEFT);
        Double after = model.costAfter();
        if (after != null) { // (eq. 7) on the updated network, as `bachprop trace` prints it
            Draw.text(
                    g,
                    "after: " + Num.sig(after, 4),
                    x,
                    y + nf * 1.4,
                    theme.bold(nf * 0.9),
                    theme.foreground(),
                    TextAlignment.LEFT);
        }
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
}
