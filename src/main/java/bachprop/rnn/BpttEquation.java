package bachprop.rnn;

/**
 * The equations one step of a {@link BpttTrace} can apply. Only eq. 25 is numbered in the text;
 * the text leaves backpropagation through time "beyond the scope", so chapter 8 derives BPTT1–5
 * and this enum names them the way {@code bachprop.nn.Equation} names BP1–BP4.
 */
public enum BpttEquation {
    /** The weighted input of the hidden layer, the inside of eq. 25: z_t = x_t W_xh + h_{t−1} W_hh + b_h. */
    Z(
            "25",
            "weighted input of the hidden layer",
            "\\mathbf{z}_t = \\mathbf{x}_t \\mathbf{W}_{x,h} + \\mathbf{h}_{t-1} \\mathbf{W}_{h,h} + \\mathbf{b}_h"),
    /** (25) h_t = σ(z_t). */
    H("25", "hidden state", "\\mathbf{h}_t = \\sigma(\\mathbf{z}_t)"),
    /** The output o_t = h_t W_ho + b_o (the text: "computed as usual from the hidden state"). */
    O("O", "output", "\\mathbf{o}_t = \\mathbf{h}_t \\mathbf{W}_{h,o} + \\mathbf{b}_o"),
    /** ŷ_t = softmax(o_t): the probability of each next token (beyond the text). */
    SOFTMAX("S", "softmax", "\\hat{\\mathbf{y}}_t = \\mathrm{softmax}(\\mathbf{o}_t)"),
    /** C_t = −log ŷ_t[y_t]: cross-entropy of the true next token (beyond the text). */
    COST("C", "cross-entropy cost", "C_t = -\\log \\hat{y}_{t,y_t}, \\quad C = \\sum_t C_t"),
    /** (BPTT1) δᵒ_t = ŷ_t − y_t: the error of the output, softmax and cross-entropy together. */
    BPTT1("BPTT1", "error of the output", "\\boldsymbol{\\delta}^{o}_t = \\hat{\\mathbf{y}}_t - \\mathbf{y}_t"),
    /** (BPTT2) ∂C/∂h_t = δᵒ_t W_hoᵀ + δ_{t+1} W_hhᵀ: from the output now and from the next step. */
    BPTT2(
            "BPTT2",
            "gradient of the hidden state",
            "\\frac{\\partial C}{\\partial \\mathbf{h}_t} = \\boldsymbol{\\delta}^{o}_t \\mathbf{W}_{h,o}^{\\top} + \\boldsymbol{\\delta}_{t+1} \\mathbf{W}_{h,h}^{\\top}"),
    /** (BPTT3) δ_t = ∂C/∂h_t ⊙ σ′(z_t), with σ′(z_t) = h_t ⊙ (1 − h_t). */
    BPTT3(
            "BPTT3",
            "error of the hidden layer",
            "\\boldsymbol{\\delta}_t = \\frac{\\partial C}{\\partial \\mathbf{h}_t} \\odot \\sigma'(\\mathbf{z}_t)"),
    /** (BPTT4) ∂C/∂W_hh += h_{t−1}ᵀ δ_t, ∂C/∂W_xh += x_tᵀ δ_t, ∂C/∂b_h += δ_t. */
    BPTT4(
            "BPTT4",
            "recurrent and input weights, summed over time",
            "\\frac{\\partial C}{\\partial \\mathbf{W}_{h,h}} = \\sum_t \\mathbf{h}_{t-1}^{\\top} \\boldsymbol{\\delta}_t, \\; \\frac{\\partial C}{\\partial \\mathbf{W}_{x,h}} = \\sum_t \\mathbf{x}_t^{\\top} \\boldsymbol{\\delta}_t, \\; \\frac{\\partial C}{\\partial \\mathbf{b}_h} = \\sum_t \\boldsymbol{\\delta}_t"),
    /** (BPTT5) ∂C/∂W_ho += h_tᵀ δᵒ_t, ∂C/∂b_o += δᵒ_t. */
    BPTT5(
            "BPTT5",
            "output weights, summed over time",
            "\\frac{\\partial C}{\\partial \\mathbf{W}_{h,o}} = \\sum_t \\mathbf{h}_t^{\\top} \\boldsymbol{\\delta}^{o}_t, \\; \\frac{\\partial C}{\\partial \\mathbf{b}_o} = \\sum_t \\boldsymbol{\\delta}^{o}_t"),
    /** g → g · min(1, c / ‖g‖): gradient clipping by global norm (beyond the text). */
    CLIP(
            "clip",
            "gradient clipping by global norm",
            "\\mathbf{g} \\to \\mathbf{g} \\cdot \\min\\!\\left(1, \\frac{c}{\\lVert \\mathbf{g} \\rVert}\\right)"),
    /** (13) v → v − η ∂C/∂v for every weight matrix and bias. */
    UPDATE(
            "13",
            "gradient descent step",
            "\\mathbf{v} \\to \\mathbf{v} - \\eta \\frac{\\partial C}{\\partial \\mathbf{v}}");

    private final String number;
    private final String description;
    private final String tex;

    BpttEquation(String number, String description, String tex) {
        this.number = number;
        this.description = description;
        this.tex = tex;
    }

    /** "25" and "13" are the text's numbers; the rest are chapter 8's names. */
    public String number() {
        return number;
    }

    /** "eq. 25", "BPTT2", "softmax", ... */
    public String label() {
        return switch (this) {
            case Z, H, UPDATE -> "eq. " + number;
            case BPTT1, BPTT2, BPTT3, BPTT4, BPTT5 -> name();
            default -> description;
        };
    }

    public String description() {
        return description;
    }

    public String tex() {
        return tex;
    }

    /** True for the steps of the backward pass (BPTT1–5 and clipping). */
    public boolean isBackward() {
        return ordinal() >= BPTT1.ordinal() && this != UPDATE;
    }
}
