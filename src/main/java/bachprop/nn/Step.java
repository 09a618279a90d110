package bachprop.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One step of forward or backward propagation, as recorded in a {@link Trace}: which equation,
 * which layer (the text's l, the input layer being 1), which neuron ({@code neuron}, 0-based;
 * for a weight, the neuron k of layer l) and, for a weight, which neuron j of layer l−1
 * ({@code from}, else −1), the values it read in order, and the value it produced. Each
 * operand names its value by a {@link Symbol}, so a reader asks {@link #read(Symbol)} rather
 * than counting positions.
 */
public record Step(int index, Equation equation, int layer, int neuron, int from, List<Operand> reads, Operand result) {

    public Step {
        reads = List.copyOf(reads);
    }

    public double value() {
        return result.value();
    }

    /** Which value this step wrote, e.g. δ³₁ for BP1, ∂C/∂w³₁,₂ for BP4, the new w³₁,₂ for eq. 13. */
    public Symbol wrote() {
        return result.symbol();
    }

    /** The operand this step read as {@code symbol}. */
    public Operand read(Symbol symbol) {
        for (Operand o : reads) {
            if (o.symbol().equals(symbol)) {
                return o;
            }
        }
        throw new IllegalArgumentException(label() + " did not read " + symbol);
    }

    /** True if this step read {@code symbol}. */
    public boolean reads(Symbol symbol) {
        return reads.stream().anyMatch(o -> o.symbol().equals(symbol));
    }

    private String label() {
        return "step " + (index + 1) + " (" + equation.label() + " for " + result.symbol() + ")";
    }

    /** The step in symbols, e.g. {@code δ³₁ = (a³₁ − y₁)·σ′(z³₁)}. */
    public String formula() {
        return render(false, false);
    }

    /** The step with numbers substituted to 4 significant digits, ending in its value. */
    public String substituted() {
        return substituted(false);
    }

    /** {@link #formula()} in TeX. */
    public String texFormula() {
        return render(true, false);
    }

    /** {@link #substituted()} in TeX. */
    public String texSubstituted() {
        return substituted(true);
    }

    private String substituted(boolean tex) {
        String lhs = equation == Equation.BP3
                ? render(tex, false).split(" = ")[0] // ∂C/∂b = δ: the number once is enough
                : render(tex, true);
        return lhs + " = " + num(result.value(), tex, true);
    }

    private String render(boolean tex, boolean numbers) {
        Function<Operand, String> s = o -> numbers ? num(o.value(), tex, false) : (tex ? o.tex() : o.name());
        String times = tex ? " \\cdot " : "·";
        String minus = tex ? " - " : " − ";
        String res = tex ? result.tex() : result.name();
        List<Operand> r = reads;
        return switch (equation) {
            case Z -> {
                int n = (r.size() - 1) / 2;
                List<String> terms = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    terms.add(s.apply(r.get(i)) + times + s.apply(r.get(n + i)));
                }
                terms.add(s.apply(r.get(2 * n)));
                yield res + " = " + String.join(" + ", terms);
            }
            case A ->
                res + " = " + (tex ? "\\sigma(" : "σ(")
                        + (numbers ? num(r.get(0).value(), tex, true) : s.apply(r.get(0))) + ")";
            case COST -> {
                List<String> terms = new ArrayList<>();
                for (int i = 0; i < r.size(); i += 2) {
                    terms.add("(" + s.apply(r.get(i + 1)) + minus + s.apply(r.get(i)) + (tex ? ")^2" : ")²"));
                }
                yield (tex ? "C = \\frac{1}{2}\\left[" : "C = ½[")
                        + String.join(" + ", terms)
                        + (tex ? "\\right]" : "]");
            }
            case BP1 -> res + " = (" + s.apply(r.get(0)) + minus + s.apply(r.get(1)) + ")" + times + s.apply(r.get(2));
            case BP2 -> {
                int m = (r.size() - 1) / 2;
                List<String> terms = new ArrayList<>();
                for (int k = 0; k < m; k++) {
                    terms.add(s.apply(r.get(k)) + times + s.apply(r.get(m + k)));
                }
                yield res + " = " + s.apply(r.get(2 * m)) + times + "(" + String.join(" + ", terms) + ")";
            }
            case BP3, BP4 -> {
                String lhs = tex ? "\\frac{\\partial C}{\\partial " + result.tex() + "}" : "∂C/∂" + result.name();
                String rhs =
                        equation == Equation.BP3 ? s.apply(r.get(0)) : s.apply(r.get(0)) + times + s.apply(r.get(1));
                yield lhs + " = " + rhs;
            }
            case UPDATE_W, UPDATE_B -> {
                String grad = tex
                        ? "\\frac{\\partial C}{\\partial " + r.get(0).tex() + "}"
                        : "∂C/∂" + r.get(0).name();
                String g = numbers ? num(r.get(2).value(), tex, false) : grad;
                yield res + (tex ? " \\to " : " → ") + s.apply(r.get(0)) + minus + s.apply(r.get(1)) + times + g;
            }
        };
    }

    /** 4 significant digits; a negative number not at the start gets parentheses. */
    private static String num(double x, boolean tex, boolean bare) {
        String t = Fmt.sig(x, 4);
        if (x < 0) {
            t = (tex ? "-" : "−") + t.substring(1);
            return bare ? t : "(" + t + ")";
        }
        return t;
    }

    /** The equation label, then the formula, then the numbers. */
    @Override
    public String toString() {
        String substituted = substituted();
        String sign = equation == Equation.UPDATE_W || equation == Equation.UPDATE_B ? " → " : " = ";
        String numbers = substituted.substring(substituted.indexOf(sign) + sign.length());
        return "(" + equation.label() + ") " + formula() + " = " + numbers;
    }
}
