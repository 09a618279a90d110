package bachprop.viz.deltaflow;

import bachprop.nn.Equation;
import bachprop.nn.Step;
import bachprop.viz.common.Spoken;
import java.util.ArrayList;
import java.util.List;

/**
 * The δ-flow model's current step in words, for a screen reader: the same substituted equations
 * the equation panel shows, read from the trace's steps (never from pixels), e.g. "Step 10 of 33,
 * BP1: delta 3 1 equals (0.7514 minus 0.01) times 0.1868 equals 0.1385."
 */
public final class Narration {
    /** A group of more steps than this is summarised by its last ones. */
    static final int MAX_SPOKEN = 6;

    private Narration() {}

    /** Where the model stands and what its current step computed. */
    public static String describe(DeltaFlowModel m) {
        String at = "Step " + m.step() + " of " + (m.count() - 1);
        List<Step> cur = m.current();
        if (cur.isEmpty()) {
            return at + ": nothing computed yet. Press the right arrow, or Next, to start the forward pass.";
        }
        Equation e = m.equation();
        String label = e.label().startsWith("eq.") ? "equation " + e.number() : e.label();
        List<String> said = new ArrayList<>();
        for (int i = Math.max(0, cur.size() - MAX_SPOKEN); i < cur.size(); i++) {
            said.add(Spoken.words(cur.get(i).substituted()));
        }
        String more = cur.size() > MAX_SPOKEN ? " (the last " + MAX_SPOKEN + " of " + cur.size() + " steps)" : "";
        return at + ", " + label + ", " + Spoken.words(e.description()) + more + ": " + String.join("; ", said) + ".";
    }
}
