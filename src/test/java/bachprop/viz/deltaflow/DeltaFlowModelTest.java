package bachprop.viz.deltaflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bachprop.nn.Equation;
import bachprop.nn.GradientCheck;
import bachprop.nn.Mat;
import bachprop.nn.Network;
import bachprop.nn.Step;
import bachprop.nn.Symbol;
import bachprop.nn.Trace;
import bachprop.nn.Vec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The δ-flow model against the core's trace and Mazur's worked example (docs/oracles.md). */
class DeltaFlowModelTest {
    /** Mazur's network built here independently of the model's preset. */
    static Network mazurNet() {
        return new Network(
                List.of(new Mat(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), new Mat(new double[][] {
                    {0.40, 0.45}, {0.50, 0.55}
                })),
                List.of(new Vec(0.35, 0.35), new Vec(0.60, 0.60)));
    }

    static final Vec X = new Vec(0.05, 0.10);
    static final Vec Y = new Vec(0.01, 0.99);

    @Test
    void equationStepsEqualTheTraceInCountOrderAndValue() {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        Trace t = mazurNet().trainStep(X, Y, 0.5, false);
        assertEquals(t.size() + 1, m.count(), "one position per trace step, plus the start");
        assertTrue(m.current().isEmpty());
        for (int i = 0; i < t.size(); i++) {
            assertTrue(m.forward());
            Step want = t.get(i);
            Step got = m.current().get(0);
            assertEquals(1, m.current().size());
            assertEquals(want.equation(), got.equation(), "step " + i);
            assertEquals(want.layer(), got.layer(), "step " + i);
            assertEquals(want.neuron(), got.neuron(), "step " + i);
            assertEquals(want.from(), got.from(), "step " + i);
            assertEquals(want.value(), got.value(), 0.0, "step " + i); // the same arithmetic: exactly equal
            assertEquals(want.substituted(), got.substituted());
        }
        assertFalse(m.forward(), "no step after the last");
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void everyGranularityRevealsEachTraceStepOnceInOrder(Granularity g) {
        DeltaFlowModel m = DeltaFlowModel.random(new int[] {2, 3, 2}, 1, g);
        List<Integer> seen = new ArrayList<>();
        while (m.forward()) {
            m.current().forEach(s -> seen.add(s.index()));
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < m.trace().size(); i++) {
            all.add(i);
        }
        assertEquals(all, seen);
    }

    @Test
    void mazurValuesShownMatchTheWorkedExample() {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.LAYER, false);
        assertNull(m.delta(3, 0), "δ is not computed before stepping: shown as ?, not 0");
        m.goTo(m.count() - 1);
        double tol = 1e-8;
        assertEquals(0.593269992, m.a(2, 0), tol);
        assertEquals(0.75136507, m.a(3, 0), tol);
        assertEquals(0.298371109, m.cost(), tol);
        assertEquals(0.138498562, m.delta(3, 0), tol);
        assertEquals(-0.038098237, m.delta(3, 1), tol);
        assertEquals(0.008771355, m.delta(2, 0), tol);
        assertEquals(0.009954255, m.delta(2, 1), tol);
        assertEquals(0.082167041, m.nablaW(3, 0, 0), tol);
        assertEquals(0.000438568, m.nablaW(2, 0, 0), tol);
        assertEquals(0.35891648, m.updatedWeight(3, 0, 0), tol);
        assertEquals(0.149780716, m.updatedWeight(2, 0, 0), tol);
        assertNull(m.updatedBias(2, 0), "Mazur does not update the biases");
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void steppingBackRestoresThePreviousStateExactly(Granularity g) {
        DeltaFlowModel m = DeltaFlowModel.mazur(g, true);
        for (int p = 0; p < m.count() - 1; p++) {
            Map<String, Object> before = m.numbers();
            List<Step> current = m.current();
            assertTrue(m.forward());
            assertNotEquals(before, m.numbers());
            assertTrue(m.back());
            assertEquals(before, m.numbers(), "position " + p);
            assertEquals(current, m.current());
            m.forward();
        }
    }

    /** Moves to the position whose next reveal is the given step. */
    static DeltaFlowModel askingFor(Equation e, int layer, int neuron, int from) {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        m.setQuiz(true);
        while (!(m.question().equation() == e
                && m.question().layer() == layer
                && m.question().neuron() == neuron
                && m.question().from() == from)) {
            assertTrue(m.forward(), "never asked for " + e);
        }
        return m;
    }

    @Test
    void quizAcceptsAnswersWithinHalfAPercent() {
        DeltaFlowModel m = askingFor(Equation.BP1, 3, 0, -1);
        assertEquals("δ³₁", m.question().result().name());
        assertTrue(m.answer(0.1385).correct(), "4 significant digits");
        assertTrue(m.answer(0.13815).correct(), "0.25 % low");
        assertFalse(m.answer(0.1376).correct(), "0.65 % low");
        assertFalse(m.answer(0.1395).correct(), "0.72 % high");
        assertNull(m.delta(3, 0), "answering does not reveal the value");
    }

    @Test
    void quizSaysWhenBp1LeavesOutSigmaPrime() {
        DeltaFlowModel m = askingFor(Equation.BP1, 3, 0, -1);
        QuizResult r = m.answer(0.75136507 - 0.01); // a − y without σ′(z)
        assertFalse(r.correct());
        assertTrue(r.hint().contains("σ′(z)"), r.hint());
    }

    @Test
    void quizSaysWhenBp1HasTheSignWrong() {
        DeltaFlowModel m = askingFor(Equation.BP1, 3, 0, -1);
        QuizResult r = m.answer(-0.1385);
        assertTrue(r.hint().contains("(a − y), not (y − a)"), r.hint());
    }

    @Test
    void quizCatchesMazursBlogBugOfUsingUpdatedWeightsInBp2() {
        DeltaFlowModel m = askingFor(Equation.BP2, 2, 0, -1);
        double spH1 = 0.593269992 * (1 - 0.593269992);
        double wrong = (0.35891648 * 0.138498562 + 0.511301270 * -0.038098237) * spH1; // w5, w7 after the update
        QuizResult r = m.answer(wrong);
        assertFalse(r.correct());
        assertTrue(r.hint().contains("already-updated"), r.hint());
        assertTrue(m.answer(0.008771355).correct());
    }

    @Test
    void quizSaysWhenBp4UsesTheWrongActivation() {
        DeltaFlowModel m = askingFor(Equation.BP4, 3, 0, 0);
        QuizResult r = m.answer(0.138498562 * 0.596884378); // δ_o1 · out_h2 instead of out_h1
        assertTrue(r.hint().contains("wrong neuron"), r.hint());
    }

    @Test
    void quizSaysWhenTheUpdateAddsTheGradient() {
        DeltaFlowModel m = askingFor(Equation.UPDATE_W, 3, 0, 0);
        QuizResult r = m.answer(0.40 + 0.5 * 0.082167041);
        assertTrue(r.hint().contains("subtract"), r.hint());
    }

    @Test
    void quizGivesNoFactorWhenNoneExplainsTheAnswer() {
        DeltaFlowModel m = askingFor(Equation.BP1, 3, 0, -1);
        assertEquals("", m.answer(0.5).hint());
    }

    @Test
    void gradientCheckRowMatchesTheCoreCheck() {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        GradientCheckRow w5 = m.check(Param.weight(3, 0, 0));
        assertEquals(GradientCheck.weight(mazurNet(), X, Y, 3, 0, 0, 1e-6), w5.numerical(), 0.0);
        assertEquals(0.082167041, w5.backprop(), 1e-9);
        assertTrue(w5.relativeDifference() < 1e-8, "central differences agree with BP4: " + w5.relativeDifference());
        assertFalse(w5.revealed());
        GradientCheckRow b = m.check(Param.bias(2, 1));
        assertEquals(GradientCheck.bias(mazurNet(), X, Y, 2, 1, 1e-6), b.numerical(), 0.0);
        assertEquals(0.009954255, b.backprop(), 1e-9);
        m.goTo(m.count() - 1);
        assertTrue(m.check(Param.weight(3, 0, 0)).revealed());
    }

    @Test
    void editingAWeightRecomputesTheTraceAndKeepsThePosition() {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        m.goTo(12);
        double before = m.trace().of(Equation.BP1).get(0).value();
        m.set(Param.weight(3, 0, 0), 0.9);
        assertEquals(12, m.step());
        Network edited = mazurNet();
        edited.setWeight(3, 0, 0, 0.9);
        Trace want = edited.trainStep(X, Y, 0.5, false);
        assertEquals(
                want.of(Equation.BP1).get(0).value(),
                m.trace().of(Equation.BP1).get(0).value(),
                0.0);
        assertNotEquals(before, m.trace().of(Equation.BP1).get(0).value());
        assertEquals(0.9, m.network().weight(3, 0, 0), 0.0);
    }

    @Test
    void editingEtaChangesOnlyTheUpdate() {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        m.set(Param.eta(), 1.0);
        m.goTo(m.count() - 1);
        assertEquals(0.40 - 1.0 * 0.082167041, m.updatedWeight(3, 0, 0), 1e-9);
        assertEquals(0.138498562, m.delta(3, 0), 1e-9);
    }

    @Test
    void loadingANewNetworkStartsAgainWithItsOwnTrace() {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.NEURON, false);
        m.goTo(5);
        DeltaFlowModel other = DeltaFlowModel.random(new int[] {3, 4, 2}, 7, Granularity.EQUATION);
        m.load(other);
        assertEquals(0, m.step());
        assertArrayEquals(new int[] {3, 4, 2}, m.network().sizes());
        Trace want = other.network().copy().trainStep(other.input(), other.target(), other.eta(), other.updateBiases());
        assertEquals(want.size(), m.trace().size());
        assertEquals(
                want.get(want.size() - 1).value(),
                m.trace().get(want.size() - 1).value(),
                0.0);
        assertEquals(Granularity.NEURON, m.granularity(), "the granularity stays the student's choice");
    }

