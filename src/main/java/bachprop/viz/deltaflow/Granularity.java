package bachprop.viz.deltaflow;

import bachprop.nn.Equation;
import bachprop.nn.Step;

/** How much of the trace one press of → reveals. */
public enum Granularity {
    /** One equation applied once: one z, one a, one δ, one ∂C/∂w, one updated weight. */
    EQUATION,
    /** Everything about one neuron at once: its z and a; its δ; all its incoming ∂C/∂w. */
    NEURON,
    /** One equation for a whole layer: all zˡ and aˡ; all δˡ; all ∂C/∂Wˡ. */
    LAYER;

    public static Granularity parse(String s) {
        return valueOf(s.strip().toUpperCase());
    }

    /** Consecutive steps with the same key form one group. */
    String key(Step s) {
        String family =
                s.equation() == Equation.A ? Equation.Z.name() : s.equation().name();
        return switch (this) {
            case EQUATION -> Integer.toString(s.index());
            case NEURON -> family + ":" + s.layer() + ":" + s.neuron();
            case LAYER -> family + ":" + s.layer();
        };
    }
}
