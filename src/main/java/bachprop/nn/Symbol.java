package bachprop.nn;

/**
 * Which value a trace step read or wrote: the quantity, the layer l (the input layer being 1),
 * the neuron (j, or k for a weight; 0-based) and, for a weight, the neuron j of layer l−1 it
 * comes from ({@code index}). Parts a quantity does not have are −1 (y has no layer, η and C
 * have neither layer nor neuron). Two symbols are equal when they name the same value.
 */
public record Symbol(Quantity quantity, int layer, int neuron, int index) {

    public static Symbol z(int l, int j) {
        return new Symbol(Quantity.Z, l, j, -1);
    }

    public static Symbol a(int l, int j) {
        return new Symbol(Quantity.A, l, j, -1);
    }

    public static Symbol sigmaPrime(int l, int j) {
        return new Symbol(Quantity.SIGMA_PRIME, l, j, -1);
    }

    public static Symbol delta(int l, int j) {
        return new Symbol(Quantity.DELTA, l, j, -1);
    }

    /** wˡₖ,ⱼ */
    public static Symbol w(int l, int k, int j) {
        return new Symbol(Quantity.W, l, k, j);
    }

    public static Symbol b(int l, int j) {
        return new Symbol(Quantity.B, l, j, -1);
    }

    public static Symbol y(int j) {
        return new Symbol(Quantity.Y, -1, j, -1);
    }

    public static Symbol eta() {
        return new Symbol(Quantity.ETA, -1, -1, -1);
    }

    public static Symbol cost() {
        return new Symbol(Quantity.COST, -1, -1, -1);
    }

    /** ∂C/∂wˡₖ,ⱼ */
    public static Symbol nablaW(int l, int k, int j) {
        return new Symbol(Quantity.NABLA_W, l, k, j);
    }

    /** ∂C/∂bˡⱼ */
    public static Symbol nablaB(int l, int j) {
        return new Symbol(Quantity.NABLA_B, l, j, -1);
    }

    /** The weight or bias a gradient is of (∂C/∂wˡₖ,ⱼ → wˡₖ,ⱼ); any other symbol itself. */
    public Symbol parameter() {
        return switch (quantity) {
            case NABLA_W -> w(layer, neuron, index);
            case NABLA_B -> b(layer, neuron);
            default -> this;
        };
    }

    /** The symbol in Unicode as the text writes it, e.g. {@code w³₁,₂}, {@code ∂C/∂b²₁}. */
    public String name() {
        return switch (quantity) {
            case Z -> "z" + lj();
            case A -> "a" + lj();
            case SIGMA_PRIME -> "σ′(z" + lj() + ")";
            case DELTA -> "δ" + lj();
            case W -> "w" + lj() + "," + Sym.sub(index + 1);
            case B -> "b" + lj();
            case Y -> "y" + Sym.sub(neuron + 1);
            case ETA -> "η";
            case COST -> "C";
            case NABLA_W, NABLA_B -> "∂C/∂" + parameter().name();
        };
    }

    /** {@link #name()} in TeX. */
    public String tex() {
        String lj = "^{" + layer + "}_{" + (neuron + 1) + "}";
        return switch (quantity) {
            case Z -> "z" + lj;
            case A -> "a" + lj;
            case SIGMA_PRIME -> "\\sigma'(z" + lj + ")";
            case DELTA -> "\\delta" + lj;
            case W -> "w^{" + layer + "}_{" + (neuron + 1) + "," + (index + 1) + "}";
            case B -> "b" + lj;
            case Y -> "y_{" + (neuron + 1) + "}";
            case ETA -> "\\eta";
            case COST -> "C";
            case NABLA_W, NABLA_B ->
                "\\frac{\\partial C}{\\partial " + parameter().tex() + "}";
        };
    }

    /** ˡⱼ: the layer as a superscript, the neuron (from 1) as a subscript. */
    private String lj() {
        return Sym.sup(layer) + Sym.sub(neuron + 1);
    }

    @Override
    public String toString() {
        return name();
    }
}
