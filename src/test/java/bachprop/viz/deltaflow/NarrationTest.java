package bachprop.viz.deltaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.viz.common.Spoken;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The δ-flow step and the live Figure 4 in words, checked against Mazur's numbers (docs/oracles.md). */
class NarrationTest {
    private static DeltaFlowModel mazurAt(int step) {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        for (int i = 0; i < step; i++) {
            m.forward();
        }
        return m;
    }

    @Test
    void stepTenIsBp1OfTheFirstOutputNeuronWithMazursNumbers() {
        assertEquals(
                "Step 10 of 33, BP1, error of the output layer: delta 3 1 equals (0.7514 minus 0.01) times 0.1868"
                        + " equals 0.1385.",
                Narration.describe(mazurAt(10)));
    }

    @Test
    void theStartSaysNothingIsComputedAndTheCostIsSpokenWithItsSquares() {
        assertTrue(Narration.describe(mazurAt(0)).startsWith("Step 0 of 33: nothing computed yet."));
        assertEquals(
                "Step 9 of 33, equation 7, quadratic cost: C equals one half times ((0.01 minus 0.7514) squared plus"
                        + " (0.99 minus 0.7729) squared) equals 0.2984.",
                Narration.describe(mazurAt(9)));
    }

    @Test
    void symbolsAndOperatorsBecomeWords() {
        assertEquals(
                "partial C by partial w 3 2 1 equals (minus 0.0381) times 0.5933 equals minus 0.0226",
                Spoken.words("∂C/∂w³₂,₁ = (−0.0381)·0.5933 = −0.0226"));
        assertEquals("a 2 1 equals sigma of (0.3775)", Spoken.words("a²₁ = σ(0.3775)"));
        assertEquals("3.0 times 10 to the power minus 11", Spoken.words("3.0·10⁻¹¹"));
    }

    @Test
    void aWeightPointerNamesItsTwoNeuronsAsTheTextsIndexNotationDoes() {
        Pointer w = Pointer.weight(3, 0, 1); // w³₁,₂: neuron 1 of layer 3 ← neuron 2 of layer 2
        assertEquals(List.of(new Pointer.Neuron(3, 0), new Pointer.Neuron(2, 1)), w.named());
        assertEquals(
                List.of("w³₁,₂ = 0.45", "k = 1: neuron 1 of layer 3", "j = 2: neuron 2 of layer 2"),
                w.labels(mazurAt(0)));
        assertEquals("w³₁,₂ = 0.45 → 0.4087", w.labels(mazurAt(33)).get(0), "after eq. 13 the update shows");
    }

    @Test
    void aNeuronPointerShowsZAAndBOnceComputedAndAQuestionMarkBefore() {
        Pointer n = Pointer.neuron(2, 1);
        assertEquals("z²₂ = ?", n.labels(mazurAt(0)).get(0));
        List<String> after = n.labels(mazurAt(4));
        assertEquals("z²₂ = 0.3925", after.get(0));
        assertEquals("a²₂ = σ(z²₂) = 0.5969", after.get(1));
        assertEquals("b²₂ = 0.35", after.get(2));
        assertTrue(n.describe(mazurAt(0)).contains("z 2 2 equals not computed yet"));
    }

    @Test
    void everyNeuronAndWeightCanBePointedAtInReadingOrder() {
        List<Pointer> all = Pointer.all(mazurAt(0).network());
        assertEquals(6 + 8, all.size()); // 2-2-2: six neurons, eight weights
        assertEquals(Pointer.neuron(1, 0), all.get(0));
        assertEquals(Pointer.weight(2, 0, 0), all.get(2));
    }
}
