import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class WeightGradientTest {
    static double[] X() {
        return new double[] {0.05, 0.10};
    }

    static double[][] W2() {
        return new double[][] {{0.15, 0.20}, {0.25, 0.30}};
    }

    static double[][] W3() {
        return new double[][] {{0.40, 0.45}, {0.50, 0.55}};
    }

    static double[] Y() {
        return new double[] {0.01, 0.99};
    }

    static double sig(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    static double[] layer(double[][] w, double b, double[] a) {
        double[] out = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            out[k] = sig(w[k][0] * a[0] + w[k][1] * a[1] + b);
        }
        return out;
    }

    static double cost(double[][] w3) {
        double[] aO = layer(w3, 0.60, layer(W2(), 0.35, X()));
        return 0.5 * ((Y()[0] - aO[0]) * (Y()[0] - aO[0]) + (Y()[1] - aO[1]) * (Y()[1] - aO[1]));
    }

    static double[][] outer(double[] d, double[] a) {
        double[][] m = new double[d.length][a.length];
        for (int k = 0; k < d.length; k++) {
            for (int j = 0; j < a.length; j++) {
                m[k][j] = d[k] * a[j];
            }
        }
        return m;
    }

    static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    @Test
    @Tag("task:1")
    void nablaWIsTheOuterProductOfDeltaAndPreviousActivation() {
        double[] delta = {0.5, -2};
        double[] aPrev = {0.1, 0.2};
        double[][] expected = {{0.05, 0.1}, {-0.2, -0.4}};
        Check.near("δ aᵀ for δ = (0.5, −2), a = (0.1, 0.2)", expected, WeightGradient.nablaW(delta, aPrev), 1e-15,
                mistake("transposed", transpose(expected)));
    }

    @Test
    @Tag("task:1")
    void nablaWHasOneRowPerNeuronOfTheLayer() {
        double[] delta = {1, 2, 3};
        double[] aPrev = {0.5, -1};
        Check.near("δ aᵀ for 3 neurons fed by 2", new double[][] {{0.5, -1}, {1, -2}, {1.5, -3}},
                WeightGradient.nablaW(delta, aPrev), 1e-15);
    }

    @Test
    @Tag("task:2")
    void nablaWOfMazurOutputLayerMatchesWorkedExample() {
        double[] aH = layer(W2(), 0.35, X());
        double[] aO = layer(W3(), 0.60, aH);
        double[] delta = {(aO[0] - Y()[0]) * aO[0] * (1 - aO[0]), (aO[1] - Y()[1]) * aO[1] * (1 - aO[1])};
        double[][] acts = {X(), aH, aO};
        double[][] got = WeightGradient.nablaWOfLayer(acts, delta, 2);
        // Tolerance 1e-9: Mazur prints ∂E/∂w5 = 0.082167041 to 9 decimals.
        Check.near("∂E/∂w₅", 0.082167041, got[0][0], 1e-9, mistake("wrong-layer-activation", delta[0] * aO[0]));
        double eps = 1e-6;
        double[][] fd = new double[2][2];
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 2; j++) {
                double[][] up = {W3()[0].clone(), W3()[1].clone()};
                double[][] down = {W3()[0].clone(), W3()[1].clone()};
                up[k][j] += eps;
                down[k][j] -= eps;
                fd[k][j] = (cost(up) - cost(down)) / (2 * eps);
            }
        }
        // Tolerance 1e-9: central differences agree with ∂E/∂w5 to about 2e-11 (docs/oracles.md).
        Check.near("∂C/∂W³ against central differences", fd, got, 1e-9,
                mistake("wrong-layer-activation", outer(delta, aO)));
    }

    @Test
    @Tag("task:2")
    void nablaWOfFirstLayerUsesTheInput() {
        double[] delta = {0.008771355, 0.009954255};
        double[][] acts = {X(), {0.593269992, 0.596884378}, {0.75136507, 0.772928465}};
        // Mazur: ∂E/∂w1 = 0.000438568 (printed to 9 decimals).
        double[][] got = WeightGradient.nablaWOfLayer(acts, delta, 1);
        // No mistake is named here: aˡ instead of aˡ⁻¹ and a hard-coded activations[1] give the same value for
        // i = 1; the deeper network below tells them apart.
        Check.near("∂E/∂w₁", 0.000438568, got[0][0], 1e-9);
        Check.near("∂C/∂W²", outer(delta, X()), got, 1e-15);
    }

    @Test
    @Tag("task:2")
    void nablaWOfTheLastOfFourLayersUsesTheLayerBeforeIt() {
        double[] delta = {2, -1};
        double[][] acts = {{1, 2}, {3, 5}, {7, 11}, {13, 17}};
        double[][] got = WeightGradient.nablaWOfLayer(acts, delta, 3);
        Check.near("∂C/∂W⁴ = δ (a³)ᵀ for activations (1, 2), (3, 5), (7, 11), (13, 17)",
                new double[][] {{14, 22}, {-7, -11}}, got, 1e-15,
                mistake("wrong-layer-activation", new double[][] {{26, 34}, {-13, -17}}),
                mistake("hard-coded-layer", new double[][] {{6, 10}, {-3, -5}}));
        Check.near("activations after nablaWOfLayer", new double[][] {{1, 2}, {3, 5}, {7, 11}, {13, 17}}, acts, 0);
        Check.near("δ after nablaWOfLayer", new double[] {2, -1}, delta, 0);
    }

    @Test
    @Tag("task:1")
    void nablaWLeavesItsArgumentsUnchanged() {
        double[] delta = {0.5, -2};
        double[] aPrev = {0.1, 0.2};
        WeightGradient.nablaW(delta, aPrev);
        Check.near("δ after nablaW", new double[] {0.5, -2}, delta, 0);
        Check.near("aˡ⁻¹ after nablaW", new double[] {0.1, 0.2}, aPrev, 0);
    }
}
