package bachprop.viz.deltaflow;

import bachprop.nn.Fmt;
import bachprop.nn.GradientCheck;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.nn.Vec;
import java.util.function.Predicate;

/**
 * One row of the gradient-check panel: for a weight or bias, backprop's ∂C/∂v (from the trace;
 * {@code revealed} says whether the stepping has reached it), the central-difference estimate
 * (C(v + ε) − C(v − ε)) / 2ε, and their relative difference.
 */
public record GradientCheckRow(
        Param param, double backprop, double numerical, double epsilon, double relativeDifference, boolean revealed) {

    /**
     * The row for weight or bias {@code p}: backprop's value from {@code step} (the BP3 or BP4 step
     * that wrote ∂C/∂p), the estimate on {@code net} for the example (x, y), ε = 10⁻⁶.
     */
    static GradientCheckRow of(Param p, Step step, Network net, Vec x, Vec y, Predicate<Step> revealed) {
        double eps = GradientCheck.DEFAULT_EPSILON;
        double numerical = p.kind() == Param.Kind.WEIGHT
                ? GradientCheck.weight(net, x, y, p.l(), p.k(), p.j(), eps)
                : GradientCheck.bias(net, x, y, p.l(), p.k(), eps);
        return new GradientCheckRow(
                p,
                step.value(),
                numerical,
                eps,
                GradientCheck.relativeDifference(step.value(), numerical),
                revealed.test(step));
    }

    @Override
    public String toString() {
        return "∂C/∂" + param.label() + ": backprop " + Fmt.sig(backprop, 6) + ", central difference "
                + Fmt.sig(numerical, 6) + " (ε = " + Fmt.sig(epsilon, 2) + "), relative difference "
                + Fmt.sig(relativeDifference, 2);
    }
}