    @Test
    void biggerNetworksThanFourLayersOfSixAreRefused() {
        Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> DeltaFlowModel.random(new int[] {2, 7, 2}, 1, Granularity.EQUATION));
    }

    @Test
    void aBp2StepMarksExactlyTheWeightsAndErrorsItReadAndTheErrorItWrote() {
        DeltaFlowModel m = askingFor(Equation.BP2, 2, 1, -1);
        m.forward(); // reveal δ²₂
        Set<Symbol> want = new HashSet<>(List.of(
                Symbol.w(3, 0, 1),
                Symbol.w(3, 1, 1),
                Symbol.delta(3, 0),
                Symbol.delta(3, 1),
                Symbol.sigmaPrime(2, 1),
                Symbol.delta(2, 1)));
        assertEquals(want, m.touched());
    }

    @Test
    void valuesAreFoundByTheSymbolTheTraceWroteAndHiddenUntilRevealed() {
        DeltaFlowModel m = DeltaFlowModel.mazur(Granularity.EQUATION, false);
        assertNull(m.value(Symbol.nablaW(3, 0, 0)), "not revealed yet");
        Step bp4 = m.traceStep(Symbol.nablaW(3, 0, 0));
        assertEquals(Equation.BP4, bp4.equation());
        assertEquals(0.082167041, bp4.value(), 1e-9); // Mazur's ∂C/∂w5
        m.goTo(m.count() - 1);
        assertEquals(bp4.value(), m.value(Symbol.nablaW(3, 0, 0)), 0.0);
        assertEquals(
                Equation.UPDATE_W,
                m.traceStep(Symbol.w(3, 0, 0)).equation(),
                "the trace writes a weight only when it updates it");
        assertNull(m.traceStep(Symbol.b(3, 0)), "Mazur does not update the biases");
    }
}
