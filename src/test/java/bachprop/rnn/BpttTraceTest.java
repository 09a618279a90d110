package bachprop.rnn;

import static bachprop.rnn.BpttEquation.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BpttTraceTest {

    private static BpttTrace traceOf(int T, double clip) {
        Rnn rnn = Rnn.random(4, 3, 2, 3);
        int[] seq = new int[T + 1];
        Random r = new Random(2);
        for (int i = 0; i < seq.length; i++) {
            seq[i] = r.nextInt(3);
        }
        return rnn.trainStep(rnn.oneHot(Rnn.inputsOf(seq)), Rnn.targetsOf(seq), 0.5, clip);
    }

    @Test
    void traceHasForwardThenBackwardThroughTimeThenClipThenUpdateInOrder() {
        int T = 3;
        BpttTrace trace = traceOf(T, 0.01);
        List<String> expected = new ArrayList<>();
        for (int t = 1; t <= T; t++) {
            for (BpttEquation e : List.of(Z, H, O, SOFTMAX, COST)) {
                expected.add(e + "@" + t);
            }
        }
        expected.add("COST@0");
        for (int t = T; t >= 1; t--) {
            for (BpttEquation e : List.of(BPTT1, BPTT5, BPTT5, BPTT2, BPTT3, BPTT4, BPTT4, BPTT4)) {
                expected.add(e + "@" + t);
            }
        }
        expected.add("CLIP@0");
        for (int i = 0; i < Param.values().length; i++) {
            expected.add("UPDATE@0");
        }
        List<String> actual =
                trace.steps().stream().map(s -> s.equation() + "@" + s.t()).toList();
        assertEquals(expected, actual);
        for (int i = 0; i < trace.size(); i++) {
            assertEquals(i, trace.get(i).index());
        }
    }

    @Test
    void recurrentTermOfEachBackwardStepReadsTheDeltaTheStepAfterProduced() {
        BpttTrace trace = traceOf(4, 0);
        List<BpttStep> deltas = trace.of(BPTT3);
        List<BpttStep> grads = trace.of(BPTT2);
        assertEquals(4, deltas.size());
        // grads run t = 4, 3, 2, 1; BPTT2 at t reads δ_{t+1}, which BPTT3 produced one step earlier.
        assertEquals("δ₅", grads.get(0).read(1).name());
        assertArrayEquals(new double[2], grads.get(0).read(1).vector(), 0.0);
        for (int i = 1; i < 4; i++) {
            assertEquals(deltas.get(i - 1).result().name(), grads.get(i).read(1).name());
            assertArrayEquals(
                    deltas.get(i - 1).result().vector(), grads.get(i).read(1).vector(), 0.0);
            assertTrue(grads.get(i).index() > deltas.get(i - 1).index());
        }
    }

    @Test
    void tracedValuesAreTheOnesTheForwardPassAndGradientHold() {
        Rnn rnn = Rnn.random(7, 3, 2, 3);
        List<Vec> xs = rnn.oneHot(new int[] {0, 2, 1});
        int[] targets = {2, 1, 0};
        BpttTrace trace = new BpttTrace();
        RnnGradient g = rnn.bptt(xs, Vec.zeros(2), targets, trace);
        RnnForward f = rnn.forward(xs, targets);
        for (BpttStep s : trace.of(H)) {
            assertArrayEquals(f.h(s.t()).toArray(), s.result().vector(), 0.0);
        }
        for (BpttStep s : trace.of(BPTT2)) {
            assertArrayEquals(g.dCdh(s.t()).toArray(), s.result().vector(), 0.0);
        }
        BpttStep lastWhh = trace.of(BPTT4).stream()
                .filter(s -> s.result().name().equals("∂C/∂W_hh"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(g.nablaWhh().get(1, 0), lastWhh.result().get(1, 0), 0.0);
    }

    @Test
    void stepsReadAsTheChapterWritesThem() {
        BpttTrace trace = traceOf(2, 0);
        BpttStep z = trace.of(Z).get(1);
        assertEquals("z₂ = x₂·W_xh + h₁·W_hh + b_h", z.formula());
        BpttStep bptt3 = trace.of(BPTT3).get(0);
        assertEquals("δ₂ = ∂C/∂h₂ ⊙ σ′(z₂)", bptt3.formula());
        assertTrue(bptt3.substituted().startsWith("δ₂ = ["), bptt3.substituted());
        assertEquals("∂C/∂h₁ = δᵒ₁·W_hoᵀ + δ₂·W_hhᵀ", trace.of(BPTT2).get(1).formula());
    }
}
