import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CompositionTest {

    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Test
    @Tag("task:1")
    void composedNeuronHasProductWeightAndScaledBias() {
        Check.near("compose(2, 3, −0.5, 1)", new double[] {-1, -0.5}, Composition.compose(2, 3, -0.5, 1), 1e-12,
                mistake("bias-not-scaled", -1, 4));
    }

    @Test
    @Tag("task:1")
    void composedNeuronAgreesWithTheChainAtEveryX() {
        double w1 = 0.7, b1 = -1.3, w2 = 2.5, b2 = 0.4;
        double[] wb = Composition.compose(w1, b1, w2, b2);
        for (double x : new double[] {-3, 0, 0.25, 8}) {
            Check.near("w'x + b' at x = " + x, w2 * (w1 * x + b1) + b2, wb[0] * x + wb[1], 1e-12,
                    mistake("bias-not-scaled", w2 * w1 * x + b1 + b2));
        }
    }

    @Test
    @Tag("task:2")
    void secondDifferenceOfALinearChainIsZero() {
        DoubleUnaryOperator chain = x -> 2.5 * (0.7 * x - 1.3) + 0.4;
        Check.near("second difference of a linear chain at x = 1", 0, Composition.secondDifference(chain, 1, 0.1), 1e-12,
                mistake("missing-two", chain.applyAsDouble(1)));
        DoubleUnaryOperator constant = x -> 3;
        Check.near("second difference of the constant 3", 0, Composition.secondDifference(constant, 0, 0.5), 1e-12,
                mistake("missing-two", 3));
    }

    @Test
    @Tag("task:2")
    void secondDifferenceOfASigmoidChainIsNotZero() {
        DoubleUnaryOperator chain = x -> sig(2.5 * sig(0.7 * x - 1.3) + 0.4);
        double h = 0.5;
        double expected = chain.applyAsDouble(1 + h) - 2 * chain.applyAsDouble(1) + chain.applyAsDouble(1 - h);
        Check.near("second difference of σ(w₂σ(w₁x + b₁) + b₂) at x = 1", expected,
                Composition.secondDifference(chain, 1, h), 1e-12,
                mistake("missing-two", expected + chain.applyAsDouble(1)));
    }
}
