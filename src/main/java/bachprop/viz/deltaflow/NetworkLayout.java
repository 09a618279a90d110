package bachprop.viz.deltaflow;

import static bachprop.viz.common.Num.sub;

import bachprop.nn.Network;
import bachprop.nn.Vec;
import bachprop.viz.common.Draw;
import bachprop.viz.common.Num;
import bachprop.viz.common.Theme;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;

/**
 * Where things go at font size {@code f}: the columns spread over the width (as far as 9 % and
 * 80 % of it when there is room), never closer than their titles, z/δ lines, biases and a
 * weight label need. {@code required} is the width that needs; above {@code w} the caller
 * tries again with a smaller {@code f}.
 */
record NetworkLayout(
        double f,
        double nf,
        double radius,
        double spacing,
        double top,
        double bottom,
        double etaY,
        int titleRows,
        double[] colX,
        double required) {

    static NetworkLayout of(Theme theme, Network net, Vec target, double w, double h, double f) {
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
            twoLines[l] =
                    Math.max(Draw.width("layer " + l, titleFont), Draw.width("(" + role(net, l) + ")", titleFont));
        }
        double legendH = Legend.rows(theme, f, w) * Legend.size(theme, f) * 1.4;
        NetworkLayout best = null;
        for (int rows = 1; rows <= 2; rows++) {
            double[] tw = rows == 1 ? oneLine : twoLines;
            double top = f * (3.2 + (rows - 1));
            double bottom = h - f * 3.6 - (legendH - Legend.size(theme, f) * 1.4);
            double spacing = Math.max(1, (bottom - top) / maxN);
            double nf = Math.min(f, spacing / 8.3);
            double r = Math.max(nf * 1.75, Math.min(f * 2.6, (spacing - 4.8 * nf) / 2));
            double zd = Draw.width("δ = ∂C/∂b −0.0000", theme.bold(nf * 0.9));
            double bias = Draw.width("b −0.0000 → −0.0000", theme.font(nf * 0.85)) + nf * 0.6;
            double right = r * 1.35 + nf + Draw.width("C = 0.0000", theme.bold(nf * 1.1));
            for (int k = 0; k < net.size(L); k++) {
                right = Math.max(
                        right,
                        r * 1.35
                                + nf * 2
                                + Draw.width("y" + sub(k + 1) + " = " + Num.sig(target.get(k), 4), theme.bold(nf)));
            }
            right = Math.max(right, tw[L] / 2);
            double left = Math.max(r, tw[1] / 2);
            double[] gap = new double[L + 1]; // gap[l]: the least distance between columns l−1 and l
            double sum = 0;
            for (int l = 2; l <= L; l++) {
                gap[l] = Math.max(
                        Math.max(2 * r + nf * 6, zd + nf),
                        Math.max(tw[l - 1] / 2 + tw[l] / 2 + f * 0.8, l > 2 ? bias + nf : bias / 2 + r + nf));
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
            NetworkLayout lay =
                    new NetworkLayout(f, nf, r, spacing, top, bottom, f * (2.4 + (rows - 1)), rows, colX, required);
            if (required <= w || rows == 2) {
                return best != null && best.required() <= lay.required() ? best : lay;
            }
            best = lay;
        }
        return best;
    }

    static String role(Network net, int l) {
        return l == 1 ? "input" : l == net.L() ? "output" : "hidden";
    }

    static String title(Network net, int l) {
        return "layer " + l + " (" + role(net, l) + ")";
    }

    /** The area two boxes share (0 when apart): the cost of putting a label where it covers something. */
    static double overlap(Bounds a, Bounds b) {
        double ox = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double oy = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return ox > 0 && oy > 0 ? ox * oy : 0;
    }
}
