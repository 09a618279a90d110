package bachprop.rnn;

import bachprop.nn.Mat;
import bachprop.nn.Vec;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Backpropagation through time: the chain rule of chapter 5 applied to the network unrolled
 * over its T time steps (the text's Figure 12), walking from t = T back to t = 1. One method
 * per equation; chapter 8 derives each. The weights are shared by every time step, so their
 * gradients are sums over t (BPTT4, BPTT5).
 */
final class Bptt {
    private Bptt() {}

    /** BPTT1–5 for t = T..1 from a forward pass; records every step if {@code trace} is given. */
    static RnnGradient backward(Rnn rnn, RnnForward f, int[][] targets, BpttTrace trace) {
        int T = f.T();
        Vec[] deltaO = new Vec[T + 1];
        Vec[] dCdh = new Vec[T + 1];
        Vec[] delta = new Vec[T + 2];
        delta[T + 1] = Vec.zeros(rnn.nHidden()); // nothing flows back from beyond the last step
        Map<Param, Mat> nabla = new EnumMap<>(Param.class);
        for (Param q : Param.values()) {
            nabla.put(q, Mat.zeros(rnn.get(q).rows(), rnn.get(q).cols()));
        }
        for (int t = T; t >= 1; t--) {
            int[] y = targets[t - 1] == null ? null : rnn.flatTargets(targets[t - 1]);
            deltaO[t] = outputError(f, t, y, rnn.nOut(), trace);
            if (y != null) {
                accumulateOutputWeights(nabla, t, f.h(t), deltaO[t], trace);
            }
            dCdh[t] = hiddenGradient(rnn, t, deltaO[t], delta[t + 1], trace);
            delta[t] = hiddenError(t, dCdh[t], f.h(t), trace);
            accumulateHiddenWeights(nabla, t, f.x(t), f.h(t - 1), delta[t], trace);
        }
        return new RnnGradient(nabla, dCdh, Arrays.copyOf(delta, T + 1));
    }

    /**
     * (BPTT1) δᵒ_t = ŷ_t − y_t, the gradient of −log ŷ_t[y] with respect to o_t (y_t one-hot, or
     * one 1 per output group); 0 with no target.
     */
    static Vec outputError(RnnForward f, int t, int[] y, int nOut, BpttTrace trace) {
        if (y == null) {
            return Vec.zeros(nOut);
        }
        double[] ones = new double[nOut];
        for (int k : y) {
            ones[k] = 1;
        }
        Vec yt = new Vec(ones);
        Vec deltaO = f.yHat(t).minus(yt);
        if (trace != null) {
            trace.add(
                    BpttEquation.BPTT1,
                    t,
                    List.of(Names.vec("ŷ", "\\hat{\\mathbf{y}}", t, f.yHat(t)), Names.vec("y", "\\mathbf{y}", t, yt)),
                    Names.vec("δᵒ", "\\boldsymbol{\\delta}^{o}", t, deltaO));
        }
        return deltaO;
    }

    /** (BPTT5) ∂C/∂W_ho += h_tᵀ δᵒ_t and ∂C/∂b_o += δᵒ_t. */
    static void accumulateOutputWeights(Map<Param, Mat> nabla, int t, Vec ht, Vec deltaO, BpttTrace trace) {
        nabla.put(Param.W_HO, nabla.get(Param.W_HO).plus(ht.outer(deltaO)));
        nabla.put(Param.B_O, nabla.get(Param.B_O).plus(Rnn.row(deltaO)));
        if (trace != null) {
            Value h = Names.vec("h", "\\mathbf{h}", t, ht);
            Value d = Names.vec("δᵒ", "\\boldsymbol{\\delta}^{o}", t, deltaO);
            trace.add(BpttEquation.BPTT5, t, List.of(h, d), Names.gradient(Param.W_HO, nabla.get(Param.W_HO)));
            trace.add(BpttEquation.BPTT5, t, List.of(d), Names.gradient(Param.B_O, nabla.get(Param.B_O)));
        }
    }

    /** (BPTT2) ∂C/∂h_t = δᵒ_t W_hoᵀ + δ_{t+1} W_hhᵀ: h_t feeds the output now and z_{t+1} next. */
    static Vec hiddenGradient(Rnn rnn, int t, Vec deltaO, Vec deltaNext, BpttTrace trace) {
        // Mat.times(v) is W v, whose entries are those of the row vector v Wᵀ.
        Vec dCdh = rnn.Who().times(deltaO).plus(rnn.Whh().times(deltaNext));
        if (trace != null) {
            trace.add(
                    BpttEquation.BPTT2,
                    t,
                    List.of(
                            Names.vec("δᵒ", "\\boldsymbol{\\delta}^{o}", t, deltaO),
                            Names.vec("δ", "\\boldsymbol{\\delta}", t + 1, deltaNext)),
                    Names.named(
                            "∂C/∂h" + Names.sub(t), "\\frac{\\partial C}{\\partial \\mathbf{h}_{" + t + "}}", dCdh));
        }
        return dCdh;
    }

    /** (BPTT3) δ_t = ∂C/∂h_t ⊙ σ′(z_t), where σ′(z_t) = h_t ⊙ (1 − h_t). */
    static Vec hiddenError(int t, Vec dCdh, Vec ht, BpttTrace trace) {
        Vec sigmaPrime = ht.hadamard(ht.map(v -> 1 - v));
        Vec delta = dCdh.hadamard(sigmaPrime);
        if (trace != null) {
            trace.add(
                    BpttEquation.BPTT3,
                    t,
                    List.of(
                            Names.named(
                                    "∂C/∂h" + Names.sub(t),
                                    "\\frac{\\partial C}{\\partial \\mathbf{h}_{" + t + "}}",
                                    dCdh),
                            Names.named("σ′(z" + Names.sub(t) + ")", "\\sigma'(\\mathbf{z}_{" + t + "})", sigmaPrime)),
                    Names.vec("δ", "\\boldsymbol{\\delta}", t, delta));
        }
        return delta;
    }

    /** (BPTT4) ∂C/∂W_hh += h_{t−1}ᵀ δ_t, ∂C/∂W_xh += x_tᵀ δ_t, ∂C/∂b_h += δ_t. */
    static void accumulateHiddenWeights(Map<Param, Mat> nabla, int t, Vec xt, Vec hPrev, Vec delta, BpttTrace trace) {
        nabla.put(Param.W_HH, nabla.get(Param.W_HH).plus(hPrev.outer(delta)));
        nabla.put(Param.W_XH, nabla.get(Param.W_XH).plus(xt.outer(delta)));
        nabla.put(Param.B_H, nabla.get(Param.B_H).plus(Rnn.row(delta)));
        if (trace != null) {
            Value d = Names.vec("δ", "\\boldsymbol{\\delta}", t, delta);
            trace.add(
                    BpttEquation.BPTT4,
                    t,
                    List.of(Names.vec("h", "\\mathbf{h}", t - 1, hPrev), d),
                    Names.gradient(Param.W_HH, nabla.get(Param.W_HH)));
            trace.add(
                    BpttEquation.BPTT4,
                    t,
                    List.of(Names.vec("x", "\\mathbf{x}", t, xt), d),
                    Names.gradient(Param.W_XH, nabla.get(Param.W_XH)));
            trace.add(BpttEquation.BPTT4, t, List.of(d), Names.gradient(Param.B_H, nabla.get(Param.B_H)));
        }
    }
}
