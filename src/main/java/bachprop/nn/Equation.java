package bachprop.nn;

/** The equations of the text that one step of a {@link Trace} can apply, with their numbers. */
public enum Equation {
    /** (3) zˡⱼ = Σᵢ wˡⱼ,ᵢ aˡ⁻¹ᵢ + bˡⱼ */
    Z("3", "weighted input", "z^{l}_{j} = \\sum_i w^{l}_{j,i}\\, a^{l-1}_{i} + b^{l}_{j}"),
    /** (5) aˡⱼ = σ(zˡⱼ) */
    A("5", "activation", "a^{l}_{j} = \\sigma(z^{l}_{j})"),
    /** (7) C = ½ Σₖ (yₖ − aᴸₖ)² */
    COST("7", "quadratic cost", "C = \\frac{1}{2} \\sum_k (y_k - a^{L}_k)^2"),
    /** (16) δᴸⱼ = (aᴸⱼ − yⱼ) σ′(zᴸⱼ) */
    BP1("16", "error of the output layer", "\\delta^{L}_{j} = (a^{L}_{j} - y_j)\\, \\sigma'(z^{L}_{j})"),
    /** (17) δˡⱼ = σ′(zˡⱼ) Σₖ wˡ⁺¹ₖ,ⱼ δˡ⁺¹ₖ */
    BP2(
            "17",
            "error of the previous layer",
            "\\delta^{l}_{j} = \\sigma'(z^{l}_{j}) \\sum_k w^{l+1}_{k,j}\\, \\delta^{l+1}_{k}"),
    /** (20) ∂C/∂bˡⱼ = δˡⱼ */
    BP3("20", "derivative of cost w.r.t. a bias", "\\frac{\\partial C}{\\partial b^{l}_{j}} = \\delta^{l}_{j}"),
    /** (22) ∂C/∂wˡₖ,ⱼ = δˡₖ aˡ⁻¹ⱼ */
    BP4(
            "22",
            "derivative of cost w.r.t. a weight",
            "\\frac{\\partial C}{\\partial w^{l}_{k,j}} = \\delta^{l}_{k}\\, a^{l-1}_{j}"),
    /** (13) v → v − η ∂C/∂v, for a weight */
    UPDATE_W(
            "13",
            "gradient descent step for a weight",
            "w^{l}_{k,j} \\to w^{l}_{k,j} - \\eta \\frac{\\partial C}{\\partial w^{l}_{k,j}}"),
    /** (13) v → v − η ∂C/∂v, for a bias */
    UPDATE_B(
            "13",
            "gradient descent step for a bias",
            "b^{l}_{j} \\to b^{l}_{j} - \\eta \\frac{\\partial C}{\\partial b^{l}_{j}}");

    private final String number;
    private final String description;
    private final String tex;

    Equation(String number, String description, String tex) {
        this.number = number;
        this.description = description;
        this.tex = tex;
    }

    /** The equation's number in the text, e.g. "16". */
    public String number() {
        return number;
    }

    /** A short label: "BP1", "BP2", … for the four equations, else "eq. N". */
    public String label() {
        return switch (this) {
            case BP1, BP2, BP3, BP4 -> name();
            default -> "eq. " + number;
        };
    }

    public String description() {
        return description;
    }

    /** The general form of the equation in TeX (with the text's indices l, j, k). */
    public String tex() {
        return tex;
    }
}
