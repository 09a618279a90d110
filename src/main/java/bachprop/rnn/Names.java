package bachprop.rnn;

import bachprop.nn.Mat;
import bachprop.nn.Vec;

/** The chapter's symbols for one time step (x₂, h₁, δᵒ₃ …) in Unicode and TeX, as {@link Value}s. */
final class Names {
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";

    private Names() {}

    static String sub(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(SUB.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** e.g. vec("h", "\\mathbf{h}", 2, h) is h₂. */
    static Value vec(String letter, String texLetter, int t, Vec v) {
        return Value.of(letter + sub(t), texLetter + "_{" + t + "}", v.toArray());
    }

    static Value named(String name, String tex, Vec v) {
        return Value.of(name, tex, v.toArray());
    }

    static Value scalar(String name, String tex, double x) {
        return Value.of(name, tex, new double[] {x});
    }

    static Value matrix(String name, String tex, Mat m) {
        return new Value(name, tex, m.toArray());
    }

    static Value gradient(Param p, Mat m) {
        return matrix("∂C/∂" + p.symbol(), "\\frac{\\partial C}{\\partial " + p.tex() + "}", m);
    }
}
