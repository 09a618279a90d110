package bachprop.viz.common;

import bachprop.nn.Fmt;

/** Numbers as a student reads them: 4 significant digits, tiny ones as 3.0·10⁻¹¹ rather than 3E-11. */
public final class Num {
    private Num() {}

    public static String sig(double v, int digits) {
        if (v != 0 && Double.isFinite(v) && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e7)) {
            String s = String.format("%." + (digits - 1) + "e", v);
            int e = s.indexOf('e');
            String mantissa = s.substring(0, e).replaceAll("\\.?0+$", "");
            int exp = Integer.parseInt(s.substring(e + 1));
            return mantissa.replace('-', '−') + "·10" + sup(exp);
        }
        return Fmt.sig(v, digits).replace('-', '−');
    }

    /** n as superscript digits, e.g. 12 → ¹², −3 → ⁻³ (layer indices, exponents). */
    public static String sup(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return sb.toString();
    }

    /** n ≥ 0 as subscript digits, e.g. 12 → ₁₂ (neuron indices). */
    public static String sub(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append("₀₁₂₃₄₅₆₇₈₉".charAt(c - '0'));
        }
        return sb.toString();
    }
}
