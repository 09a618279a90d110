package bachprop.nn;

/** Builds the text's symbols (zˡⱼ, wˡₖ,ⱼ, δˡⱼ …) in Unicode and TeX, numbering neurons from 1. */
final class Sym {
    private static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";

    private Sym() {
    }

    static String sup(int n) {
        return map(n, SUP);
    }

    static String sub(int n) {
        return map(n, SUB);
    }

    private static String map(int n, String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** A neuron quantity such as zˡⱼ; {@code j} is 0-based, shown 1-based. */
    static Operand neuron(String letter, String texLetter, int l, int j, double value) {
        return new Operand(letter + sup(l) + sub(j + 1), texLetter + "^{" + l + "}_{" + (j + 1) + "}", value);
    }

    /** The weight wˡₖ,ⱼ from neuron j of layer l−1 to neuron k of layer l. */
    static Operand weight(int l, int k, int j, double value) {
        return new Operand("w" + sup(l) + sub(k + 1) + "," + sub(j + 1), "w^{" + l + "}_{" + (k + 1) + "," + (j + 1) + "}", value);
    }

    static Operand target(int j, double value) {
        return new Operand("y" + sub(j + 1), "y_{" + (j + 1) + "}", value);
    }

    static Operand sigmaPrime(int l, int j, double value) {
        return new Operand("σ′(z" + sup(l) + sub(j + 1) + ")", "\\sigma'(z^{" + l + "}_{" + (j + 1) + "})", value);
    }

    static Operand eta(double value) {
        return new Operand("η", "\\eta", value);
    }
}
