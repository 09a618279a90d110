package bachprop.viz.deltaflow;

import bachprop.nn.Fmt;
import bachprop.nn.Network;
import bachprop.nn.Operand;
import bachprop.nn.Quantity;
import bachprop.nn.Sigmoid;
import bachprop.nn.Step;
import bachprop.nn.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells which factor of an equation a wrong quiz answer got wrong, when that can be told: each
 * equation has a list of classic slips, each slip's value is worked out from the numbers the
 * step read (found by their {@link Symbol}s; and the network before the update), and an answer
 * that matches a slip names it.
 */
final class Diagnosis {
    record Slip(double value, String hint) {}

    private final DeltaFlowModel model;

    Diagnosis(DeltaFlowModel model) {
        this.model = model;
    }

    /** The hint for {@code answer} to {@code s}, or "" when no known slip explains it. */
    String explain(Step s, double answer) {
        for (Slip slip : slips(s)) {
            if (Double.isFinite(slip.value())
                    && QuizResult.close(answer, slip.value())
                    && !QuizResult.close(slip.value(), s.value())) {
                return slip.hint();
            }
        }
        double truth = s.value();
        if (truth != 0 && QuizResult.close(-answer, truth)) {
            return "The size is right but the sign is wrong.";
        }
        if (truth != 0 && answer != 0) {
            double ratio = answer / truth;
            double decades = Math.log10(Math.abs(ratio));
            if (ratio > 0 && Math.abs(decades - Math.rint(decades)) < 0.002 && Math.rint(decades) != 0) {
                return "The digits are right but the decimal point is off by a factor of 10^"
                        + (long) Math.rint(decades) + ".";
            }
        }
        return "";
    }

