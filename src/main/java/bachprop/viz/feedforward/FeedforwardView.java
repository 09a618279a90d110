package bachprop.viz.feedforward;

import bachprop.nn.Network;
import bachprop.viz.common.CanvasView;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Palette;
import bachprop.viz.common.Theme;
import java.util.function.IntFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** Layers in columns; each press computes one more layer, its vector equation written beneath. */
public final class FeedforwardView extends CanvasView {
    private final FeedforwardModel model;

    public FeedforwardView(FeedforwardModel model, Theme theme) {
        super(model, theme);
        this.model = model;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Network net = model.network();
        int L = net.L();
        double f = theme.fontSize(w, h);
        int maxN = 1;
        for (int l = 1; l <= L; l++) {
            maxN = Math.max(maxN, net.size(l));
        }
        double top = f * 3;
        double bottom = h * 0.66;
        double spacing = (bottom - top) / maxN;
        double r = Math.min(spacing * 0.36, f * 2.4);
        double[][] px = new double[L + 1][];
        double[][] py = new double[L + 1][];
        for (int l = 1; l <= L; l++) {
            px[l] = new double[net.size(l)];
            py[l] = new double[net.size(l)];
            for (int j = 0; j < net.size(l); j++) {
                px[l][j] = w * 0.1 + (w * 0.8) * (l - 1) / (L - 1);
                py[l][j] = (top + bottom) / 2 + (j - (net.size(l) - 1) / 2.0) * spacing;
            }
            String role = l == 1 ? "input" : l == L ? "output" : "hidden";
            Draw.centred(
                    g, "layer " + l + " (" + role + ")", px[l][0], f * 1.2, theme.bold(f * 0.9), theme.foreground());
        }
        for (int l = 2; l <= L; l++) {
            boolean done = l <= model.computedLayer();
            boolean now = l == model.computedLayer() && model.step() > 0;
            for (int k = 0; k < net.size(l); k++) {
                for (int j = 0; j < net.size(l - 1); j++) {
                    double wv = net.weight(l, k, j);
                    g.setStroke(now ? theme.accent() : done ? theme.muted() : theme.grid());
                    g.setLineWidth(1 + 3 * Math.min(1, Math.abs(wv) / 2));
                    g.setLineDashes(wv < 0 ? new double[] {8, 5} : null);
                    g.strokeLine(px[l - 1][j] + r, py[l - 1][j], px[l][k] - r, py[l][k]);
                    g.setLineDashes(null);
                }
            }
        }
        for (int l = 1; l <= L; l++) {
            for (int j = 0; j < net.size(l); j++) {
                Double a = model.a(l, j);
                Color fill = a == null ? theme.background() : Palette.diverging(a, 1.0);
                g.setFill(fill);
                g.fillOval(px[l][j] - r, py[l][j] - r, 2 * r, 2 * r);
                g.setStroke(a == null ? theme.muted() : theme.foreground());
                g.setLineWidth(l == model.computedLayer() && l > 1 && a != null ? 5 : 2);
                g.setLineDashes(a == null ? new double[] {6, 5} : null);
                g.strokeOval(px[l][j] - r, py[l][j] - r, 2 * r, 2 * r);
                g.setLineDashes(null);
                Draw.textFit(
                        g,
                        a == null ? "?" : Num.sig(a, 3),
                        px[l][j],
                        py[l][j],
                        theme.bold(Math.min(f, r * 0.62)),
                        a == null ? theme.muted() : Palette.textOn(fill),
                        TextAlignment.CENTER,
                        r * 1.75);
            }
        }
        int l = model.computedLayer();
        double y = h * 0.75;
        if (l == 1) {
            Draw.centred(
                    g,
                    "The input layer holds x. Press → to feed it forward one layer at a time.",
                    w / 2,
                    y,
                    theme.font(f),
                    theme.foreground());
            return;
        }
        // The text's eq. 4 writes z = xW + b; we use the column form zˡ = Wˡ aˡ⁻¹ + bˡ (see chapter 1).
        StringBuilder tex = new StringBuilder("z^{" + l + "} = W^{" + l + "} a^{" + (l - 1) + "} + b^{" + l + "} = ");
        tex.append(matrix(net, l))
                .append(vector(net.size(l - 1), j -> model.a(l - 1, j)))
                .append(" + ")
                .append(vector(net.size(l), j -> net.bias(l, j)))
                .append(" = ")
                .append(vector(net.size(l), j -> model.z(l, j)));
        Draw.texFit(g, tex.toString(), w * 0.03, y, f * 1.05, w * 0.94, theme.foreground());
        Draw.texFit(
                g,
                "a^{" + l + "} = \\sigma(z^{" + l + "}) = " + vector(net.size(l), j -> model.a(l, j)),
                w * 0.03,
                h * 0.91,
                f * 1.05,
                w * 0.94,
                theme.foreground());
    }

    private static String matrix(Network net, int l) {
        StringBuilder sb = new StringBuilder("\\begin{pmatrix}");
        for (int k = 0; k < net.size(l); k++) {
            for (int j = 0; j < net.size(l - 1); j++) {
                sb.append(j == 0 ? "" : " & ").append(tex(net.weight(l, k, j)));
            }
            sb.append(k + 1 < net.size(l) ? " \\\\ " : "");
        }
        return sb.append("\\end{pmatrix}").toString();
    }

    private static String vector(int n, IntFunction<Double> v) {
        StringBuilder sb = new StringBuilder("\\begin{pmatrix}");
        for (int j = 0; j < n; j++) {
            sb.append(tex(v.apply(j))).append(j + 1 < n ? " \\\\ " : "");
        }
        return sb.append("\\end{pmatrix}").toString();
    }

    private static String tex(Double d) {
        return d == null ? "?" : Num.sig(d, 3).replace('−', '-');
    }
}
