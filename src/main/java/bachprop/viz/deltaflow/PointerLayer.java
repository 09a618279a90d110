package bachprop.viz.deltaflow;

import bachprop.nn.Network;
import bachprop.viz.common.Theme;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The live Figure 4 over the δ-flow drawing: the neuron or weight pointed at (by the mouse, or by
 * ↑/↓ from the keyboard) gets its labels — wˡₖ,ⱼ with its value, or zˡⱼ, aˡⱼ, bˡⱼ — and the
 * neurons its indices name are ringed and tagged k and j. It maps a mouse position to a
 * {@link Pointer}; the pointer itself knows only indices. Drawn as a few nodes over the canvas,
 * so the drawing (and every export) is untouched.
 */
final class PointerLayer extends Pane {
    private final DeltaFlowModel model;
    private final NetworkCanvas canvas;
    private Theme theme;
    private Pointer pointed;

    PointerLayer(DeltaFlowModel model, NetworkCanvas canvas, Theme theme) {
        this.model = model;
        this.canvas = canvas;
        this.theme = theme;
        setId("pointer");
        setMouseTransparent(true);
        setPickOnBounds(false);
        setMinSize(0, 0);
        setPrefSize(0, 0); // the drawing sets the size; this layer only marks it
    }

    void setTheme(Theme t) {
        theme = t;
        draw();
    }

    Pointer pointed() {
        return pointed;
    }

    /** Points at {@code p} (null: nothing). */
    void point(Pointer p) {
        if (p != null && !valid(p, model.network())) {
            p = null;
        }
        pointed = p;
        draw();
    }

    /** The next (+1) or previous (−1) neuron or weight in reading order, from the one pointed at. */
    void move(int by) {
        List<Pointer> all = Pointer.all(model.network());
        int i = pointed == null ? (by > 0 ? -1 : 0) : all.indexOf(pointed);
        point(all.get(Math.floorMod(i + by, all.size())));
    }

    /** What is at (x, y) of the drawing: a neuron (inside its circle), else a weight (near its edge), else null. */
    Pointer at(double x, double y) {
        double r = canvas.radius();
        Network net = model.network();
        if (r <= 0) {
            return null;
        }
        for (Pointer p : Pointer.all(net)) {
            if (!p.weight() && canvas.neuronCentre(p.l(), p.k()).distance(x, y) <= r) {
                return p;
            }
        }
        Pointer best = null;
        double bestD = Math.max(6, r * 0.15);
        for (Pointer p : Pointer.all(net)) {
            if (p.weight()) {
                Point2D[] e = edge(p);
                double d = distance(new Point2D(x, y), e[0], e[1]);
                if (d <= bestD) {
                    best = p;
                    bestD = d;
                }
            }
        }
        return best;
    }

    private Point2D[] edge(Pointer p) {
        double r = canvas.radius();
        return new Point2D[] {
            canvas.neuronCentre(p.l() - 1, p.j()).add(r, 0),
            canvas.neuronCentre(p.l(), p.k()).subtract(r, 0)
        };
    }

    private static double distance(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double t =
                ab.magnitude() == 0 ? 0 : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / ab.dotProduct(ab)));
        return p.distance(a.add(ab.multiply(t)));
    }

    private static boolean valid(Pointer p, Network net) {
        boolean neuronOk = p.l() >= 1 && p.l() <= net.L() && p.k() >= 0 && p.k() < net.size(p.l());
        return neuronOk && (!p.weight() || (p.l() >= 2 && p.j() >= 0 && p.j() < net.size(p.l() - 1)));
    }

    /** The size and circle radius last drawn at: a resize of the drawing redraws the marks. */
    private String drawnAt = "";

    @Override
    protected void layoutChildren() {
        String at = getWidth() + "x" + getHeight() + "r" + canvas.radius();
        if (!at.equals(drawnAt)) {
            draw(); // after the canvas beneath has placed its neurons
        }
    }

    /** Redraws the marks for the pointer (after the model or the drawing changed). */
    void draw() {
        drawnAt = getWidth() + "x" + getHeight() + "r" + canvas.radius();
        getChildren().clear();
        double r = canvas.radius();
        if (pointed == null || r <= 0 || !valid(pointed, model.network())) {
            return;
        }
        double f = Math.max(12, r * 0.42);
        if (pointed.weight()) {
            Point2D[] e = edge(pointed);
            Line line = new Line(e[0].getX(), e[0].getY(), e[1].getX(), e[1].getY());
            line.setStroke(theme.focus());
            line.setStrokeWidth(5 * theme.scale());
            line.setOpacity(0.85);
            getChildren().add(line);
        }
        List<Pointer.Neuron> named = pointed.named();
        for (int i = 0; i < named.size(); i++) {
            Pointer.Neuron n = named.get(i);
            Point2D c = canvas.neuronCentre(n.layer(), n.index());
            Circle ring = new Circle(c.getX(), c.getY(), r + 4 * theme.scale());
            ring.setFill(null);
            ring.setStroke(theme.focus());
            ring.setStrokeWidth(4 * theme.scale());
            getChildren().add(ring);
            String tag = (pointed.weight() ? (i == 0 ? "k" : "j") : "j") + " = " + (n.index() + 1);
            Label t = label(tag, f, true);
            getChildren().add(t);
            t.applyCss();
            t.autosize(); // this layer lays nothing out itself
            t.relocate(c.getX() - t.getWidth() / 2, c.getY() + r + f * 2.6); // beneath the neuron's z and δ lines
        }
        VBox box = new VBox(2);
        for (String s : pointed.labels(model)) {
            box.getChildren().add(label(s, f, false));
        }
        box.setPadding(new Insets(f * 0.3, f * 0.5, f * 0.3, f * 0.5));
        box.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + "; -fx-border-color: "
                + Theme.web(theme.focus()) + "; -fx-border-width: 2;");
        box.setId("pointerLabels");
        getChildren().add(box);
        box.applyCss();
        box.autosize();
        Point2D anchor = canvas.neuronCentre(pointed.l(), pointed.k());
        double x = anchor.getX() - box.getWidth() - r * 1.3;
        if (x < 4) {
            x = anchor.getX() + r * 1.3;
        }
        double y = Math.max(4, Math.min(getHeight() - box.getHeight() - 4, anchor.getY() + r * 0.6));
        box.relocate(Math.max(4, Math.min(x, getWidth() - box.getWidth() - 4)), y);
    }

    private Label label(String s, double f, boolean bold) {
        Label l = new Label(s);
        l.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, f));
        l.setStyle("-fx-text-fill: " + Theme.web(bold ? theme.focus() : theme.foreground()) + ";");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
