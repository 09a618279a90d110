package bachprop.nn;

/** A named value that a trace step read, e.g. {@code a³₁ = 0.7514}; {@code tex} is the same name in TeX. */
public record Operand(String name, String tex, double value) {
    @Override
    public String toString() {
        return name + " = " + Fmt.num(value);
    }
}
