package bachprop.viz.neuron;

import static bachprop.viz.common.Num.sub;

import bachprop.nn.Sigmoid;
import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Palette;
import bachprop.viz.common.Theme;
import bachprop.viz.common.Themed;
import bachprop.viz.common.Unbindable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.geometry.Insets;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** Sliders for every input, weight and the bias beside the drawn neuron and its place on σ. */
public final class NeuronView extends BorderPane implements Unbindable, Themed {
    private final NeuronModel model;
    private final Drawing drawing;
    private final VBox sliders = new VBox(4);
    /** Narrow (a side panel): the sliders go beneath the drawing, several to a row. */
    private final FlowPane sliderRows = new FlowPane(16, 4);

    private final List<VBox> cells = new ArrayList<>();
    private Theme theme;
    private Boolean narrow;

    /** Below this width the sliders would squeeze the drawing: they go beneath it. */
    public static final double NARROW = 800;

    public NeuronView(NeuronModel model, Theme theme) {
        this.model = model;
        this.drawing = new Drawing(model, theme);
        this.theme = theme;
        sliders.setPadding(new Insets(16));
        sliderRows.setPadding(new Insets(8, 12, 8, 12));
        for (int i = 0; i < model.n(); i++) {
            final int fi = i;
            slider("x" + sub(i + 1), -1, 1, model.x(i), v -> model.setX(fi, v));
        }
        for (int i = 0; i < model.n(); i++) {
            final int fi = i;
            slider("w" + sub(i + 1), -3, 3, model.w(i), v -> model.setW(fi, v));
        }
        slider("b", -3, 3, model.b(), model::setB);
        sliders.setPrefWidth(300 * theme.scale());
        drawing.setMinSize(0, 0);
        setCenter(drawing);
        setPrefSize(1200, 700);
        widthProperty().addListener((o, a, b) -> arrange(b.doubleValue() < NARROW));
        arrange(false);
        setTheme(theme);
    }

    /** True when the sliders sit beneath the drawing. */
    public boolean isNarrow() {
        return Boolean.TRUE.equals(narrow);
    }

    private void arrange(boolean toNarrow) {
        if (narrow != null && narrow == toNarrow) {
            return;
        }
        narrow = toNarrow;
        sliders.getChildren().clear();
        sliderRows.getChildren().clear();
        for (VBox c : cells) {
            c.setPrefWidth(toNarrow ? 160 * theme.scale() : -1);
        }
        (toNarrow ? sliderRows.getChildren() : sliders.getChildren()).addAll(cells);
        setLeft(toNarrow ? null : sliders);
        setBottom(toNarrow ? sliderRows : null);
        setTheme(theme);
    }

    private double labelSize() {
        return (isNarrow() ? 15 : 22) * theme.scale();
    }

    private void slider(String name, double min, double max, double value, DoubleConsumer set) {
        Label label = new Label();
        Slider s = new Slider(min, max, value);
        s.setId("slider-" + name);
        s.setShowTickMarks(true);
        s.setMajorTickUnit((max - min) / 4);
        label.setText(name + " = " + Num.sig(value, 3));
        s.valueProperty().addListener((o, a, b) -> {
            double v = Math.round(b.doubleValue() * 100) / 100.0;
            label.setText(name + " = " + Num.sig(v, 3));
            set.accept(v);
        });
        VBox cell = new VBox(2, label, s);
        cells.add(cell);
    }

    @Override
    public void setTheme(Theme theme) {
        this.theme = theme;
        drawing.setTheme(theme);
        setStyle("-fx-background-color: " + Theme.web(theme.background()) + ";");
        sliders.setStyle("-fx-background-color: " + Theme.web(theme.panel()) + ";");
        sliderRows.setStyle(sliders.getStyle());
        for (VBox c : cells) {
            c.getChildren()
                    .get(0)
                    .setStyle("-fx-text-fill: " + Theme.web(theme.foreground()) + "; -fx-font-size: "
                            + Math.round(labelSize()) + "px;");
        }
    }

    @Override
    public void unbind() {
        drawing.unbind();
    }

    /** The neuron drawn: inputs on the left, weights on the edges, the sum, σ, and the curve. */
    static final class Drawing extends CanvasView {
        private final NeuronModel model;

        Drawing(NeuronModel model, Theme theme) {
            super(model, theme);
            this.model = model;
        }

        /** In the projector theme (presenter sizes) an input's name sits a further 0.15 f above its bold value. */
        private double projectorGap(double f) {
            return theme.leastTextPx() > 0 ? f * 0.15 : 0;
        }

