package bachprop.viz.deltaflow;

import bachprop.nn.Fmt;

/**
 * One row of the gradient-check panel: for a weight or bias, backprop's ∂C/∂v (from the trace;
 * {@code revealed} says whether the stepping has reached it), the central-difference estimate
 * (C(v + ε) − C(v − ε)) / 2ε, and their relative difference.
 */
public record GradientCheckRow(Param param, double backprop, double numerical, double epsilon, double relativeDifference, boolean revealed) {
    @Override
    public String toString() {
        return "∂C/∂" + param.label() + ": backprop " + Fmt.sig(backprop, 6) + ", central difference " + Fmt.sig(numerical, 6)
                + " (ε = " + Fmt.sig(epsilon, 2) + "), relative difference " + Fmt.sig(relativeDifference, 2);
    }
}
