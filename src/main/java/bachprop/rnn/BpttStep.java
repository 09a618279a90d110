package bachprop.rnn;

import java.util.List;

/**
 * One step of the forward pass or of backpropagation through time, as recorded in a
 * {@link BpttTrace}: which equation, which time step {@code t} (1-based as in the text; 0 for a
 * step about the whole sequence, such as the total cost or clipping), the values it read in
 * order, and the value it produced. The view shows these; it never recomputes them.
 */
public record BpttStep(int index, BpttEquation equation, int t, List<Value> reads, Value result) {

    public BpttStep {
        reads = List.copyOf(reads);
    }

    public Value read(int i) {
        return reads.get(i);
    }

    /** The step in symbols, e.g. {@code δ₂ = ∂C/∂h₂ ⊙ σ′(z₂)}. */
    public String formula() {
        return render(false, false);
    }

    /** The step with the numbers substituted, ending in the value produced. */
    public String substituted() {
        return render(false, true) + " = " + result.numbers();
    }

    /** {@link #formula()} in TeX. */
    public String texFormula() {
        return render(true, false);
    }

    /** {@link #substituted()} in TeX (numbers in \mathrm-free plain form). */
    public String texSubstituted() {
        return render(true, true) + " = " + texNumbers(result);
    }

    private String render(boolean tex, boolean numbers) {
        String[] r = new String[reads.size()];
        for (int i = 0; i < r.length; i++) {
            Value v = reads.get(i);
            r[i] = numbers ? (tex ? texNumbers(v) : v.numbers()) : (tex ? v.tex() : v.name());
        }
        String res = tex ? result.tex() : result.name();
        String dot = tex ? " " : "·";
        String had = tex ? " \\odot " : " ⊙ ";
        String minus = tex ? " - " : " − ";
        String T = tex ? "^{\\top}" : "ᵀ";
        return switch (equation) {
            case Z -> res + " = " + r[0] + dot + w(tex, "x,h") + " + " + r[1] + dot + w(tex, "h,h") + " + " + r[2];
            case H -> res + " = " + (tex ? "\\sigma(" : "σ(") + r[0] + ")";
            case O -> res + " = " + r[0] + dot + w(tex, "h,o") + " + " + r[1];
            case SOFTMAX -> res + " = " + (tex ? "\\mathrm{softmax}(" : "softmax(") + r[0] + ")";
            case COST ->
                t > 0
                        ? res + " = " + (tex ? "-\\log " : "−log ") + String.join(tex ? " - \\log " : " − log ", r)
                        : res + " = " + String.join(" + ", r);
            case BPTT1 -> res + " = " + r[0] + minus + r[1];
            case BPTT2 -> res + " = " + r[0] + dot + w(tex, "h,o") + T + " + " + r[1] + dot + w(tex, "h,h") + T;
            case BPTT3 -> res + " = " + r[0] + had + r[1];
            case BPTT4, BPTT5 ->
                reads.size() == 2
                        ? res + (tex ? " \\mathrel{+}= " : " += ") + r[0] + T + dot + r[1]
                        : res + (tex ? " \\mathrel{+}= " : " += ") + r[0];
            case CLIP -> res + " = " + r[0] + dot + (tex ? "\\min(1, " : "min(1, ") + r[1] + " / " + r[0] + ")";
            case UPDATE -> res + (tex ? " \\to " : " → ") + r[0] + minus + r[1] + dot + r[2];
        };
    }

    private static String w(boolean tex, String sub) {
        return tex ? "\\mathbf{W}_{" + sub + "}" : "W_" + sub.replace(",", "");
    }

    private static String texNumbers(Value v) {
        return v.numbers().replace("−", "-");
    }

    /** The equation label, the formula, then the numbers. */
    @Override
    public String toString() {
        return "(" + equation.label() + (t > 0 ? ", t=" + t : "") + ") " + formula() + "  ⇒  " + result.numbers();
    }
}