    List<Slip> slips(Step s) {
        List<Slip> out = new ArrayList<>();
        Network net = model.network();
        int l = s.layer();
        int j = s.neuron();
        switch (s.equation()) {
            case Z -> {
                int n = net.size(l - 1);
                Operand b = s.read(Symbol.b(l, j));
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += s.read(Symbol.w(l, j, i)).value()
                            * s.read(Symbol.a(l - 1, i)).value();
                }
                out.add(new Slip(sum, "You left out the bias " + b.name() + "."));
                out.add(new Slip(
                        Sigmoid.sigma(s.value()), "That is the activation σ(z); z is the weighted input before σ."));
                for (int i = 0; i < n; i++) {
                    Operand w = s.read(Symbol.w(l, j, i));
                    Operand a = s.read(Symbol.a(l - 1, i));
                    out.add(new Slip(
                            s.value() - w.value() * a.value(),
                            "You left out the term " + w.name() + "·" + a.name() + "."));
                }
                if (net.size(l) == net.size(l - 1)) {
                    double t = b.value();
                    for (int i = 0; i < n; i++) {
                        t += net.weight(l, i, j) * s.read(Symbol.a(l - 1, i)).value();
                    }
                    out.add(
                            new Slip(
                                    t,
                                    "You used the column wˡᵢ,ⱼ instead of the row wˡⱼ,ᵢ: the weights into neuron j are row j of Wˡ."));
                }
            }
            case A -> {
                double z = s.read(Symbol.z(l, j)).value();
                out.add(new Slip(z, "That is z itself: the activation is σ(z)."));
                out.add(new Slip(
                        Sigmoid.sigmaPrime(z),
                        "That is σ′(z) = σ(z)(1 − σ(z)); the activation is σ(z) = 1/(1 + e⁻ᶻ)."));
                out.add(new Slip(1 - s.value(), "Check the sign in the exponent: σ(z) = 1/(1 + e⁻ᶻ)."));
            }
            case COST -> {
                double half = 0;
                double abs = 0;
                for (int k = 0; k < net.size(l); k++) {
                    double gap =
                            s.read(Symbol.y(k)).value() - s.read(Symbol.a(l, k)).value();
                    half += gap * gap;
                    abs += Math.abs(gap);
                }
                out.add(new Slip(half, "You left out the ½ in front of the sum."));
                out.add(new Slip(abs / 2, "Square each gap (y − a) before adding."));
                out.add(new Slip(abs, "Square each gap (y − a) before adding, and halve the sum."));
            }
            case BP1 -> {
                double a = s.read(Symbol.a(l, j)).value();
                double y = s.read(Symbol.y(j)).value();
                double sp = s.read(Symbol.sigmaPrime(l, j)).value();
                out.add(new Slip(a - y, "You left out the factor σ′(z) = " + fmt(sp) + "."));
                out.add(new Slip((y - a) * sp, "The factor is (a − y), not (y − a): the sign is off."));
                out.add(new Slip(
                        (a - y) * a, "You multiplied by σ(z) = a; the factor is σ′(z) = a(1 − a) = " + fmt(sp) + "."));
                out.add(new Slip(
                        (a - y) * (1 - a),
                        "You multiplied by (1 − a); the factor is σ′(z) = a(1 − a) = " + fmt(sp) + "."));
            }
            case BP2 -> {
                int m = net.size(l + 1);
                double sp = s.read(Symbol.sigmaPrime(l, j)).value();
                double sum = 0;
                for (int k = 0; k < m; k++) {
                    sum += term(s, k);
                }
                out.add(new Slip(sum, "You left out the factor σ′(z) = " + fmt(sp) + "."));
                Double a = model.traceValue(Symbol.a(l, j));
                if (a != null) {
                    out.add(new Slip(
                            sum * a, "You multiplied by σ(z) = a; the factor is σ′(z) = a(1 − a) = " + fmt(sp) + "."));
                }
                double updated = 0;
                boolean haveUpdated = true;
                for (int k = 0; k < m; k++) {
                    Double w = model.traceValue(Symbol.w(l + 1, k, j)); // the weight after the update
                    if (w == null) {
                        haveUpdated = false;
                        break;
                    }
                    updated += w * s.read(Symbol.delta(l + 1, k)).value();
                }
                if (haveUpdated) {
                    out.add(new Slip(
                            updated * sp,
                            "You used the already-updated weights of layer " + (l + 1)
                                    + "; BP2 needs the weights before the update."));
                }
                if (m > 1) {
                    for (int k = 0; k < m; k++) {
                        out.add(new Slip(
                                (sum - term(s, k)) * sp,
                                "The sum is missing the term "
                                        + s.read(Symbol.w(l + 1, k, j)).name() + "·"
                                        + s.read(Symbol.delta(l + 1, k)).name() + "."));
                    }
                }
                if (net.size(l) == net.size(l + 1)) {
                    double t = 0;
                    for (int k = 0; k < m; k++) {
                        t += net.weight(l + 1, j, k)
                                * s.read(Symbol.delta(l + 1, k)).value();
                    }
                    out.add(
                            new Slip(
                                    t * sp,
                                    "You used the row wˡ⁺¹ⱼ,ₖ instead of the column wˡ⁺¹ₖ,ⱼ: BP2 multiplies by the transpose (Wˡ⁺¹)ᵀ."));
                }
            }
            case BP3 -> out.add(new Slip(-s.value(), "∂C/∂b is δ itself, sign and all."));
            case BP4 -> {
                Operand d = s.read(Symbol.delta(l, j));
                Operand from = s.read(Symbol.a(l - 1, s.from()));
                double delta = d.value();
                double aPrev = from.value();
                out.add(new Slip(delta, "You left out the factor " + from.name() + " = " + fmt(aPrev) + "."));
                out.add(new Slip(aPrev, "You left out the factor " + d.name() + " = " + fmt(delta) + "."));
                for (int i = 0; i < net.size(l - 1); i++) {
                    if (i != s.from()) {
                        Double other = l - 1 == 1
                                ? Double.valueOf(model.input().get(i))
                                : model.traceValue(Symbol.a(l - 1, i));
                        if (other != null) {
                            out.add(new Slip(
                                    delta * other,
                                    "The δ is right but the activation is of the wrong neuron: use aˡ⁻¹ of the neuron the weight comes from ("
                                            + from.name() + ")."));
                        }
                    }
                }
                for (int i = 0; i < net.size(l); i++) {
                    Double otherDelta = model.traceValue(Symbol.delta(l, i));
                    if (i != j && otherDelta != null) {
                        out.add(new Slip(
                                otherDelta * aPrev,
                                "The activation is right but the δ is of the wrong neuron: use the δ of the neuron the weight goes into ("
                                        + d.name() + ")."));
                    }
                }
                Double aHere = model.traceValue(Symbol.a(l, j));
                if (aHere != null) {
                    out.add(new Slip(
                            delta * aHere,
                            "You used this layer's activation aˡₖ; BP4 needs the activation the weight comes from, "
                                    + from.name() + "."));
                }
            }
            case UPDATE_W, UPDATE_B -> {
                Symbol param = s.wrote();
                double v = s.read(param).value();
                double eta = s.read(Symbol.eta()).value();
                double g = s.read(param.quantity() == Quantity.W ? Symbol.nablaW(l, j, s.from()) : Symbol.nablaB(l, j))
                        .value();
                out.add(new Slip(v + eta * g, "Gradient descent goes downhill: subtract η·∂C/∂v, do not add it."));
                out.add(new Slip(v - g, "You left out the learning rate η = " + fmt(eta) + "."));
                out.add(new Slip(
                        -eta * g, "That is only the change Δv = −η·∂C/∂v; add it to the old value " + fmt(v) + "."));
                out.add(new Slip(eta * g, "That is η·∂C/∂v; the new value is the old value minus it."));
            }
            default -> {}
        }
        return out;
    }

    /** One term wˡ⁺¹ₖ,ⱼ δˡ⁺¹ₖ of the BP2 step {@code s}'s sum. */
    private static double term(Step s, int k) {
        int l = s.layer();
        return s.read(Symbol.w(l + 1, k, s.neuron())).value()
                * s.read(Symbol.delta(l + 1, k)).value();
    }

    private static String fmt(double v) {
        return Fmt.sig(v, 4);
    }
}
