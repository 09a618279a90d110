package bachprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operand of every trace step names its value by a {@link Symbol}; these tests resolve
 * each symbol against the network itself (its weights before and after the update, a
 * feed-forward pass, BP1–BP4 computed without a trace) and check that each equation read
 * exactly the symbols the text says it reads.
 */
class TraceSymbolTest {
    static Stream<Arguments> networks() {
        Network mazur = new Network(
                List.of(new Mat(new double[][] {{0.15, 0.20}, {0.25, 0.30}}), new Mat(new double[][] {
                    {0.40, 0.45}, {0.50, 0.55}
                })),
                List.of(new Vec(0.35, 0.35), new Vec(0.60, 0.60)));
        return Stream.of(
                Arguments.of("mazur 2-2-2", mazur, new Vec(0.05, 0.10), new Vec(0.01, 0.99), false),
                Arguments.of(
                        "random 3-4-2", Network.random(7, 3, 4, 2), new Vec(0.2, 0.9, 0.4), new Vec(0.99, 0.01), true),
                Arguments.of(
                        "random 2-5-3-2", Network.random(11, 2, 5, 3, 2), new Vec(0.7, 0.1), new Vec(0.01, 0.99), true),
                Arguments.of(
                        "random 4-3-3-1",
                        Network.random(3, 4, 3, 3, 1),
                        new Vec(0.3, 0.6, 0.9, 0.2),
                        new Vec(0.5),
                        true));
    }

    /** What the network holds, independently of the trace: the values each symbol should resolve to. */
    record Truth(Network before, Network after, Vec x, Vec y, double eta, ForwardPass f, Vec[] delta, Gradient g) {
        static Truth of(Network net, Vec x, Vec y, double eta, boolean updateBiases) {
            Network before = net.copy();
            ForwardPass f = before.forward(x, null);
            int L = before.L();
            Vec[] delta = new Vec[L + 1];
            delta[L] = before.outputError(f, y, Recorder.OFF);
            for (int l = L - 1; l >= 2; l--) {
                delta[l] = before.hiddenError(l, f, delta[l + 1], Recorder.OFF);
            }
            Gradient g = before.backprop(x, y);
            Network after = before.copy();
            after.update(g, eta, updateBiases, null);
            return new Truth(before, after, x, y, eta, f, delta, g);
        }