        @Override
        protected void draw(GraphicsContext g, double w, double h) {
            double f = theme.fontSize(w * 1.4, h * 1.2);
            int n = model.n();
            int st = model.step();
            double cx = w * 0.42;
            double cy = h * 0.42;
            double r = Math.min(w, h) * 0.11;
            Draw.centred(g, NeuronModel.STEPS[st], w / 2, f * 1.2, theme.bold(f), theme.foreground());
            for (int i = 0; i < n; i++) {
                double ix = w * 0.08;
                double iy = cy + (i - (n - 1) / 2.0) * h * 0.2;
                double wi = model.w(i);
                g.setStroke(theme.muted());
                g.setLineWidth(1 + 3 * Math.min(1, Math.abs(wi) / 3) * 2);
                g.setLineDashes(wi < 0 ? new double[] {10, 6} : null);
                g.strokeLine(ix + f * 1.6, iy, cx - r, cy);
                g.setLineDashes(null);
                g.setFill(theme.panel());
                g.fillOval(ix - f * 1.6, iy - f * 1.6, f * 3.2, f * 3.2);
                g.setStroke(theme.foreground());
                g.setLineWidth(2);
                g.strokeOval(ix - f * 1.6, iy - f * 1.6, f * 3.2, f * 3.2);
                Draw.centred( // raised by what the theme's least size added, clear of the value
                        g,
                        "x" + sub(i + 1),
                        ix,
                        iy - f * 0.5 - theme.grown(f * 0.8) - projectorGap(f),
                        theme.font(f * 0.8),
                        theme.muted());
                Draw.centred(g, Num.sig(model.x(i), 3), ix, iy + f * 0.45, theme.bold(f), theme.foreground());
            }
            for (int i = 0; i < n; i++) { // the labels over every edge, not under the next one
                double ix = w * 0.08;
                double iy = cy + (i - (n - 1) / 2.0) * h * 0.2;
                double wi = model.w(i);
                double t = i % 2 == 0 ? 0.3 : 0.56; // alternate along the edges so neighbouring labels do not overlap
                double mx = ix + f * 1.6 + (cx - r - ix - f * 1.6) * t;
                double my = iy + (cy - iy) * t;
                String label = "w" + sub(i + 1) + " = " + Num.sig(wi, 3);
                String product = st >= 1 ? "x·w = " + Num.sig(model.x(i) * wi, 4) : "";
                double tw =
                        Math.max(Draw.width(label, theme.font(f * 0.9)), Draw.width(product, theme.bold(f * 0.9))) + f;
                mx = Math.min(
                        mx, cx - r - tw / 2 - f * 0.4); // clear of the neuron when the edges are short (a side panel)
                double lines = st >= 1 ? 2 : 1;
                g.setFill(theme.background());
                g.fillRoundRect(mx - tw / 2, my - f * 0.7, tw, f * 1.25 * lines + f * 0.2, 8, 8);
                g.setStroke(theme.grid());
                g.setLineWidth(1);
                g.strokeRoundRect(mx - tw / 2, my - f * 0.7, tw, f * 1.25 * lines + f * 0.2, 8, 8);
                Draw.centred(g, label, mx, my, theme.font(f * 0.9), theme.foreground());
                if (st >= 1) {
                    Draw.centred(g, product, mx, my + f * 1.25, theme.bold(f * 0.9), theme.accent());
                }
            }
            Color body = st >= 4 ? Color.web("#f1a340").deriveColor(0, model.a(), 1, 1) : theme.panel();
            g.setFill(body);
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setStroke(theme.foreground());
            g.setLineWidth(3);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            Color ink = st >= 4 ? Palette.textOn(body) : theme.foreground(); // legible on the orange fill
            Draw.centred(g, st >= 4 ? "σ(z)" : "Σ", cx, cy - r * 0.3, theme.bold(f * 1.2), ink);
            Draw.centred(
                    g,
                    "b = " + Num.sig(model.b(), 3),
                    cx,
                    cy + r * 0.35,
                    st == 3 ? theme.bold(f * 0.9) : theme.font(f * 0.9),
                    st == 3 ? theme.accent() : ink);
            Draw.arrow(g, cx + r, cy, cx + r + w * 0.045, cy, f * 0.8, theme.foreground(), 3);
            Draw.textFit(
                    g,
                    st >= 4 ? "a = " + Num.sig(model.a(), 4) : "a = ?",
                    cx + r + w * 0.05,
                    cy,
                    theme.bold(f * 1.1),
                    theme.foreground(),
                    TextAlignment.LEFT,
                    w * 0.78 - f * 2.2 - (cx + r + w * 0.05)); // stops short of the σ plot's tick labels
            // the sums, one per stage
            double ty = h * 0.78;
            StringBuilder terms = new StringBuilder();
            for (int i = 0; i < n; i++) {
                terms.append(i == 0 ? "" : " + ")
                        .append(paren(model.x(i)))
                        .append("·")
                        .append(paren(model.w(i)));
            }
            String[] lines = {
                st >= 2 ? "z′ = x·w = " + terms + " = " + Num.sig(model.zPrime(), 4) : "",
                st >= 3
                        ? "z = x·w + b = " + Num.sig(model.zPrime(), 4) + " + " + paren(model.b()) + " = "
                                + Num.sig(model.z(), 4)
                        : "",
                st >= 4 ? "a = σ(z) = 1 / (1 + e^(−z)) = " + Num.sig(model.a(), 4) : ""
            };
            for (int i = 0; i < lines.length; i++) {
                Draw.text(
                        g,
                        lines[i],
                        w * 0.04,
                        ty + i * f * 1.5,
                        theme.font(f * 1.05),
                        theme.foreground(),
                        TextAlignment.LEFT);
            }
            // σ with the neuron's point on it
            Draw.Scale xs = new Draw.Scale(-6, 6, w * 0.78, w * 0.97);
            Draw.Scale ys = new Draw.Scale(0, 1, h * 0.62, h * 0.2);
            Draw.axes(g, xs, ys, 3, 0.5, theme, f * 0.8, "z", "σ(z)");
            g.setStroke(theme.foreground());
            g.setLineWidth(2.5);
            g.beginPath();
            for (int i = 0; i <= 120; i++) {
                double z = -6 + 12 * i / 120.0;
                if (i == 0) {
                    g.moveTo(xs.px(z), ys.px(Sigmoid.sigma(z)));
                } else {
                    g.lineTo(xs.px(z), ys.px(Sigmoid.sigma(z)));
                }
            }
            g.stroke();
            if (st >= 3) {
                double z = Math.max(-6, Math.min(6, model.z()));
                double pr = f * 0.45;
                g.setFill(theme.accent());
                g.fillOval(xs.px(z) - pr, ys.px(Sigmoid.sigma(z)) - pr, 2 * pr, 2 * pr);
            }
        }

        private static String paren(double v) {
            return v < 0 ? "(" + Num.sig(v, 3) + ")" : Num.sig(v, 3);
        }
    }
}
