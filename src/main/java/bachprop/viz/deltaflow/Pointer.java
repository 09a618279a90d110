package bachprop.viz.deltaflow;

import static bachprop.viz.common.Num.sub;
import static bachprop.viz.common.Num.sup;

import bachprop.nn.Network;
import bachprop.viz.common.Num;
import bachprop.viz.common.Spoken;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader points at in the δ-flow drawing, by its indices alone (the live Figure 4 of the
 * text, its index notation): neuron j of layer l, with zˡⱼ, aˡⱼ and bˡⱼ; or the weight wˡₖ,ⱼ that
 * connects neuron k of layer l to neuron j of layer l − 1. Indices are 0-based here and 1-based
 * on show, as in the text. The view maps a mouse position or a key press to a pointer.
 */
public record Pointer(boolean weight, int l, int k, int j) {
    /** A neuron of the drawing: layer (1-based) and index (0-based). */
    public record Neuron(int layer, int index) {}

    /** Neuron j of layer l. */
    public static Pointer neuron(int l, int j) {
        return new Pointer(false, l, j, -1);
    }

    /** wˡₖ,ⱼ: from neuron j of layer l − 1 to neuron k of layer l. */
    public static Pointer weight(int l, int k, int j) {
        return new Pointer(true, l, k, j);
    }

    /** Every neuron and weight of {@code net} in reading order: a layer's weights, then its neurons. */
    public static List<Pointer> all(Network net) {
        List<Pointer> all = new ArrayList<>();
        for (int l = 1; l <= net.L(); l++) {
            for (int k = 0; l > 1 && k < net.size(l); k++) {
                for (int j = 0; j < net.size(l - 1); j++) {
                    all.add(weight(l, k, j));
                }
            }
            for (int j = 0; j < net.size(l); j++) {
                all.add(neuron(l, j));
            }
        }
        return all;
    }

    /** The neurons the indices name: the neuron itself, or the weight's two ends (layer l first). */
    public List<Neuron> named() {
        return weight ? List.of(new Neuron(l, k), new Neuron(l - 1, j)) : List.of(new Neuron(l, k));
    }

    /** The text's symbol: w³₁,₂ or the neuron's a²₁. */
    public String symbol() {
        return weight ? "w" + sup(l) + sub(k + 1) + "," + sub(j + 1) : "a" + sup(l) + sub(k + 1);
    }

    /** The weight or bias the editor opens for this pointer (a neuron of layer 1: its input). */
    public Param param() {
        return weight ? Param.weight(l, k, j) : l == 1 ? Param.input(k) : Param.bias(l, k);
    }

    /**
     * The labels Figure 4 gives, with the current values ("?" when not computed yet): for a
     * weight its value (and its update once revealed) and what its indices name; for a neuron
     * zˡⱼ, aˡⱼ and bˡⱼ.
     */
    public List<String> labels(DeltaFlowModel m) {
        if (weight) {
            double w = m.network().weight(l, k, j);
            Double updated = m.updatedWeight(l, k, j);
            return List.of(
                    symbol() + " = " + Num.sig(w, 4) + (updated == null ? "" : " → " + Num.sig(updated, 4)),
                    "k = " + (k + 1) + ": neuron " + (k + 1) + " of layer " + l,
                    "j = " + (j + 1) + ": neuron " + (j + 1) + " of layer " + (l - 1));
        }
        String n = sup(l) + sub(k + 1);
        if (l == 1) {
            return List.of(
                    "a" + n + " = x" + sub(k + 1) + " = " + value(m.a(1, k)),
                    "the input, neuron " + (k + 1) + " of layer 1");
        }
        return List.of(
                "z" + n + " = " + value(m.z(l, k)),
                "a" + n + " = σ(z" + n + ") = " + value(m.a(l, k)),
                "b" + n + " = " + Num.sig(m.network().bias(l, k), 4),
                "j = " + (k + 1) + ": neuron " + (k + 1) + " of layer " + l);
    }

    /** The same in words, for a screen reader. */
    public String describe(DeltaFlowModel m) {
        List<String> spoken = new ArrayList<>();
        for (String s : labels(m)) {
            spoken.add(Spoken.words(s.replace("?", "not computed yet")));
        }
        return (weight ? "Weight " : "Neuron ") + String.join("; ", spoken) + ".";
    }

    private static String value(Double v) {
        return v == null ? "?" : Num.sig(v, 4);
    }

    @Override
    public String toString() {
        return weight
                ? symbol() + " (from neuron " + (j + 1) + " of layer " + (l - 1) + " to neuron " + (k + 1)
                        + " of layer " + l + ")"
                : "neuron " + (k + 1) + " of layer " + l;
    }
}
