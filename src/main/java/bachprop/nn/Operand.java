package bachprop.nn;

/**
 * A value that a trace step read or wrote: which value it is ({@link #symbol()}: quantity, layer,
 * neuron, index), how the step writes it ({@code name}, and {@code tex} in TeX), and the value,
 * e.g. {@code a³₁ = 0.7514}. The name is the symbol's own except where the step's formula
 * supplies the rest: BP3 and BP4 write their result ∂C/∂bˡⱼ as bˡⱼ after "∂C/∂", and the
 * update writes the gradient it reads as plain ∂C/∂w or ∂C/∂b.
 */
public record Operand(Symbol symbol, String name, String tex, double value) {

    /** The value of {@code symbol}, written as the symbol. */
    public static Operand of(Symbol symbol, double value) {
        return new Operand(symbol, symbol.name(), symbol.tex(), value);
    }

    /** The result of BP3 or BP4: the gradient, written as the parameter it is of (the formula adds ∂C/∂). */
    static Operand gradient(Symbol nabla, double value) {
        return new Operand(nabla, nabla.parameter().name(), nabla.parameter().tex(), value);
    }

    /** The gradient an update reads, written without indices (the formula names the parameter). */
    static Operand gradientRead(Symbol nabla, double value) {
        String letter = nabla.quantity() == Quantity.NABLA_W ? "w" : "b";
        return new Operand(nabla, "∂C/∂" + letter, "\\partial C", value);
    }

    @Override
    public String toString() {
        return name + " = " + Fmt.num(value);
    }
}
