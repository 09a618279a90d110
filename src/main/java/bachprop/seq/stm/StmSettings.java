package bachprop.seq.stm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Whether a model file's long-term model is combined with a short-term model, and how: the STM's
 * viewpoint, its longest context and escape method, and the combination rule with its bias. Saved
 * at the end of the payload so that a file says what it is.
 */
public record StmSettings(
        boolean on, ShortTermModel.Viewpoint viewpoint, int order, Ppm.Escape escape, Combination combination) {

    /** No short-term model: the long-term model alone (what every file before payload v4 is). */
    public static final StmSettings OFF = new StmSettings(
            false, ShortTermModel.Viewpoint.PITCH, 4, Ppm.Escape.C, new Combination(Combination.Rule.GEOMETRIC, 1));

    /**
     * The product's choice, made on the validation splits (docs/sequence-models.md, "Long-term and
     * short-term"): with the train-only LSTMs, a pitch STM backing off to the LTM, PPM-C, orders 0..8,
     * in a fixed mixture of weight 0.2 (the entropy-weighted rules did worse there).
     */
    public static final StmSettings DEFAULT = new StmSettings(
            true,
            ShortTermModel.Viewpoint.PITCH_OVER_LTM,
            8,
            Ppm.Escape.C,
            new Combination(Combination.Rule.FIXED, 0.2));

    public StmSettings {
        if (order < 0 || order > Ppm.MAX_ORDER) {
            throw new IllegalArgumentException("STM order " + order + " is not in 0.." + Ppm.MAX_ORDER);
        }
    }

    /** The same settings switched on or off, with the given bias. */
    public StmSettings with(boolean on, double bias) {
        return new StmSettings(on, viewpoint, order, escape, new Combination(combination.rule(), bias));
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeBoolean(on);
        out.writeByte(viewpoint.ordinal());
        out.writeByte(order);
        out.writeByte(escape.ordinal());
        out.writeByte(combination.rule().ordinal());
        out.writeDouble(combination.bias());
    }

    public static StmSettings read(DataInputStream in) throws IOException {
        boolean on = in.readBoolean();
        ShortTermModel.Viewpoint viewpoint =
                pick(ShortTermModel.Viewpoint.values(), in.readUnsignedByte(), "viewpoint");
        int order = in.readUnsignedByte();
        Ppm.Escape escape = pick(Ppm.Escape.values(), in.readUnsignedByte(), "escape");
        Combination.Rule rule = pick(Combination.Rule.values(), in.readUnsignedByte(), "combination");
        return new StmSettings(on, viewpoint, order, escape, new Combination(rule, in.readDouble()));
    }

    private static <T> T pick(T[] values, int i, String what) {
        if (i >= values.length) {
            throw new IllegalArgumentException("unknown STM " + what + " " + i);
        }
        return values[i];
    }

    @Override
    public String toString() {
        return on
                ? "STM " + viewpoint.name().toLowerCase().replace('_', ' ') + " PPM-" + escape + " orders 0.." + order
                        + ", " + combination
                : "no STM";
    }
}
