package bachprop.viz.deltaflow;

import static bachprop.viz.common.Num.sub;
import static bachprop.viz.common.Num.sup;

import bachprop.nn.Symbol;

/**
 * Something a student can edit or check in the δ-flow view: a weight wˡₖ,ⱼ, a bias bˡⱼ, an
 * input xⱼ, a target yⱼ, or η. Indices are 0-based (the text's are 1-based).
 */
public record Param(Kind kind, int l, int k, int j) {
    public enum Kind {
        WEIGHT,
        BIAS,
        INPUT,
        TARGET,
        ETA
    }

    public static Param weight(int l, int k, int j) {
        return new Param(Kind.WEIGHT, l, k, j);
    }

    public static Param bias(int l, int j) {
        return new Param(Kind.BIAS, l, j, -1);
    }

    public static Param input(int j) {
        return new Param(Kind.INPUT, 1, j, -1);
    }

    public static Param target(int j) {
        return new Param(Kind.TARGET, -1, j, -1);
    }

    public static Param eta() {
        return new Param(Kind.ETA, -1, -1, -1);
    }

    /** Weights and biases can be gradient-checked; inputs, targets and η cannot. */
    public boolean isParameter() {
        return kind == Kind.WEIGHT || kind == Kind.BIAS;
    }

    /** ∂C/∂ of this weight or bias: the symbol BP4 or BP3 writes. */
    public Symbol gradient() {
        return switch (kind) {
            case WEIGHT -> Symbol.nablaW(l, k, j);
            case BIAS -> Symbol.nablaB(l, k);
            default -> throw new IllegalArgumentException(label() + " is not a weight or a bias");
        };
    }

    /** The text's symbol, e.g. w³₁,₂ or b²₁ (1-based). */
    public String label() {
        return switch (kind) {
            case WEIGHT -> "w" + sup(l) + sub(k + 1) + "," + sub(j + 1);
            case BIAS -> "b" + sup(l) + sub(k + 1);
            case INPUT -> "x" + sub(k + 1);
            case TARGET -> "y" + sub(k + 1);
            case ETA -> "η";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