        /** The value of {@code s} as read before the update (or, if {@code written} by eq. 13, after it). */
        double resolve(Symbol s, boolean written) {
            Network net = written ? after : before;
            int l = s.layer();
            int j = s.neuron();
            return switch (s.quantity()) {
                case Z -> f.z(l).get(j);
                case A -> f.a(l).get(j);
                case SIGMA_PRIME -> Sigmoid.sigmaPrime(f.z(l)).get(j);
                case DELTA -> delta[l].get(j);
                case W -> net.weight(l, j, s.index());
                case B -> net.bias(l, j);
                case Y -> y.get(j);
                case ETA -> eta;
                case COST -> QuadraticCost.cost(f.output(), y);
                case NABLA_W -> g.nablaW(l).get(j, s.index());
                case NABLA_B -> g.nablaB(l).get(j);
            };
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void everyOperandResolvesToTheValueTheNetworkHolds(String name, Network net, Vec x, Vec y, boolean updateBiases) {
        Truth truth = Truth.of(net, x, y, 0.5, updateBiases);
        Trace trace = net.copy().trainStep(x, y, 0.5, updateBiases);
        for (Step s : trace) {
            for (Operand o : s.reads()) {
                assertEquals(
                        truth.resolve(o.symbol(), false),
                        o.value(),
                        0.0,
                        s + ": read " + o.symbol()); // the same arithmetic: exactly equal
            }
            boolean update = s.equation() == Equation.UPDATE_W || s.equation() == Equation.UPDATE_B;
            assertEquals(truth.resolve(s.wrote(), update), s.value(), 0.0, s + ": wrote " + s.wrote());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void eachEquationReadsExactlyTheSymbolsOfTheText(String name, Network net, Vec x, Vec y, boolean updateBiases) {
        Trace trace = net.copy().trainStep(x, y, 0.5, updateBiases);
        int L = net.L();
        for (Step s : trace) {
            int l = s.layer();
            int j = s.neuron();
            Set<Symbol> want = new HashSet<>();
            Symbol wrote;
            switch (s.equation()) {
                case Z -> { // (3) zˡⱼ = Σᵢ wˡⱼ,ᵢ aˡ⁻¹ᵢ + bˡⱼ
                    for (int i = 0; i < net.size(l - 1); i++) {
                        want.add(Symbol.w(l, j, i));
                        want.add(Symbol.a(l - 1, i));
                    }
                    want.add(Symbol.b(l, j));
                    wrote = Symbol.z(l, j);
                }
                case A -> { // (5) aˡⱼ = σ(zˡⱼ)
                    want.add(Symbol.z(l, j));
                    wrote = Symbol.a(l, j);
                }
                case COST -> { // (7) C = ½ Σₖ (yₖ − aᴸₖ)²
                    for (int k = 0; k < net.size(L); k++) {
                        want.add(Symbol.a(L, k));
                        want.add(Symbol.y(k));
                    }
                    wrote = Symbol.cost();
                }
                case BP1 -> { // δᴸⱼ = (aᴸⱼ − yⱼ) σ′(zᴸⱼ)
                    want.addAll(List.of(Symbol.a(L, j), Symbol.y(j), Symbol.sigmaPrime(L, j)));
                    wrote = Symbol.delta(L, j);
                }
                case BP2 -> { // δˡⱼ = σ′(zˡⱼ) Σₖ wˡ⁺¹ₖ,ⱼ δˡ⁺¹ₖ
                    for (int k = 0; k < net.size(l + 1); k++) {
                        want.add(Symbol.w(l + 1, k, j));
                        want.add(Symbol.delta(l + 1, k));
                    }
                    want.add(Symbol.sigmaPrime(l, j));
                    wrote = Symbol.delta(l, j);
                }
                case BP3 -> { // ∂C/∂bˡⱼ = δˡⱼ
                    want.add(Symbol.delta(l, j));
                    wrote = Symbol.nablaB(l, j);
                }
                case BP4 -> { // ∂C/∂wˡₖ,ⱼ = δˡₖ aˡ⁻¹ⱼ
                    want.addAll(List.of(Symbol.delta(l, j), Symbol.a(l - 1, s.from())));
                    wrote = Symbol.nablaW(l, j, s.from());
                }
                case UPDATE_W -> { // (13) w → w − η ∂C/∂w
                    want.addAll(List.of(Symbol.w(l, j, s.from()), Symbol.eta(), Symbol.nablaW(l, j, s.from())));
                    wrote = Symbol.w(l, j, s.from());
                }
                case UPDATE_B -> { // (13) b → b − η ∂C/∂b
                    want.addAll(List.of(Symbol.b(l, j), Symbol.eta(), Symbol.nablaB(l, j)));
                    wrote = Symbol.b(l, j);
                }
                default -> throw new AssertionError(s.equation());
            }
            Set<Symbol> got = new HashSet<>();
            s.reads().forEach(o -> got.add(o.symbol()));
            assertEquals(want, got, s.toString());
            assertEquals(want.size(), s.reads().size(), s + ": each symbol read once");
            assertEquals(wrote, s.wrote(), s.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void everyGradientInTheTraceMatchesCentralDifferences(
            String name, Network net, Vec x, Vec y, boolean updateBiases) {
        Trace trace = net.copy().trainStep(x, y, 0.5, updateBiases);
        int checked = 0;
        for (Step s : trace) {
            Symbol p = s.wrote();
            double numerical;
            if (p.quantity() == Quantity.NABLA_W) {
                numerical = GradientCheck.weight(
                        net, x, y, p.layer(), p.neuron(), p.index(), GradientCheck.DEFAULT_EPSILON);
            } else if (p.quantity() == Quantity.NABLA_B) {
                numerical = GradientCheck.bias(net, x, y, p.layer(), p.neuron(), GradientCheck.DEFAULT_EPSILON);
            } else {
                continue;
            }
            // ε = 1e-6: central differences agree to about 1e-9 relative (absolute below 1e-4, see Gradient.rel)
            assertTrue(Gradient.rel(s.value(), numerical) < 1e-6, s + " against " + numerical);
            checked++;
        }
        assertEquals(net.parameterCount(), checked, "one BP3 or BP4 step per weight and bias");
    }

    @Test
    void symbolsPrintAsTheTextWritesThem() {
        assertEquals("w³₁,₂", Symbol.w(3, 0, 1).name());
        assertEquals("∂C/∂b²₁", Symbol.nablaB(2, 0).name());
        assertEquals("σ′(z²₂)", Symbol.sigmaPrime(2, 1).name());
        assertEquals(
                "\\frac{\\partial C}{\\partial w^{3}_{1,2}}",
                Symbol.nablaW(3, 0, 1).tex());
        assertEquals(Symbol.w(3, 0, 1), Symbol.nablaW(3, 0, 1).parameter());
    }
}
