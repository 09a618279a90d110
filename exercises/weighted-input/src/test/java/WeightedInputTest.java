import static bachprop.grade.api.Check.mistake;

import bachprop.grade.api.Check;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class WeightedInputTest {

    @Test
    @Tag("task:1")
    void zOfMazurFirstHiddenNeuronIs0_3775() {
        double[] x = {0.05, 0.10};
        double[] w = {0.15, 0.20};
        Check.near("z for x=(0.05, 0.10), w=(0.15, 0.20), b=0.35", 0.3775, WeightedInput.z(x, w, 0.35), 1e-12,
                mistake("forgot-bias", 0.05 * 0.15 + 0.10 * 0.20));
    }

    @Test
    @Tag("task:1")
    void zAddsTheBiasExactlyOnce() {
        double[] x = {1, 2, 3};
        double[] w = {0.5, -1, 2};
        Check.near("z for x=(1, 2, 3), w=(0.5, −1, 2), b=−4", 0.5 - 2 + 6 - 4, WeightedInput.z(x, w, -4), 1e-12,
                mistake("forgot-bias", 0.5 - 2 + 6));
    }

    @Test
    @Tag("task:1")
    void zWithNoInputsIsTheBias() {
        Check.near("z with no inputs and b=0.7", 0.7, WeightedInput.z(new double[0], new double[0], 0.7), 0,
                mistake("forgot-bias", 0));
    }

    @Test
    @Tag("task:2")
    void layerGivesMazurHiddenWeightedInputs() {
        double[][] W = {{0.15, 0.20}, {0.25, 0.30}};
        double[] a = {0.05, 0.10};
        double[] b = {0.35, 0.35};
        double[] columns = {0.15 * 0.05 + 0.25 * 0.10 + 0.35, 0.20 * 0.05 + 0.30 * 0.10 + 0.35};
        Check.near("z² of Mazur's network", new double[] {0.3775, 0.3925}, WeightedInput.layer(W, a, b), 1e-12,
                mistake("column-for-row", columns));
    }

    @Test
    @Tag("task:2")
    void layerHasOneEntryPerNeuronNotPerInput() {
        double[][] W = {{1, 2}, {3, 4}, {5, 6}}; // 3 neurons, 2 inputs
        double[] a = {1, -1};
        double[] b = {0.5, 0, -0.5};
        Check.near("z of a 3-neuron layer fed 2 inputs", new double[] {-0.5, -1, -1.5}, WeightedInput.layer(W, a, b), 1e-12);
    }

    @Test
    @Tag("task:1")
    void zLeavesItsArgumentsUnchanged() {
        double[] x = {0.05, 0.10};
        double[] w = {0.15, 0.20};
        WeightedInput.z(x, w, 0.35);
        Check.near("x after z", new double[] {0.05, 0.10}, x, 0);
        Check.near("w after z", new double[] {0.15, 0.20}, w, 0);
    }

    @Test
    @Tag("task:2")
    void layerLeavesItsArgumentsUnchangedAndReturnsANewArray() {
        double[][] W = {{0.15, 0.20}, {0.25, 0.30}};
        double[] a = {0.05, 0.10};
        double[] b = {0.35, 0.35};
        double[] z = WeightedInput.layer(W, a, b);
        Check.near("W after layer", new double[][] {{0.15, 0.20}, {0.25, 0.30}}, W, 0);
        Check.near("a after layer", new double[] {0.05, 0.10}, a, 0);
        Check.near("b after layer", new double[] {0.35, 0.35}, b, 0);
        Assertions.assertTrue(z != a && z != b, "layer must return a new array, not a or b");
    }
}
