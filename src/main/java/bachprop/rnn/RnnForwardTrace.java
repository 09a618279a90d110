package bachprop.rnn;

import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.List;

/** What {@link Rnn#forward} records in a {@link BpttTrace}: each step's equations, then the total cost. */
final class RnnForwardTrace {
    private RnnForwardTrace() {}

    /** The step t of the forward pass: z_t, h_t (eq. 25), o_t, ŷ_t and, if there is a target, C_t. */
    static void step(
            Rnn net,
            BpttTrace trace,
            int t,
            Vec[] x,
            Vec[] z,
            Vec[] h,
            Vec[] o,
            Vec[] yHat,
            double[] cost,
            int[] target) {
        trace.add(
                BpttEquation.Z,
                t,
                List.of(
                        Names.vec("x", "\\mathbf{x}", t, x[t]),
                        Names.vec("h", "\\mathbf{h}", t - 1, h[t - 1]),
                        Names.named("b_h", "\\mathbf{b}_h", net.bh())),
                Names.vec("z", "\\mathbf{z}", t, z[t]));
        trace.add(
                BpttEquation.H,
                t,
                List.of(Names.vec("z", "\\mathbf{z}", t, z[t])),
                Names.vec("h", "\\mathbf{h}", t, h[t]));
        trace.add(
                BpttEquation.O,
                t,
                List.of(Names.vec("h", "\\mathbf{h}", t, h[t]), Names.named("b_o", "\\mathbf{b}_o", net.bo())),
                Names.vec("o", "\\mathbf{o}", t, o[t]));
        trace.add(
                BpttEquation.SOFTMAX,
                t,
                List.of(Names.vec("o", "\\mathbf{o}", t, o[t])),
                Names.vec("ŷ", "\\hat{\\mathbf{y}}", t, yHat[t]));
        if (target != null) {
            List<Value> reads = new ArrayList<>();
            for (int flat : net.flatTargets(target)) {
                String k = Integer.toString(flat + 1);
                reads.add(Names.scalar(
                        "ŷ" + Names.sub(t) + "[" + k + "]", "\\hat{y}_{" + t + "," + k + "}", yHat[t].get(flat)));
            }
            trace.add(BpttEquation.COST, t, reads, Names.scalar("C" + Names.sub(t), "C_{" + t + "}", cost[t]));
        }
    }

    static void totalCost(BpttTrace trace, double[] cost, int[][] targets) {
        List<Value> reads = new ArrayList<>();
        for (int t = 1; t < cost.length; t++) {
            if (targets[t - 1] != null) {
                reads.add(Names.scalar("C" + Names.sub(t), "C_{" + t + "}", cost[t]));
            }
        }
        if (reads.size() > 1) {
            trace.add(BpttEquation.COST, 0, reads, Names.scalar("C", "C", cost[0]));
        }
    }
}
