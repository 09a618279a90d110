package bachprop.viz.common;

/**
 * A formula as a screen reader should say it: "δ³₁ = (0.7514 − 0.01)·0.1868 = 0.1385" becomes
 * "delta 3 1 equals (0.7514 minus 0.01) times 0.1868 equals 0.1385". Indices are spoken as plain
 * numbers after their symbol (layer first), operators as words; numbers are kept as printed.
 */
public final class Spoken {
    private static final String SUPERS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBS = "₀₁₂₃₄₅₆₇₈₉";

    private Spoken() {}

    /** The words for one formula or label written with the book's symbols. */
    public static String words(String formula) {
        StringBuilder out = new StringBuilder();
        String s = formula.replace("∂C/∂", "∂C by ∂").replace("w.r.t.", "with respect to");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            int sup = SUPERS.indexOf(c);
            if (sup >= 0 || c == '⁻') {
                if (before == ')' && c == '²') {
                    word(out, "squared");
                } else if (Character.isDigit(before)) {
                    word(out, "to the power");
                    out.append(' ').append(c == '⁻' ? "minus " : "").append(c == '⁻' ? "" : sup);
                } else {
                    out.append(SUPERS.indexOf(before) >= 0 ? "" : " ").append(c == '⁻' ? "minus " : sup);
                }
                continue;
            }
            int sub = SUBS.indexOf(c);
            if (sub >= 0) {
                out.append(SUBS.indexOf(before) >= 0 ? "" : " ").append(sub);
                continue;
            }
            if (c == ',' && SUBS.indexOf(before) >= 0) {
                out.append(' '); // w³₁,₂: the two neuron indices
                continue;
            }
            String w = word(c);
            if ((c == 'σ' || c == '′') && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                w += " of"; // σ(z), σ′(z)
            }
            if (w == null) {
                out.append(c);
            } else {
                word(out, w);
            }
        }
        return out.toString()
                .replaceAll(" {2,}", " ")
                .replace("( ", "(")
                .replace(" )", ")")
                .strip();
    }

    private static void word(StringBuilder out, String w) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '(') {
            out.append(' ');
        }
        out.append(w).append(' ');
    }

    private static String word(char c) {
        return switch (c) {
            case '=' -> "equals";
            case '·', '×' -> "times";
            case '+' -> "plus";
            case '−' -> "minus";
            case '→' -> "becomes";
            case '≈' -> "is about";
            case '½' -> "one half times";
            case 'δ' -> "delta";
            case 'σ' -> "sigma";
            case '′' -> "prime";
            case 'η' -> "eta";
            case '∂' -> "partial";
            case '∇' -> "nabla";
            case 'ε' -> "epsilon";
            case 'Σ', '∑' -> "sum";
            case '[' -> "(";
            case ']' -> ")";
            default -> null;
        };
    }
}
