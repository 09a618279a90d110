package bachprop.nn;

/** Superscript and subscript digits for the text's symbols (zˡⱼ, wˡₖ,ⱼ, δˡⱼ …). */
final class Sym {
    private static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";

    private Sym() {}

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
}
