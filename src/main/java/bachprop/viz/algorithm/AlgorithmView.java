package bachprop.viz.algorithm;

import bachprop.nn.Example;
import bachprop.nn.ForwardPass;
import bachprop.nn.Network;
import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The seven steps as boxes, the current one lit, with what it computes on the right. */
public final class AlgorithmView extends CanvasView {
    private final AlgorithmModel model;

    public AlgorithmView(AlgorithmModel model, Theme theme) {
        super(model, theme);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double f = theme.fontSize(w, h);
        Draw.text(
                g,
                "The machine learning algorithm (section 5)",
                w * 0.03,
                f * 1.4,
                theme.bold(f * 1.1),
                theme.foreground(),
                TextAlignment.LEFT);
        double bx = w * 0.03;
        double bw = w * 0.44;
        double bh = (h - f * 3.5) / 7 - f * 0.5;
        for (int i = 0; i < 7; i++) {
            double by = f * 3 + i * (bh + f * 0.5);
            boolean now = model.step() == i + 1;
            boolean done = model.step() > i + 1;
            g.setFill(now ? theme.accent().deriveColor(0, 0.6, 1, 0.25) : theme.panel());
            g.fillRoundRect(bx, by, bw, bh, 16, 16);
            g.setStroke(now ? theme.accent() : theme.grid());
            g.setLineWidth(now ? 5 : 1.5);
            g.strokeRoundRect(bx, by, bw, bh, 16, 16);
            Draw.text(
                    g,
                    Integer.toString(i + 1),
                    bx + f,
                    by + bh / 2,
                    theme.bold(f * 1.4),
                    now ? theme.accent() : done ? theme.foreground() : theme.muted(),
                    TextAlignment.LEFT);
            wrap(
                    g,
                    AlgorithmModel.STEPS[i],
                    bx + f * 2.8,
                    by + bh / 2,
                    bw - f * 3.4,
                    f * 0.85,
                    now || done ? theme.foreground() : theme.muted());
        }
        double tx = w * 0.51;
        double ty = f * 3.4;
        List<String> lines = details();
        for (int i = 0; i < lines.size(); i++) {
            Draw.textFit(
                    g,
                    lines.get(i),
                    tx,
                    ty + i * f * 1.6,
                    i == 0 ? theme.bold(f * 1.05) : theme.font(f),
                    theme.foreground(),
                    TextAlignment.LEFT,
                    w - tx - f);
        }
        if (model.step() == 7) {
            List<Double> c = model.costs();
            double max = c.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            Draw.Scale xs = new Draw.Scale(0, c.size() - 1, tx + f * 2, w * 0.96);
            Draw.Scale ys = new Draw.Scale(0, max * 1.05, h * 0.9, h * 0.42);
            Draw.axes(
                    g,
                    xs,
                    ys,
                    Math.max(1, Math.round((c.size() - 1) / 6.0)),
                    Draw.niceStep(max, 4),
                    theme,
                    f * 0.75,
                    "epoch",
                    "mean cost");
            g.setStroke(
                    theme.dark()
                            ? Color.web("#56b4e9")
                            : Color.web("#0072b2")); // Okabe–Ito blue, the lighter one on black
            g.setLineWidth(3.5 * theme.scale());
            g.beginPath();
            for (int i = 0; i < c.size(); i++) {
                if (i == 0) {
                    g.moveTo(xs.px(i), ys.px(c.get(i)));
                } else {
                    g.lineTo(xs.px(i), ys.px(c.get(i)));
                }
            }
            g.stroke();
        }
    }

    private List<String> details() {
        List<String> l = new ArrayList<>();
        Network net = model.start();
        Example e = model.data().get(1);
        switch (model.step()) {
            case 0 -> {
                l.add("A 2-2-1 network learning OR from four examples.");
                l.add("Press → to walk through one round of the algorithm.");
            }
            case 1 -> {
                l.add("Step 1: cost C = ½ Σ (y − a)², random start (N(0, 1))");
                l.add("W² = " + net.weight(2).toString().replace("\n", " "));
                l.add("b² = " + net.bias(2));
                l.add("W³ = " + net.weight(3).toString().replace("\n", " "));
                l.add("b³ = " + net.bias(3));
            }
            case 2 -> {
                ForwardPass fp = net.forward(e.x(), null);
                l.add("Step 2: feed forward x = " + e.x() + " (target y = " + e.y() + ")");
                l.add("z² = " + fp.z(2) + "   a² = σ(z²) = " + fp.a(2));
                l.add("z³ = " + fp.z(3) + "   a³ = " + fp.a(3));
                l.add("C = " + Num.sig(net.cost(e.x(), e.y()), 4));
            }
            case 3 -> {
                l.add("Step 3: errors, BP1 then BP2 (backward)");
                l.add("δ³ = (a³ − y) ⊙ σ′(z³) = " + model.firstGradient().nablaB(3));
                l.add("δ² = ((W³)ᵀ δ³) ⊙ σ′(z²) = " + model.firstGradient().nablaB(2));
            }
            case 4 -> {
                l.add("Step 4: BP3 and BP4 give ∇C for this example");
                l.add("∂C/∂b³ = δ³ = " + model.firstGradient().nablaB(3));
                l.add("∂C/∂W³ = δ³ (a²)ᵀ = "
                        + model.firstGradient().nablaW(3).toString().replace("\n", " "));
                l.add("∂C/∂b² = δ² = " + model.firstGradient().nablaB(2));
                l.add("∂C/∂W² = δ² xᵀ = "
                        + model.firstGradient().nablaW(2).toString().replace("\n", " "));
            }
            case 5 -> {
                l.add("Step 5: average over a mini-batch of 2 examples");
                l.add("examples: " + model.data().get(0) + ";  " + model.data().get(1));
                l.add("mean ∂C/∂W³ = "
                        + model.meanGradient().nablaW(3).toString().replace("\n", " "));
                l.add("mean ∂C/∂b³ = " + model.meanGradient().nablaB(3));
                l.add("mean ∂C/∂b² = " + model.meanGradient().nablaB(2));
            }
            case 6 -> {
                l.add("Step 6: v → v − η · (mean ∇C) with η = " + Num.sig(model.eta(), 3));
                l.add("W³: " + net.weight(3).toString().replace("\n", " ") + " → "
                        + model.afterOne().weight(3).toString().replace("\n", " "));
                l.add("b³: " + net.bias(3) + " → " + model.afterOne().bias(3));
                l.add("mean cost over all four: " + Num.sig(net.meanCost(model.data()), 4) + " → "
                        + Num.sig(model.afterOne().meanCost(model.data()), 4));
            }
            default -> {
                List<Double> c = model.costs();
                l.add("Step 7: repeat — " + (c.size() - 1) + " epochs of mini-batches of 2");
                l.add("mean cost: " + Num.sig(c.get(0), 4) + " → " + Num.sig(c.get(c.size() - 1), 4));
            }
        }
        return l;
    }

    private void wrap(GraphicsContext g, String s, double x, double cy, double width, double size, Color c) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && Draw.width(line + " " + word, theme.font(size)) > width) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        for (int i = 0; i < lines.size(); i++) {
            Draw.text(
                    g,
                    lines.get(i),
                    x,
                    cy + (i - (lines.size() - 1) / 2.0) * size * 1.25,
                    theme.font(size),
                    c,
                    TextAlignment.LEFT);
        }
    }
}
