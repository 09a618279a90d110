package bachprop.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the steps of {@link Network}'s equations into a {@link Trace}, one neuron or weight at
 * a time, from values the maths has already computed (the cost C aside: see {@link #cost}). Each
 * method of the network calls one method here, so the maths stays as short as the text's.
 * {@link #OFF} records nothing.
 */
final class Recorder {
    static final Recorder OFF = new Recorder(null);

    private final Trace trace;

    private Recorder(Trace trace) {
        this.trace = trace;
    }

    /** A recorder into {@code trace}, or {@link #OFF} when it is null. */
    static Recorder to(Trace trace) {
        return trace == null ? OFF : new Recorder(trace);
    }

    boolean on() {
        return trace != null;
    }

    private void add(Equation equation, int layer, int neuron, int from, List<Operand> reads, Operand result) {
        trace.add(equation, layer, neuron, from, reads, result);
    }

    /** (3) and (5) for each neuron j of layer l: zˡⱼ from wˡⱼ,ᵢ, aˡ⁻¹ᵢ and bˡⱼ, then aˡⱼ from zˡⱼ. */
    void layer(int l, Mat w, Vec b, Vec aPrev, Vec z, Vec a) {
        if (!on()) {
            return;
        }
        for (int j = 0; j < z.size(); j++) {
            List<Operand> reads = new ArrayList<>();
            for (int i = 0; i < aPrev.size(); i++) {
                reads.add(Operand.of(Symbol.w(l, j, i), w.get(j, i)));
            }
            for (int i = 0; i < aPrev.size(); i++) {
                reads.add(Operand.of(Symbol.a(l - 1, i), aPrev.get(i))); // a¹ = x, the input
            }
            reads.add(Operand.of(Symbol.b(l, j), b.get(j)));
            Operand zj = Operand.of(Symbol.z(l, j), z.get(j));
            add(Equation.Z, l, j, -1, reads, zj);
            add(Equation.A, l, j, -1, List.of(zj), Operand.of(Symbol.a(l, j), a.get(j)));
        }
    }

    /**
     * (7) C from every aᴸₖ and yₖ of the output layer L. The one value computed here: backprop
     * needs only the cost's derivative (BP1), so C itself is worked out only to be shown.
     */
    void cost(int L, Vec a, Vec y) {
        if (!on()) {
            return;
        }
        List<Operand> reads = new ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            reads.add(Operand.of(Symbol.a(L, k), a.get(k)));
            reads.add(Operand.of(Symbol.y(k), y.get(k)));
        }
        add(Equation.COST, L, -1, -1, reads, Operand.of(Symbol.cost(), QuadraticCost.cost(a, y)));
    }

    /** (BP1) δᴸⱼ from aᴸⱼ, yⱼ and σ′(zᴸⱼ), for each output neuron j. */
    void outputError(int L, Vec a, Vec y, Vec sp, Vec delta) {
        if (!on()) {
            return;
        }
        for (int j = 0; j < delta.size(); j++) {
            add(
                    Equation.BP1,
                    L,
                    j,
                    -1,
                    List.of(
                            Operand.of(Symbol.a(L, j), a.get(j)),
                            Operand.of(Symbol.y(j), y.get(j)),
                            Operand.of(Symbol.sigmaPrime(L, j), sp.get(j))),
                    Operand.of(Symbol.delta(L, j), delta.get(j)));
        }
    }

    /** (BP2) δˡⱼ from every wˡ⁺¹ₖ,ⱼ, every δˡ⁺¹ₖ and σ′(zˡⱼ), for each neuron j of layer l. */
    void hiddenError(int l, Mat wNext, Vec deltaNext, Vec sp, Vec delta) {
        if (!on()) {
            return;
        }
        for (int j = 0; j < delta.size(); j++) {
            List<Operand> reads = new ArrayList<>();
            for (int k = 0; k < deltaNext.size(); k++) {
                reads.add(Operand.of(Symbol.w(l + 1, k, j), wNext.get(k, j)));
            }
            for (int k = 0; k < deltaNext.size(); k++) {
                reads.add(Operand.of(Symbol.delta(l + 1, k), deltaNext.get(k)));
            }
            reads.add(Operand.of(Symbol.sigmaPrime(l, j), sp.get(j)));
            add(Equation.BP2, l, j, -1, reads, Operand.of(Symbol.delta(l, j), delta.get(j)));
        }
    }

    /** (BP3) ∂C/∂bˡⱼ from δˡⱼ, for each neuron j of layer l. */
    void biasGradient(int l, Vec delta, Vec nablaB) {
        if (!on()) {
            return;
        }
        for (int j = 0; j < delta.size(); j++) {
            add(
                    Equation.BP3,
                    l,
                    j,
                    -1,
                    List.of(Operand.of(Symbol.delta(l, j), delta.get(j))),
                    Operand.gradient(Symbol.nablaB(l, j), nablaB.get(j)));
        }
    }

    /** (BP4) ∂C/∂wˡₖ,ⱼ from δˡₖ and aˡ⁻¹ⱼ, for each weight of layer l. */
    void weightGradient(int l, Vec delta, Vec aPrev, Mat nablaW) {
        if (!on()) {
            return;
        }
        for (int k = 0; k < delta.size(); k++) {
            for (int j = 0; j < aPrev.size(); j++) {
                add(
                        Equation.BP4,
                        l,
                        k,
                        j,
                        List.of(
                                Operand.of(Symbol.delta(l, k), delta.get(k)),
                                Operand.of(Symbol.a(l - 1, j), aPrev.get(j))),
                        Operand.gradient(Symbol.nablaW(l, k, j), nablaW.get(k, j)));
            }
        }
    }

    /** (13) the new wˡₖ,ⱼ from the old one, η and ∂C/∂wˡₖ,ⱼ, for each weight of layer l. */
    void updateWeights(int l, Mat w, double eta, Mat nablaW, Mat newW) {
        if (!on()) {
            return;
        }
        for (int k = 0; k < w.rows(); k++) {
            for (int j = 0; j < w.cols(); j++) {
                add(
                        Equation.UPDATE_W,
                        l,
                        k,
                        j,
                        List.of(
                                Operand.of(Symbol.w(l, k, j), w.get(k, j)),
                                Operand.of(Symbol.eta(), eta),
                                Operand.gradientRead(Symbol.nablaW(l, k, j), nablaW.get(k, j))),
                        Operand.of(Symbol.w(l, k, j), newW.get(k, j)));
            }
        }
    }

    /** (13) the new bˡⱼ from the old one, η and ∂C/∂bˡⱼ, for each bias of layer l. */
    void updateBiases(int l, Vec b, double eta, Vec nablaB, Vec newB) {
        if (!on()) {
            return;
        }
        for (int j = 0; j < b.size(); j++) {
            add(
                    Equation.UPDATE_B,
                    l,
                    j,
                    -1,
                    List.of(
                            Operand.of(Symbol.b(l, j), b.get(j)),
                            Operand.of(Symbol.eta(), eta),
                            Operand.gradientRead(Symbol.nablaB(l, j), nablaB.get(j))),
                    Operand.of(Symbol.b(l, j), newB.get(j)));
        }
    }
}
